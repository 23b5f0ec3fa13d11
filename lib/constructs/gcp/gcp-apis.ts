/**
 * The Google Cloud API each google resource type prefix is served by.
 * Cloud Resource Manager is always needed: the provider reads the project
 * through it, and its docs for `google_logging_project_sink` say "You must
 * enable the Cloud Resource Manager API" (docs/first-deployment.md#google-cloud-apis).
 */
export const GCP_API_BY_RESOURCE_PREFIX: Readonly<Record<string, string>> = {
  google_artifact_registry_: "artifactregistry.googleapis.com",
  google_certificate_manager_: "certificatemanager.googleapis.com",
  google_cloud_run_: "run.googleapis.com",
  google_compute_: "compute.googleapis.com",
  google_dns_: "dns.googleapis.com",
  google_kms_: "cloudkms.googleapis.com",
  google_logging_: "logging.googleapis.com",
  google_monitoring_: "monitoring.googleapis.com",
  google_project_iam_: "cloudresourcemanager.googleapis.com",
  google_secret_manager_: "secretmanager.googleapis.com",
  google_service_account: "iam.googleapis.com",
};

/** APIs that every GCP stack needs whatever its resources. */
export const GCP_BASE_APIS: readonly string[] = ["cloudresourcemanager.googleapis.com", "serviceusage.googleapis.com"];

/**
 * The APIs to enable for these google resource types, sorted. Throws for a
 * type no prefix covers, so a new resource type cannot slip past the list.
 */
export function gcpApisFor(resourceTypes: readonly string[]): string[] {
  const apis = new Set(GCP_BASE_APIS);
  for (const type of resourceTypes) {
    const prefix = Object.keys(GCP_API_BY_RESOURCE_PREFIX).find((p) => type.startsWith(p));
    if (prefix === undefined) throw new Error(`dualcloud: no Google Cloud API is known for resource type ${type}; add it to GCP_API_BY_RESOURCE_PREFIX`);
    apis.add(GCP_API_BY_RESOURCE_PREFIX[prefix]);
  }
  return [...apis].sort();
}
