import { CLOUDS, CloudName } from "./cloud";
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
 * The region of `cloud` geographically closest to `region`: how a datacentre
 * in one cloud is placed on the other cloud's latency or performance map.
 */
export function nearestRegionIn(cloud: CloudName, region: RegionInfo): RegionInfo {
  let best = CLOUDS[cloud].regions[0];
  for (const candidate of CLOUDS[cloud].regions) {
    if (distanceKm(region, candidate) < distanceKm(region, best)) best = candidate;
  }
  return best;
}
