import { AWS_REGIONS } from "./regions/aws-regions";
import { AZURE_REGIONS } from "./regions/azure-regions";
import { GCP_REGIONS } from "./regions/gcp-regions";
import { RegionInfo } from "./regions/region-info";

/** A cloud dualcloud has an adapter for. */
export type CloudName = "aws" | "azure" | "gcp";

/** Static facts the cloud-neutral model needs about one cloud. */
export interface CloudDescriptor {
  /** The cloud's name as written in `datacentres`. */
  readonly name: CloudName;
  /** Human name for summaries and messages. */
  readonly displayName: string;
  /** Known regions, append-only. */
  readonly regions: readonly RegionInfo[];
  /** First /16 slot (second octet of 10.x.0.0/16) of this cloud's default address space. */
  readonly networkSlotBase: number;
}

/** Every cloud the model knows, keyed by name. */
export const CLOUDS: Readonly<Record<CloudName, CloudDescriptor>> = {
  aws: { name: "aws", displayName: "AWS", regions: AWS_REGIONS, networkSlotBase: 0 },
  azure: { name: "azure", displayName: "Azure", regions: AZURE_REGIONS, networkSlotBase: 64 },
  gcp: { name: "gcp", displayName: "GCP", regions: GCP_REGIONS, networkSlotBase: 128 },
};

/** Names of every known cloud, in a stable order. */
export const CLOUD_NAMES: readonly CloudName[] = Object.keys(CLOUDS) as CloudName[];

/** True when `value` names a known cloud. */
export function isCloudName(value: unknown): value is CloudName {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(CLOUDS, value);
}

/** The clouds that `datacentres` use, each once, in the order of {@link CLOUD_NAMES}. */
export function cloudsOf(datacentres: readonly { readonly cloud: CloudName }[]): CloudName[] {
  return CLOUD_NAMES.filter((c) => datacentres.some((d) => d.cloud === c));
}

/** Looks a region up in a cloud's catalogue. */
export function findRegion(cloud: CloudName, regionName: string): RegionInfo | undefined {
  return CLOUDS[cloud].regions.find((r) => r.name === regionName);
}
