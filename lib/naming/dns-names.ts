/** Relative record name of `host` in `zone`, e.g. `orders` for orders.example.com in example.com. */
export function relativeRecordName(host: string, zone: string): string {
  if (!host.endsWith(`.${zone}`)) throw new Error(`dualcloud: ${host} is not inside the zone ${zone}; validation should have refused this`);
  return host.slice(0, -(zone.length + 1));
}
