export {};
export * from "./config/index.js";
export * from "./data/index.js";
export * from "./reward-plugins/index.js";
export * from "./report/index.js";
export * from "./train/index.js";
export * from "./eval/index.js";
export * from "./ladder/index.js";
