import { validationGap } from "../errors";

/** Relative record name of `host` in `zone`, e.g. `orders` for orders.example.com in example.com. */
export function relativeRecordName(host: string, zone: string): string {
  if (!host.endsWith(`.${zone}`)) throw validationGap(`${host} is not inside the zone ${zone}`);
  return host.slice(0, -(zone.length + 1));
}
