// A vision model trained on rows without images is almost always a wrong data.image_key:
// rows without an <image> placeholder load fine, so nothing else would say so.
import type { DataSplit } from "./invalid-rows.js";
import type { LoadedDataset } from "./load.js";

/** A warning when no row has an image under data.image_key (nor a video); undefined when some row has one. */
export function missingImagesWarning(split: DataSplit, dataset: LoadedDataset, imageKey: string): string | undefined {
  if (dataset.samples.some((s) => s.images.length > 0 || s.videos.length > 0)) return undefined;
  const columns = dataset.columns.length ? dataset.columns.join(", ") : "none";
  return (
    `warning: no ${split} row has an image under data.image_key=${JSON.stringify(imageKey)} (the rows have: ${columns}), ` +
    `so the vision model trains on text alone; set data.image_key to the column that holds the images`
  );
}
