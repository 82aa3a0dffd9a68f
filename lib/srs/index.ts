export * from "./settings";
export * from "./day";
export * from "./interval-label";
export * from "./scheduler";
export * from "./queue";
export * from "./stats";
export * from "./optimizer-items";
