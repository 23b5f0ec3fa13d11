/**
 * The public DNS view of an app: per DNS provider copy of a zone, the records
 * as that provider will serve them. Built from synthesized stacks by
 * {@link buildDnsZoneView}; `dualcloud verify` queries it against live name
 * servers and {@link renderZoneFile} writes it as an RFC 1035 master file.
 */

/** A DNS service that serves a copy of a zone. */
export type DnsProvider = "route53" | "azure-dns" | "cloud-dns";

/** Every DNS provider the view knows, in report order. */
export const DNS_PROVIDERS: readonly DnsProvider[] = ["route53", "azure-dns", "cloud-dns"];

/** A value known only after an apply: the Terraform expression that yields it. */
export interface UnknownDnsValue {
  /** The Terraform expression, e.g. `${aws_lb.x.dns_name}`. */
  readonly unknown: string;
  /** What the value is, for people, e.g. `ACM validation record of orders.example.com`. */
  readonly note?: string;
}

/** A name, type, TTL or record value: a literal, or one known only after an apply. */
export type DnsViewValue = string | UnknownDnsValue;

/** How a provider answers from a record's values. */
export type DnsAnswerMode =
  /** Every value, as one RRset. */
  | "all"
  /** One of them, chosen by routing (latency, weight, failover, health); every value is a possible answer. */
  | "one-of";

/** One RRset of a copy, as the provider serves it. */
export interface DnsViewRecord {
  /** Owner name: absolute, lower case, with the trailing dot (`orders.example.com.`), or unknown until an apply. */
  readonly name: DnsViewValue;
  /** Record type in upper case (`A`, `CNAME`, `TXT`, `NS`), or unknown until an apply. */
  readonly type: DnsViewValue;
  /** TTL in seconds as served (an alias answers with its target's TTL), or unknown. */
  readonly ttl: number | UnknownDnsValue;
  /** The values; names (CNAME, NS targets) are absolute with the trailing dot. */
  readonly values: readonly DnsViewValue[];
  /** Whether the provider serves all values or one of them. */
  readonly answers: DnsAnswerMode;
  /**
   * True for a name that exists only so routing can resolve through it (a pool
   * a Route 53 alias points at). Clients never ask for it, so the copies may differ there.
   */
  readonly routingInternal: boolean;
  /**
   * The certificate domain (absolute) whose ACM DNS validation this record
   * carries: an ACM validation record written from the certificate (name and
   * value known only after an apply), or a CNAME `_<token>.<domain>` ->
   * `*.acm-validations.aws.` copied from one (`dns.certificateValidation`).
   */
  readonly certificateValidationOf?: string;
  /** Where it comes from: `<stack>:<terraform address>` of every record collapsed into it. */
  readonly sources: readonly string[];
}

/** One provider's copy of one zone. */
export interface DnsZoneCopy {
  /** The provider that serves it. */
  readonly provider: DnsProvider;
  /** Zone apex, absolute with the trailing dot (`example.com.`). */
  readonly zone: string;
  /** Its records (apex SOA and NS excluded: the provider manages them), sorted by name then type. */
  readonly records: readonly DnsViewRecord[];
}

/** Every DNS zone copy an app writes records into. */
export interface DnsZoneView {
  /** The copies, sorted by zone then provider (Route 53, Azure DNS, Cloud DNS). */
  readonly copies: readonly DnsZoneCopy[];
}

/** True when a view value is known only after an apply. */
export function isUnknownDnsValue(value: DnsViewValue | number): value is UnknownDnsValue {
  return typeof value === "object" && value !== null && typeof value.unknown === "string";
}

/** A value as text: the literal, or `<known after apply: note or expression>`. */
export function describeDnsValue(value: DnsViewValue | number): string {
  if (!isUnknownDnsValue(value)) return String(value);
  return `<known after apply: ${value.note ?? value.unknown}>`;
}

/** A DNS name made absolute and lower case: `Orders.Example.com` -> `orders.example.com.`. */
export function absoluteName(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.`;
}

/** True when `name` is `zone` or a name below it (both absolute). */
export function isAtOrBelow(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`);
}

/**
 * The NS record of `copy` that delegates `name` away: at `name` itself or at
 * an ancestor below the apex. Undefined when the copy answers for `name` itself.
 */
export function delegationOf(copy: DnsZoneCopy, name: string): DnsViewRecord | undefined {
  return copy.records.find(
    (r) => r.type === "NS" && typeof r.name === "string" && r.name !== copy.zone && isAtOrBelow(name, r.name),
  );
}

/** The records of `copy` at a known owner name, excluding NS delegations. */
export function recordsAt(copy: DnsZoneCopy, name: string): DnsViewRecord[] {
  return copy.records.filter((r) => r.name === name && !(r.type === "NS" && name !== copy.zone));
}
