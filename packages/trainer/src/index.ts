export {};
export * from "./config/index.js";
export * from "./data/index.js";
