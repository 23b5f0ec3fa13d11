/*
 * The Google Cloud constructs, a separate entry point (`dualcloud/gcp`) so that
 * importing `dualcloud` never loads the optional @cdktf/provider-google.
 */
export * from "./constructs/gcp/cloud-run-sizing";
export * from "./constructs/gcp/gcp-adapter";
export * from "./constructs/gcp/gcp-datacentre";
export * from "./constructs/gcp/gcp-datacentre-stack";
export * from "./constructs/gcp/gcp-labels";
export * from "./constructs/gcp/gcp-state-backend";
