/*
 * The Google Cloud constructs, a separate entry point (`dualcloud/gcp`) so that
 * importing `dualcloud` never loads the optional @cdktf/provider-google. Listed
 * by name: anything not here is internal.
 */
export { GcpDatacentreStack } from "./constructs/gcp/gcp-datacentre-stack";
export { GCP_SSL_POLICY, GcpDatacentre, type GcpDatacentreProps, type GcpSslPolicySettings } from "./constructs/gcp/gcp-datacentre";
export type { GcpAlertInputs, GcpDatacentreAlerts } from "./constructs/gcp/parts/alerts";
export { cloudRunSize, type CloudRunLimits, type CloudRunSize } from "./constructs/gcp/cloud-run-sizing";
