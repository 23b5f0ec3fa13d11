import type { FoundPrerequisite, StackTerraformJson } from "../../clouds/prerequisite";
import { gcpApisFor } from "./gcp-apis";

/**
 * What a GCP stack assumes exists: the project's APIs for every resource type
 * it creates, and the Cloud Storage state bucket of its backend (versioned,
 * uniform access, public access prevention; Cloud Storage always encrypts at rest).
 */
export function gcpPrerequisites(json: StackTerraformJson, region: string): FoundPrerequisite[] {
  const project = json.provider?.google?.[0]?.project;
  if (typeof project !== "string") return [];
  const out: FoundPrerequisite[] = [
    { what: `APIs enabled in project ${project}`, command: `gcloud services enable ${gcpApisFor(Object.keys(json.resource ?? {})).join(" ")} --project ${project}` },
  ];
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
