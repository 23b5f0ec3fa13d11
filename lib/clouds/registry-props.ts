/*
 * The props half of the cloud registry (types only): each cloud's members of
 * the public props, `DualCloudServiceProps.<cloud>` (its options, if it has
 * any) and `StateBackendProps.<cloud>`, and the names of its props types. The
 * types themselves live in the cloud's folder, `<cloud>-props.ts`; the README's
 * props reference (`npm run docs:props`) reads the files imported here.
 * Adding a cloud adds its import, its re-export and its members below.
 */
import type { AwsStateBackendProps } from "../constructs/aws/aws-props";
import type { AzureProps, AzureStateBackendProps } from "../constructs/azure/azure-props";
import type { GcpProps, GcpStateBackendProps } from "../constructs/gcp/gcp-props";

export type { AwsStateBackendProps } from "../constructs/aws/aws-props";
export type { AzureDeployStage, AzureIngress, AzureProps, AzureStateBackendProps } from "../constructs/azure/azure-props";
export type { GcpDeployStage, GcpProps, GcpStateBackendProps } from "../constructs/gcp/gcp-props";

/** Each cloud's own options: the members of `DualCloudServiceProps` named after a cloud. */
export interface CloudOptionsProps {
  /**
   * Azure-only choices: ingress, the certificate name, operator ranges.
   * @default - gateway ingress, certificate `tls`
   */
  readonly azure?: AzureProps;
  /**
   * Google Cloud choices: the project, and which GCP datacentre owns the shared DNS zone.
   * @default - none; required when a `gcp` datacentre is listed
   */
  readonly gcp?: GcpProps;
}

/** Remote state per cloud. A cloud left out uses local state, with a synth warning. */
export interface StateBackendProps {
  /**
   * S3 state for AWS stacks.
   * @default - local state, with a warning
   */
  readonly aws?: AwsStateBackendProps;
  /**
   * Azure Storage state for Azure stacks.
   * @default - local state, with a warning
   */
  readonly azure?: AzureStateBackendProps;
  /**
   * Cloud Storage state for GCP stacks.
   * @default - local state, with a warning
   */
  readonly gcp?: GcpStateBackendProps;
}
