import { CloudName } from "../model/cloud";

/** What belongs to one cloud in Terraform JSON. */
export interface CloudTerraformFootprint {
  /** Provider names (the prefix of its resource types) of the cloud. */
  readonly providers: readonly string[];
  /** Backend types that keep state in the cloud. */
  readonly backends: readonly string[];
}

/** The providers and backends of each cloud. A third cloud adds an entry here. */
export const CLOUD_FOOTPRINTS: Readonly<Record<CloudName, CloudTerraformFootprint>> = {
  aws: { providers: ["aws", "awscc"], backends: ["s3"] },
  azure: { providers: ["azurerm", "azuread", "azapi"], backends: ["azurerm"] },
  gcp: { providers: ["google", "google-beta"], backends: ["gcs"] },
};

/**
 * Providers that talk to no cloud, so any stack may use them: `terraform`
 * (built-in `terraform_data`, `terraform_remote_state`), random values, time,
 * null resources and local TLS keys.
 */
export const NEUTRAL_PROVIDERS: readonly string[] = ["terraform", "random", "time", "null", "tls"];

/** Backends that keep state on the machine running Terraform. */
export const NEUTRAL_BACKENDS: readonly string[] = ["local"];

/** The cloud a provider belongs to, if any. */
export function cloudOfProvider(provider: string): CloudName | undefined {
  return (Object.keys(CLOUD_FOOTPRINTS) as CloudName[]).find((c) => CLOUD_FOOTPRINTS[c].providers.includes(provider));
}
