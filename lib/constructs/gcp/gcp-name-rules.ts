import { caseKept, NameRule, rule } from "../../naming/name-rules";

/** Most Google Cloud resource names (RFC 1035 labels): a lower-case letter, then letters, digits and hyphens, not ending with a hyphen. */
export const GCP_NAME = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;

/** Every physical name the Google Cloud constructs generate, and its limits. */
export const GCP_NAME_RULES = {
  /** Cloud Run (v2) service: at most 49 characters. */
  cloudRunServiceName: rule("google_cloud_run_v2_service", 1, 49, GCP_NAME, "region"),
  /** Artifact Registry repository ID. */
  artifactRegistryRepositoryId: rule("google_artifact_registry_repository", 1, 63, GCP_NAME, "region"),
  /** Service account ID (the part before `@`), 6-30 characters. */
  serviceAccountId: rule("google_service_account", 6, 30, /^[a-z](?:[a-z0-9-]{4,28})[a-z0-9]$/, "account"),
  /** Secret Manager secret ID (project-wide): letters, digits, `_` and `-`, case kept. */
  secretManagerSecretId: caseKept(rule("google_secret_manager_secret", 1, 255, /^[a-zA-Z0-9_-]+$/, "account", /[^a-zA-Z0-9_-]/g)),
  /** Cloud Storage bucket (globally unique). */
  gcsBucketName: rule("google_storage_bucket", 3, 63, /^(?!goog)(?!.*google)[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/, "global"),
  /** Cloud DNS managed zone. */
  dnsManagedZoneName: rule("google_dns_managed_zone", 1, 63, GCP_NAME, "account"),
  /** Cloud Logging bucket in one location. */
  loggingBucketId: rule("google_logging_project_bucket_config", 1, 100, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "region"),
  /** Cloud Logging sink. */
  loggingSinkName: rule("google_logging_project_sink", 1, 100, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "account"),
  /** Certificate Manager DNS authorization. */
  certificateManagerDnsAuthorizationName: rule("google_certificate_manager_dns_authorization", 1, 63, GCP_NAME, "account"),
  /** Certificate Manager certificate. */
  certificateManagerCertificateName: rule("google_certificate_manager_certificate", 1, 63, GCP_NAME, "account"),
  /** Certificate Manager certificate map. */
  certificateManagerCertificateMapName: rule("google_certificate_manager_certificate_map", 1, 63, GCP_NAME, "account"),
  /** Certificate Manager certificate map entry (unique within its map). */
  certificateManagerCertificateMapEntryName: rule("google_certificate_manager_certificate_map_entry", 1, 63, GCP_NAME, "resource-group"),
  /** Global external IP address. */
  computeGlobalAddressName: rule("google_compute_global_address", 1, 63, GCP_NAME, "account"),
  /** Global forwarding rule. */
  computeGlobalForwardingRuleName: rule("google_compute_global_forwarding_rule", 1, 63, GCP_NAME, "account"),
  /** Target HTTPS proxy. */
  computeTargetHttpsProxyName: rule("google_compute_target_https_proxy", 1, 63, GCP_NAME, "account"),
  /** Target HTTP proxy. */
  computeTargetHttpProxyName: rule("google_compute_target_http_proxy", 1, 63, GCP_NAME, "account"),
  /** URL map. */
  computeUrlMapName: rule("google_compute_url_map", 1, 63, GCP_NAME, "account"),
  /** Cloud Armor security policy. */
  computeSecurityPolicyName: rule("google_compute_security_policy", 1, 63, GCP_NAME, "account"),
  /** Global backend service. */
  computeBackendServiceName: rule("google_compute_backend_service", 1, 63, GCP_NAME, "account"),
  /** SSL policy. */
  computeSslPolicyName: rule("google_compute_ssl_policy", 1, 63, GCP_NAME, "account"),
  /** Regional (serverless) network endpoint group. */
  computeRegionNetworkEndpointGroupName: rule("google_compute_region_network_endpoint_group", 1, 63, GCP_NAME, "region"),
  /** VPC network. */
  computeNetworkName: rule("google_compute_network", 1, 63, GCP_NAME, "account"),
  /** VPC subnetwork. */
  computeSubnetworkName: rule("google_compute_subnetwork", 1, 63, GCP_NAME, "region"),
  /** Cloud Router. */
  computeRouterName: rule("google_compute_router", 1, 63, GCP_NAME, "region"),
  /** Cloud KMS key ring (per project and location). Key rings can never be deleted, so a name once used is never free again. */
  kmsKeyRingName: caseKept(rule("google_kms_key_ring", 1, 63, /^[a-zA-Z0-9_-]+$/, "region", /[^a-zA-Z0-9_-]/g)),
  /** Cloud KMS crypto key (unique within its key ring; keys can never be deleted either, only their versions destroyed). */
  kmsCryptoKeyName: caseKept(rule("google_kms_crypto_key", 1, 63, /^[a-zA-Z0-9_-]+$/, "resource-group", /[^a-zA-Z0-9_-]/g)),
  /** VPC firewall rule (per project). */
  computeFirewallName: rule("google_compute_firewall", 1, 63, GCP_NAME, "account"),
  /** Cloud NAT gateway (unique within its router). */
  computeRouterNatName: rule("google_compute_router_nat", 1, 63, GCP_NAME, "resource-group"),
} as const satisfies Record<string, NameRule>;
