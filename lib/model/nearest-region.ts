import { RegionInfo } from "./regions/region-info";

/** Great-circle distance in kilometres between two regions. */
export function distanceKm(a: RegionInfo, b: RegionInfo): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The region of a catalogue (e.g. `CLOUDS.aws.regions`) geographically closest
 * to `region`: how a datacentre in one cloud is placed on another cloud's
 * latency or performance map.
 */
export function nearestRegionIn(catalogue: readonly RegionInfo[], region: RegionInfo): RegionInfo {
  let best = catalogue[0];
  for (const candidate of catalogue) {
    if (distanceKm(region, candidate) < distanceKm(region, best)) best = candidate;
  }
  return best;
}
