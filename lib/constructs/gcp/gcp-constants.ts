/** Prefix length of the subnet Cloud Run's direct VPC egress uses, the first block of the datacentre CIDR. */
export const GCP_SUBNET_PREFIX = 20;

/** Rotation period of the datacentre's Cloud KMS key: 90 days, in the seconds form the API takes. */
export const GCP_KEY_ROTATION_PERIOD = "7776000s";

/** TTL of the records each GCP datacentre writes in Cloud DNS. */
export const GCP_RECORD_TTL = 60;

/** The role that reads a secret's versions; granted on each of the datacentre's secrets only. */
export const SECRET_ACCESSOR_ROLE = "roles/secretmanager.secretAccessor";

/** Label Certificate Manager's DNS authorization validates through (`_acme-challenge.<domain>`). */
export const ACME_CHALLENGE_LABEL = "_acme-challenge";

/** The TLS policy of every GCP load balancer: the MODERN profile, TLS 1.2 or later. */
export const GCP_SSL_POLICY: GcpSslPolicySettings = { profile: "MODERN", minTlsVersion: "TLS_1_2" };

/** The TLS settings of a `google_compute_ssl_policy`. */
export interface GcpSslPolicySettings {
  /** Cipher profile: `MODERN` or `RESTRICTED`. */
  readonly profile: string;
  /** Oldest TLS version accepted, e.g. `TLS_1_2`. */
  readonly minTlsVersion: string;
}
