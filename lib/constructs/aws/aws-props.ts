/*
 * The public props of AWS: its types for `DualCloudServiceProps` and
 * `StateBackendProps`, whose `aws` members lib/clouds/registry-props.ts
 * declares. Types only; the parsing is in aws-options.ts.
 */

/** Remote state in S3, one bucket per AWS region. */
export interface AwsStateBackendProps {
  /** Bucket name prefix; each region's stacks use `<prefix>-<region>`. */
  readonly bucketNamePrefix: string;
  /**
   * Prefix of every state key.
   * @default "dualcloud"
   */
  readonly keyPrefix?: string;
  /**
   * Region whose bucket holds the Route 53 global stack's state. Pin it before
   * listing a new AWS datacentre first, or the global stack looks for its state elsewhere.
   * @default - the region of the first AWS datacentre listed
   */
  readonly globalStackRegion?: string;
  /**
   * KMS key ARN or alias that encrypts state objects.
   * @default - the bucket's default encryption
   */
  readonly kmsKeyId?: string;
}
