import { CloudTerraformFootprint } from "../clouds/cloud-plugin";
import { CLOUD_NAMES, cloudPlugin, CloudName } from "../clouds/registry";

/** The providers and backends of each cloud, from its plugin. */
export const CLOUD_FOOTPRINTS: Readonly<Record<CloudName, CloudTerraformFootprint>> = Object.fromEntries(
  CLOUD_NAMES.map((cloud) => [cloud, cloudPlugin(cloud).footprint]),
) as Record<CloudName, CloudTerraformFootprint>;

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
  return CLOUD_NAMES.find((c) => CLOUD_FOOTPRINTS[c].providers.includes(provider));
}
