import { SynthesizedStack } from "../terraform/terraform-json";
import { azureDnsRecords } from "./azure-dns-records";
import { cloudDnsRecords } from "./cloud-dns-records";
import { RawDnsRecord } from "./raw-dns-record";
import { acmValidationDomain } from "./record-values";
import { route53Records } from "./route53-records";
import { DNS_PROVIDERS, DnsViewRecord, DnsViewValue, DnsZoneCopy, DnsZoneView, UnknownDnsValue, describeDnsValue, isUnknownDnsValue } from "./zone-view";

/**
 * Builds the public DNS view of an app from its synthesized stacks (see
 * `synthesizeStacks` and `readSynthesizedStacks`): for every zone copy a
 * provider serves (the Route 53 and Azure DNS copies of the parent zone, the
 * Cloud DNS zone of the gcp subtree), each RRset as that provider answers it.
 *
 * - Records under a routing policy (Route 53 weighted, latency or failover,
 *   each health-checked) collapse into one RRset whose values are every
 *   possible answer (`answers: "one-of"`).
 * - A Route 53 alias to a record of the same zone answers with that record's
 *   type, values and TTL; the target is marked `routingInternal`.
 * - An alias to a load balancer answers with its addresses, unknown until an
 *   apply, with the load balancer's 60 s TTL.
 * - Any value written as a Terraform expression is an {@link UnknownDnsValue};
 *   ACM validation records (`for_each` over the certificate's domains) get
 *   one record per domain, with name, type and value unknown, unless the
 *   same validation record is written literally elsewhere (copied from the
 *   stack output into `dns.certificateValidation`): ACM's record for a domain
 *   is fixed per account, so it then has that record's name, type and value.
 * - Private DNS zones are not part of the view.
 *
 * @example
 * const view = buildDnsZoneView(readSynthesizedStacks("cdktf.out"));
 * for (const copy of view.copies) console.log(copy.provider, copy.zone, copy.records.length);
 */
export function buildDnsZoneView(stacks: readonly SynthesizedStack[]): DnsZoneView {
  const raw = withGivenValidationNames(stacks.flatMap((s) => [...route53Records(s), ...azureDnsRecords(s), ...cloudDnsRecords(s, stacks)]));
  const byCopy = new Map<string, RawDnsRecord[]>();
  for (const r of raw) {
    const key = `${r.provider}\u0000${describeDnsValue(r.zone)}`;
    byCopy.set(key, [...(byCopy.get(key) ?? []), r]);
  }
  const copies = [...byCopy.values()].map((records) => collapseCopy(records));
  copies.sort((a, b) => a.zone.localeCompare(b.zone) || DNS_PROVIDERS.indexOf(a.provider) - DNS_PROVIDERS.indexOf(b.provider));
  return { copies };
}

/** The records of one zone copy: grouped by name and type, routing collapsed, aliases followed. */
function collapseCopy(raw: readonly RawDnsRecord[]): DnsZoneCopy {
  const { provider } = raw[0];
  const zone = describeDnsValue(raw[0].zone);
  const groups = new Map<string, RawDnsRecord[]>();
  const unkeyed: RawDnsRecord[] = [];
  for (const r of raw) {
    if (typeof r.name !== "string" || typeof r.type !== "string") unkeyed.push(r);
    else groups.set(groupKey(r.name, r.type), [...(groups.get(groupKey(r.name, r.type)) ?? []), r]);
  }

  const internal = new Set<string>();
  const resolved = new Map<string, DnsViewRecord>();
  const resolve = (key: string, seen: ReadonlySet<string>): DnsViewRecord | undefined => {
    const done = resolved.get(key);
    if (done) return done;
    const members = groups.get(key);
    if (!members || seen.has(key)) return undefined;
    const values: DnsViewValue[] = [];
    const ttls: (number | UnknownDnsValue)[] = [];
    let oneOf = members.some((m) => m.routed);
    for (const m of members) {
      if (!m.alias) {
        values.push(...m.values);
        ttls.push(m.ttl);
      } else if (m.alias.sameZone && typeof m.alias.target === "string") {
        const targetKey = groupKey(m.alias.target, String(m.type));
        const target = resolve(targetKey, new Set([...seen, key]));
        if (m.routed) internal.add(targetKey);
        if (target) {
          values.push(...target.values);
          ttls.push(target.ttl);
          oneOf ||= target.answers === "one-of";
        } else {
          values.push({ unknown: m.alias.target, note: `alias target ${m.alias.target}, not a ${String(m.type)} record of ${zone}` });
          ttls.push({ unknown: m.alias.target, note: "TTL of the alias target" });
        }
      } else {
        values.push({ unknown: isUnknownDnsValue(m.alias.target) ? m.alias.target.unknown : m.alias.target, note: `addresses of alias target ${isUnknownDnsValue(m.alias.target) ? m.alias.target.unknown : m.alias.target}` });
        ttls.push(m.ttl);
      }
    }
    const record: DnsViewRecord = {
      name: members[0].name,
      type: members[0].type,
      ttl: oneTtl(ttls),
      values: dedupe(values),
      answers: oneOf ? "one-of" : "all",
      routingInternal: false,
      ...validationOf(members[0], values),
      sources: members.map((m) => m.source),
    };
    resolved.set(key, record);
    return record;
  };
  for (const key of groups.keys()) resolve(key, new Set());

  const records: DnsViewRecord[] = [...groups.keys()].map((key) => {
    const r = resolved.get(key) as DnsViewRecord;
    return internal.has(key) ? { ...r, routingInternal: true } : r;
  });
  records.push(
    ...unkeyed.map((r): DnsViewRecord => ({ name: r.name, type: r.type, ttl: r.ttl, values: r.values, answers: r.routed ? "one-of" : "all", routingInternal: false, ...validationOf(r, r.values), sources: [r.source] })),
  );
  records.sort(compareRecords);
  return { provider, zone, records };
}

/**
 * ACM validation records whose name is known only after an apply take the
 * name, type and values of a literal record (any copy) that validates the same
 * domain: the copy given as a static input.
 */
function withGivenValidationNames(raw: readonly RawDnsRecord[]): RawDnsRecord[] {
  const given = new Map<string, RawDnsRecord>();
  for (const r of raw) {
    const domain = r.type === "CNAME" && typeof r.name === "string" ? acmValidationDomain(r.name, r.values) : undefined;
    if (domain && !given.has(domain)) given.set(domain, r);
  }
  return raw.map((r) => {
    const known = r.certificateValidationOf !== undefined && typeof r.name !== "string" ? given.get(r.certificateValidationOf) : undefined;
    return known ? { ...r, name: known.name, type: known.type, values: known.values } : r;
  });
}

/** `certificateValidationOf` of a record: from its resource, or a CNAME in the shape of an ACM validation record. */
function validationOf(raw: RawDnsRecord, values: readonly DnsViewValue[]): Pick<DnsViewRecord, "certificateValidationOf"> {
  const domain = raw.certificateValidationOf ?? (raw.type === "CNAME" && typeof raw.name === "string" ? acmValidationDomain(raw.name, values) : undefined);
  return domain ? { certificateValidationOf: domain } : {};
}

function groupKey(name: string, type: string): string {
  return `${name} ${type}`;
}

/** One TTL for an RRset: the common value, or unknown when the collapsed records disagree. */
function oneTtl(ttls: readonly (number | UnknownDnsValue)[]): number | UnknownDnsValue {
  const distinct = dedupe(ttls);
  if (distinct.length === 1) return distinct[0];
  return { unknown: distinct.map((t) => describeDnsValue(t)).join(" | "), note: `one of ${distinct.map((t) => describeDnsValue(t)).join(", ")}, by answer` };
}

function dedupe<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = JSON.stringify(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Known names first, in DNS order from the apex down (by reversed labels), then type. */
function compareRecords(a: DnsViewRecord, b: DnsViewRecord): number {
  const ka = typeof a.name === "string" ? a.name.split(".").reverse().join(".") : `\uffff${describeDnsValue(a.name)}`;
  const kb = typeof b.name === "string" ? b.name.split(".").reverse().join(".") : `\uffff${describeDnsValue(b.name)}`;
  return ka.localeCompare(kb) || describeDnsValue(a.type).localeCompare(describeDnsValue(b.type)) || a.sources[0].localeCompare(b.sources[0]);
}
