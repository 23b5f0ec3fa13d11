import type { CloudName } from "./registry";

/**
 * One place on the global layers' latency maps. Route 53 latency routing and
 * Traffic Manager performance routing each measure clients against their own
 * cloud's regions, so every datacentre must be placed on both maps, and the
 * two placements must describe the same geography: otherwise a client gets a
 * different datacentre depending on which copy of the zone answered.
 */
export interface RoutingLocation {
  /**
   * The region each global layer places this location at, keyed by the
   * layer's cloud: the Route 53 latency region and the Traffic Manager
   * performance location. Each is also a datacentre placed here.
   */
  readonly placedAt: Readonly<Partial<Record<CloudName, string>>>;
  /** Every datacentre key (`<cloud>-<region>`) placed here, the anchors first. */
  readonly datacentres: readonly string[];
}

/** A row: the anchors, then the other datacentres placed with them. */
function location(placedAt: Readonly<Partial<Record<CloudName, string>>>, others: readonly string[] = []): RoutingLocation {
  const anchors = Object.entries(placedAt).map(([cloud, region]) => `${cloud}-${region}`);
  return { placedAt, datacentres: [...anchors, ...others] };
}

/**
 * The one location map both global layers place datacentres by: every region
 * of every cloud's catalogue, in exactly one row.
 *
 * How it was drawn (docs/routing.md#one-location-map): each AWS region is
 * paired with the nearest Azure region not yet taken, closest pairs first,
 * while they are at most 1,500 km apart. Route 53 allows one latency record
 * per AWS region and Traffic Manager splits evenly among endpoints sharing a
 * location, so each row has one anchor per layer and no anchor is shared.
 * Every other region joins the row whose anchor is nearest (three AWS regions
 * with no Azure region near them join Singapore). Existing rows only change on
 * purpose: moving a datacentre moves its Route 53 pool and its Traffic Manager
 * location. test/location-map.test.ts checks coverage, uniqueness and
 * distances, and that both layers agree on every region.
 */
export const LOCATION_MAP: readonly RoutingLocation[] = [
  location({ aws: "us-east-1", azure: "eastus" }, ["azure-eastus2", "gcp-us-east1", "gcp-us-east4"]),
  location({ aws: "us-east-2", azure: "northcentralus" }, ["azure-centralus", "gcp-us-central1", "gcp-us-east5", "gcp-us-south1"]),
  location({ aws: "us-west-1", azure: "westus" }, ["gcp-us-west2", "gcp-us-west4"]),
  location({ aws: "us-west-2", azure: "westus2" }, ["gcp-us-west1"]),
  location({ aws: "ca-central-1", azure: "canadaeast" }, ["azure-canadacentral", "gcp-northamerica-northeast1", "gcp-northamerica-northeast2"]),
  location({ aws: "ca-west-1", azure: "westcentralus" }, ["azure-westus3", "gcp-us-west3"]),
  location({ aws: "sa-east-1", azure: "brazilsouth" }, ["gcp-southamerica-east1", "gcp-southamerica-west1"]),
  location({ aws: "eu-west-1", azure: "northeurope" }, ["azure-ukwest"]),
  location({ aws: "eu-west-2", azure: "uksouth" }, ["azure-westeurope", "gcp-europe-west2"]),
  location({ aws: "eu-west-3", azure: "francecentral" }, ["gcp-europe-west1", "gcp-europe-west9"]),
  location({ aws: "eu-central-1", azure: "germanywestcentral" }, ["gcp-europe-west3", "gcp-europe-west4", "gcp-europe-west10"]),
  location({ aws: "eu-central-2", azure: "switzerlandnorth" }, ["gcp-europe-west6"]),
  location({ aws: "eu-north-1", azure: "swedencentral" }, ["azure-norwayeast", "azure-polandcentral", "gcp-europe-central2", "gcp-europe-north1", "gcp-europe-north2"]),
  location({ aws: "eu-south-1", azure: "italynorth" }, ["gcp-europe-west8", "gcp-europe-west12"]),
  location({ aws: "eu-south-2", azure: "spaincentral" }, ["gcp-europe-southwest1"]),
  location({ aws: "ap-northeast-1", azure: "japaneast" }, ["gcp-asia-northeast1"]),
  location({ aws: "ap-northeast-2", azure: "koreacentral" }, ["gcp-asia-northeast3"]),
  location({ aws: "ap-northeast-3", azure: "japanwest" }, ["gcp-asia-northeast2"]),
  location({ aws: "ap-southeast-1", azure: "southeastasia" }, ["aws-ap-southeast-3", "aws-ap-southeast-5", "aws-ap-southeast-7", "gcp-asia-southeast1", "gcp-asia-southeast2"]),
  location({ aws: "ap-southeast-2", azure: "australiaeast" }, ["azure-newzealandnorth", "gcp-australia-southeast1"]),
  location({ aws: "ap-southeast-4", azure: "australiasoutheast" }, ["gcp-australia-southeast2"]),
  location({ aws: "ap-south-1", azure: "centralindia" }, ["gcp-asia-south1", "gcp-asia-south2"]),
  location({ aws: "ap-south-2", azure: "southindia" }),
  location({ aws: "ap-east-1", azure: "eastasia" }, ["gcp-asia-east1", "gcp-asia-east2"]),
  location({ aws: "me-south-1", azure: "qatarcentral" }, ["gcp-me-central1", "gcp-me-central2"]),
  location({ aws: "me-central-1", azure: "uaenorth" }),
  location({ aws: "af-south-1", azure: "southafricanorth" }, ["gcp-africa-south1"]),
  location({ aws: "il-central-1", azure: "israelcentral" }, ["gcp-me-west1"]),
  location({ aws: "mx-central-1", azure: "mexicocentral" }, ["azure-southcentralus", "gcp-northamerica-south1"]),
];

const BY_DATACENTRE: ReadonlyMap<string, RoutingLocation> = new Map(LOCATION_MAP.flatMap((row) => row.datacentres.map((key) => [key, row] as const)));

/**
 * The location map's row for a datacentre, by its key `<cloud>-<region>`.
 * Every catalogue region has one; a region added to a catalogue without a row
 * fails here, naming the file to extend.
 */
export function routingLocationOf(datacentreKey: string): RoutingLocation {
  const row = BY_DATACENTRE.get(datacentreKey);
  if (row === undefined) throw new Error(`no row for datacentre ${datacentreKey} in the location map (lib/clouds/location-map.ts): add its region to the row of its geography`);
  return row;
}
