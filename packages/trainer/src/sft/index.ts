export { sftWarmup, type SftWarmupOptions } from "./warmup.js";
