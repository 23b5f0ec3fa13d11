import { ResolvedStateBackend } from "../../clouds/cloud-plugin";
import { DEFAULTS } from "../../model/defaults";
import type { AzureDeployStage, AzureIngress } from "./azure-props";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { isPrivate, parseCidr } from "../../network/cidr";
import { FieldChecker, PlainObject } from "../../validation/checker";
import { longestRegionName, resolveGlobalStackRegion } from "../../validation/global-stack-region";

/** Azure-only choices with defaults applied (`azure`). */
export interface AzureModel {
  /** How the internet reaches each Azure datacentre. */
  readonly ingress: AzureIngress;
  /** Stage of each Azure datacentre by region; a region not listed is `bound`. */
  readonly stages: Readonly<Record<string, AzureDeployStage>>;
  /** Key Vault certificate name. */
  readonly certificateName: string;
  /** Operator CIDRs admitted through the vault and registry firewalls; empty keeps public access off. */
  readonly operatorCidrs: readonly string[];
  /** Region of the Azure datacentre that owns the shared verification records, when the service has Azure datacentres. */
  readonly verificationRecordsRegion?: string;
}

/** Azure Storage remote state with defaults applied (`stateBackend.azure`). */
export interface AzureStateBackend {
  /** Resource group holding the state storage accounts. */
  readonly resourceGroupName: string;
  /** Storage account name prefix; each region appends its name. */
  readonly storageAccountNamePrefix: string;
  /** Blob container holding state. */
  readonly containerName: string;
  /** Prefix of every state key. */
  readonly keyPrefix: string;
  /** Region whose storage account holds the Traffic Manager global stack's state. */
  readonly globalStackRegion?: string;
}

/** Default ingress of every Azure datacentre (`azure.ingress`): the WAF gateway. */
export const DEFAULT_AZURE_INGRESS: AzureIngress = "gateway";

/** Default Key Vault certificate name (`azure.certificateName`). */
export const DEFAULT_CERTIFICATE_NAME = "tls";

/** Most operator CIDRs one vault and registry firewall take from dualcloud. */
export const MAX_OPERATOR_CIDRS = 20;

/** Parses `azure` (always: its stages and names are checked even without Azure datacentres). */
export function resolveAzureOptions(raw: unknown, datacentres: readonly DatacentreModel[], check: FieldChecker): AzureModel {
  const azure = check.optional(raw, {} as PlainObject, (v) => check.object("azure", v, ["ingress", "stages", "certificateName", "operatorCidrs", "verificationRecordsRegion"]));
  const ingress = check.optional(azure.ingress, DEFAULT_AZURE_INGRESS, (v) => check.oneOf("azure.ingress", v, ["gateway", "direct"] as const));
  const regions = datacentres.filter((d) => d.cloud === "azure").map((d) => d.region.name);
  const stagesRaw = check.optional(azure.stages, {}, (v) => check.stringMap("azure.stages", v));
  const stages: Record<string, AzureDeployStage> = {};
  for (const region of Object.keys(stagesRaw)) {
    if (!regions.includes(region)) check.fail(`azure.stages.${region}`, region, `an Azure datacentre region of this service (${regions.join(", ") || "none"})`);
    stages[region] = check.oneOf(`azure.stages.${region}`, stagesRaw[region], ["foundation", "workload", "bound"] as const);
  }
  const certificateName = check.optional(azure.certificateName, DEFAULT_CERTIFICATE_NAME, (v) =>
    check.string("azure.certificateName", v, /^[a-zA-Z0-9-]+$/, "a Key Vault certificate name of 1-127 letters, digits and hyphens", 1, 127),
  );
  const operatorCidrs = check.optional(azure.operatorCidrs, [], (v) => resolveOperatorCidrs(check, v));
  const verificationRecordsRegion = check.optional<string | undefined>(azure.verificationRecordsRegion, regions[0], (v) =>
    check.oneOf("azure.verificationRecordsRegion", v, regions),
  );
  return { ingress, stages, certificateName, operatorCidrs, ...(verificationRecordsRegion !== undefined ? { verificationRecordsRegion } : {}) };
}

function resolveOperatorCidrs(check: FieldChecker, raw: unknown): string[] {
  const allowed = "a canonical public IPv4 CIDR from /8 to /32 (e.g. 203.0.113.7/32), not an RFC 1918 range, listed once";
  const list = check.array("azure.operatorCidrs", raw, 0, MAX_OPERATOR_CIDRS);
  return list.map((item, i) => {
    const text = check.literal(`azure.operatorCidrs[${i}]`, item, allowed);
    const block = parseCidr(text);
    if (!block || block.bitmask < 8 || isPrivate(block) || list.indexOf(item) !== i) check.fail(`azure.operatorCidrs[${i}]`, text, allowed);
    return text;
  });
}

/** Parses `stateBackend.azure`. */
export function resolveAzureBackend(raw: unknown, datacentres: readonly DatacentreModel[], check: FieldChecker): ResolvedStateBackend {
  const b = check.object("stateBackend.azure", raw, ["resourceGroupName", "storageAccountNamePrefix", "containerName", "keyPrefix", "globalStackRegion"]);
  const longest = longestRegionName(datacentres, "azure");
  const resourceGroupName = check.string("stateBackend.azure.resourceGroupName", b.resourceGroupName, /^[-\w.()]*[-\w()]$/, "an Azure resource group name", 1, 90);
  const storageAccountNamePrefix = check.string("stateBackend.azure.storageAccountNamePrefix", b.storageAccountNamePrefix, /^[a-z0-9]+$/,
    `lower-case letters and digits; with the region appended at most 24 characters (here at most ${24 - longest})`, 1, Math.max(1, 24 - longest));
  const containerName = check.optional(b.containerName, DEFAULTS.stateContainerName as string, (v) =>
    check.string("stateBackend.azure.containerName", v, /^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$/, "a blob container name of 3-63 lower-case letters, digits and single hyphens", 3, 63),
  );
  const keyPrefix = check.optional(b.keyPrefix, DEFAULTS.stateKeyPrefix as string, (v) => check.string("stateBackend.azure.keyPrefix", v, /^[A-Za-z0-9_.()/-]+$/, "a blob name prefix of safe characters", 1, 200));
  const globalStackRegion = resolveGlobalStackRegion(check, "stateBackend.azure.globalStackRegion", b.globalStackRegion, datacentres, "azure");
  const settings: AzureStateBackend = { resourceGroupName, storageAccountNamePrefix, containerName, keyPrefix, globalStackRegion };
  return { settings, globalStackRegion };
}

/** The service's Azure choices (always resolved, defaults applied). */
export function azureOptions(service: ServiceModel): AzureModel {
  const options = service.clouds.azure?.options as AzureModel | undefined;
  return options ?? { ingress: DEFAULT_AZURE_INGRESS, stages: {}, certificateName: DEFAULT_CERTIFICATE_NAME, operatorCidrs: [] };
}

/** The service's Azure Storage state backend, when `stateBackend.azure` is configured. */
export function azureStateBackend(service: ServiceModel): AzureStateBackend | undefined {
  return service.clouds.azure?.stateBackend as AzureStateBackend | undefined;
}
