/** Broad geography a region belongs to; used for defaults and summaries. */
export type Geography = "north-america" | "south-america" | "europe" | "asia-pacific" | "middle-east" | "africa";

/**
 * A region in a cloud's catalogue.
 *
 * Catalogues are append-only: a region's position fixes its default network
 * slot, so reordering would move existing datacentres' address space.
 */
export interface RegionInfo {
  /** The cloud's own name for the region, e.g. `us-east-1` or `westeurope`. */
  readonly name: string;
  /** Broad geography. */
  readonly geography: Geography;
  /** Availability zones usable for a zone-spread deployment (0 when the region has none). */
  readonly zones: number;
  /** Approximate latitude of the region: the location map's distances are checked with it. */
  readonly latitude: number;
  /** Approximate longitude of the region: the location map's distances are checked with it. */
  readonly longitude: number;
}

/** Shorthand used by the catalogues below. */
export function region(name: string, geography: Geography, zones: number, latitude: number, longitude: number): RegionInfo {
  return { name, geography, zones, latitude, longitude };
}
