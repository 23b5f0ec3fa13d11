/*
 * The public props of Google Cloud: its types for `DualCloudServiceProps` and
 * `StateBackendProps`, whose `gcp` members lib/clouds/registry-props.ts
 * declares. Types only; the parsing is in gcp-options.ts.
 */

/** Remote state in Google Cloud Storage, one bucket per GCP region. */
export interface GcpStateBackendProps {
  /** Bucket name prefix; each region's stacks use `<prefix>-<region>`. */
  readonly bucketNamePrefix: string;
  /**
   * Prefix of every state object; a stack's state is `<keyPrefix>/<stack>/default.tfstate`.
   * @default "dualcloud"
   */
  readonly keyPrefix?: string;
}

/**
 * How far a GCP datacentre's stack goes. Cloud Run refuses a revision whose
 * secret has no version yet, so a new GCP datacentre with secrets deploys in two steps:
 * - `foundation`: network, registry, service account, secrets and their IAM,
 *   logs, the global address, DNS records and the managed certificate (which
 *   starts validating); no Cloud Run service or load balancer yet (copy the
 *   image into the registry and add each secret's first version next);
 * - `serving`: adds the Cloud Run service and the HTTPS load balancer.
 */
export type GcpDeployStage = "foundation" | "serving";

/** Google Cloud choices; required when `datacentres` names a `gcp` datacentre. */
export interface GcpProps {
  /** The Google Cloud project every GCP datacentre deploys into, e.g. `acme-orders-prod`. */
  readonly projectId: string;
  /**
   * The GCP region whose datacentre stack owns what every GCP datacentre
   * shares: the Cloud DNS zone `gcp.<domain>` and the Certificate Manager DNS
   * authorization of `<domain>`. The other GCP datacentres deploy after it. Pin
   * it before listing a new GCP datacentre first, or the zone moves between stacks.
   * @default - the region of the first GCP datacentre listed
   */
  readonly dnsZoneRegion?: string;
  /**
   * Stage of each GCP datacentre, keyed by GCP region name; overrides `stage`
   * with a synth warning.
   * @deprecated use `stage` or `datacentres[].stage` (the same values, on every cloud)
   * @default - from `stage`
   */
  readonly stages?: Record<string, GcpDeployStage>;
}
