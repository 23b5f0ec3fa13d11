export * from "./rule";
export * from "./engine";
export * from "./suppressions";
export * from "./policy-pack";
export * from "./policy-table";
export { ALL_RULES, findRule } from "./rules";
