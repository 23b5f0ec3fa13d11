import { RegionInfo } from "../../lib/model/regions/region-info";

/** Great-circle distance in kilometres between two catalogue regions. */
export function distanceKm(a: RegionInfo, b: RegionInfo): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
