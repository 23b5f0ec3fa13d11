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

/** The domain ACM publishes its DNS validation CNAMEs under (`_<token>.<domain>` -> `_<token>.<id>.acm-validations.aws.`). */
export const ACM_VALIDATION_TARGET_DOMAIN = "acm-validations.aws.";

/**
 * The certificate domain a CNAME validates for ACM, when it has that shape:
 * owner `_<token>.<domain>` and one value under {@link ACM_VALIDATION_TARGET_DOMAIN}.
 */
export function acmValidationDomain(name: string, values: readonly DnsViewValue[]): string | undefined {
  const m = /^_[a-z0-9]+\.(.+)$/.exec(name);
  const target = values.length === 1 && typeof values[0] === "string" ? values[0] : undefined;
  return m && target?.endsWith(`.${ACM_VALIDATION_TARGET_DOMAIN}`) ? m[1] : undefined;
}
