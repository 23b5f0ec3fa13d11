import { DatacentreModel } from "../model/service-model";
import { FieldChecker } from "./checker";

/** The region holding a global stack's state: given, or the first datacentre of that cloud. */
export function resolveGlobalStackRegion(check: FieldChecker, field: string, raw: unknown, datacentres: readonly DatacentreModel[], cloud: string): string {
  const regions = datacentres.filter((d) => d.cloud === cloud).map((d) => d.region.name);
  return check.optional(raw, regions[0], (v) => check.oneOf(field, v, regions));
}

/** The length of the longest region name among a cloud's datacentres (0 when it has none). */
export function longestRegionName(datacentres: readonly DatacentreModel[], cloud: string): number {
  return Math.max(...datacentres.filter((d) => d.cloud === cloud).map((d) => d.region.name.length), 0);
}
