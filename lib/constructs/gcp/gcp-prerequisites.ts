import type { FoundPrerequisite, StackTerraformJson } from "../../clouds/prerequisite";
import { gcpApisFor } from "./gcp-apis";

/**
 * What a GCP stack assumes exists: the project's APIs for every resource type
 * it creates, the Artifact Registry service agent (granted the registry key
 * before the repository is created, and not always created by enabling the
 * API: docs/gcp.md#customer-managed-key-on-the-registry), and the Cloud
 * Storage state bucket of its backend (versioned, uniform access, public
 * access prevention; Cloud Storage always encrypts at rest).
 */
export function gcpPrerequisites(json: StackTerraformJson, region: string): FoundPrerequisite[] {
  const project = json.provider?.google?.[0]?.project;
  if (typeof project !== "string") return [];
  const out: FoundPrerequisite[] = [
    { what: `APIs enabled in project ${project}`, command: `gcloud services enable ${gcpApisFor(Object.keys(json.resource ?? {})).join(" ")} --project ${project}` },
  ];
  if (json.resource?.google_kms_crypto_key_iam_member !== undefined && json.resource.google_artifact_registry_repository !== undefined) {
    out.push({ what: `Artifact Registry service agent in project ${project}`, command: `gcloud beta services identity create --service=artifactregistry.googleapis.com --project ${project}` });
  }
  const gcs = json.terraform?.backend?.gcs;
  if (gcs) out.push({ what: `state bucket gs://${String(gcs.bucket)}`, command: gcsStateBucket(String(gcs.bucket), project, region) });
  return out;
}

/** Creates a versioned Cloud Storage bucket with uniform access and public access prevention. */
export function gcsStateBucket(bucket: string, project: string, region: string): string {
  return [
    `gcloud storage buckets create gs://${bucket} --project ${project} --location ${region} --uniform-bucket-level-access --public-access-prevention`,
    `gcloud storage buckets update gs://${bucket} --versioning`,
  ].join(" && ");
}
