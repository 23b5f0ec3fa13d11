import { DnsViewValue, absoluteName, isUnknownDnsValue } from "./zone-view";

/** Record types whose values are domain names, made absolute in the view. */
const NAME_VALUED_TYPES = new Set(["CNAME", "NS", "PTR", "DNAME"]);

/** A record value in view form: names of CNAME/NS/PTR targets absolute and lower case, other values as given. */
export function normalizeRecordValue(type: DnsViewValue, value: DnsViewValue): DnsViewValue {
  if (isUnknownDnsValue(value) || isUnknownDnsValue(type)) return value;
  return NAME_VALUED_TYPES.has(type) ? absoluteName(value) : value;
}

/** A relative owner name in a zone as an absolute name: `@` is the apex, `www` is `www.<zone>`; an absolute name (trailing dot) is kept. */
export function ownerName(relative: string, zone: string): string {
  if (relative === "@" || relative === "") return zone;
  if (relative.endsWith(".")) return absoluteName(relative);
  return absoluteName(`${relative}.${zone}`);
}
