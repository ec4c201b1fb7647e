export {
  rowLocation,
  rowList,
  sampleSource,
  type RowLocation,
  type Sample,
  type SampleImage,
  type SampleVideo,
  type InvalidRow,
  type InvalidReason,
  type InvalidReasonCode,
} from "./sample.js";
export {
  loadDataset,
  datasetOptions,
  describeInvalidRows,
  DatasetValidationError,
  MAX_LISTED_ROWS,
  type DatasetOptions,
  type ImageDecoder,
  type LoadedDataset,
} from "./load.js";
export {
  writeInvalidRows,
  droppedRowsNotice,
  invalidRowsFile,
  dataValidationFile,
  type DataSplit,
  type DataValidationSummary,
} from "./invalid-rows.js";
export { missingImagesWarning } from "./missing-images.js";
export { imageProcessorGeometry, isVisionModel } from "./model-files.js";
export { readRecords, DATA_EXTENSIONS, type RawRecord } from "./records.js";
export { normalizeRecord, type DatasetKeys } from "./normalize.js";
export { checkSample, type SampleLimits } from "./validate.js";
export { readImageSize, type ImageFormat, type ImageSizeResult } from "./image-size.js";
export {
  fittedSize, smartResize, imageTokenCount, QWEN_VL_FACTOR, QWEN_VL_PROCESSOR, VISION_MARKER_TOKENS, type ImageProcessorGeometry, type PixelLimits,
} from "./smart-resize.js";
