export * from "./zone-view";
export * from "./build-zone-view";
export * from "./zone-file";
export { ELB_ALIAS_TTL_SECONDS } from "./route53-records";
