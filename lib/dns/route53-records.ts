import { SynthesizedStack, isExpression, resourcesOfType } from "../terraform/terraform-json";
import { asObject } from "../private/terraform-values";
import { RawDnsRecord, acmValidationDomains, referencedBlock, stringArg, viewNumber, viewValue } from "./raw-dns-record";
import { normalizeRecordValue } from "./record-values";
import { DnsViewValue, UnknownDnsValue, absoluteName, isUnknownDnsValue } from "./zone-view";

/**
 * TTL Route 53 answers an alias to an Elastic Load Balancing name with: the
 * alias takes the load balancer's own record TTL, 60 s (docs/verify.md cites it).
 */
export const ELB_ALIAS_TTL_SECONDS = 60;

/**
 * The `aws_route53_record` resources of a stack as raw records. A name
 * without the zone suffix gets it appended, as the provider's
 * `expandRecordName` does; the ACM validation `for_each` expands to one
 * record per certificate domain, with name, type and value unknown.
 */
export function route53Records(stack: SynthesizedStack): RawDnsRecord[] {
  const out: RawDnsRecord[] = [];
  for (const block of resourcesOfType(stack.json, "aws_route53_record")) {
    const c = block.config;
    const zoneRef = referencedBlock(stack, c.zone_id, ["aws_route53_zone"]);
    const zoneName = zoneRef && zoneRef.attribute === "zone_id" ? stringArg(zoneRef.block.config, "name") : undefined;
    const zone: DnsViewValue = zoneName && !isExpression(zoneName) ? absoluteName(zoneName) : { unknown: String(c.zone_id), note: "Route 53 zone" };
    const source = `${stack.name}:${block.address}`;
    const base = { provider: "route53" as const, zone, routed: typeof c.set_identifier === "string" };
    const alias = asObject(c.alias);
    const type = viewValue(typeof c.type === "string" ? c.type.toUpperCase() : c.type);
    const values = (Array.isArray(c.records) ? c.records : []).map((v: unknown) => normalizeRecordValue(type, viewValue(v)));

    if (c.for_each !== undefined) {
      const domains = acmValidationDomains(stack, c.for_each);
      for (const key of domains ?? [undefined]) {
        const note = key ? `ACM validation record of ${key}` : `for_each ${String(c.for_each)}`;
        const unknownOr = (v: DnsViewValue): DnsViewValue => (isUnknownDnsValue(v) ? { unknown: v.unknown, note } : v);
        out.push({
          ...base,
          name: unknownOr(viewValue(c.name)),
          type: unknownOr(type),
          ttl: viewNumber(c.ttl),
          values: values.map(unknownOr),
          ...(key ? { certificateValidationOf: absoluteName(key) } : {}),
          source: key ? `${source}["${key}"]` : source,
        });
      }
      continue;
    }

    const name = typeof c.name === "string" && !isExpression(c.name) && typeof zone === "string" ? expandRecordName(c.name, zone) : viewValue(c.name);
    if (alias) {
      const target = viewValue(alias.name);
      const sameZone = alias.zone_id === c.zone_id;
      const elb = referencedBlock(stack, alias.name, ["aws_lb", "aws_alb", "aws_elb"]) !== undefined;
      const ttl: number | UnknownDnsValue = elb ? ELB_ALIAS_TTL_SECONDS : { unknown: String(alias.name), note: "TTL of the alias target" };
      out.push({ ...base, name, type, ttl, values: [], alias: { target: isUnknownDnsValue(target) ? target : absoluteName(target), sameZone }, source });
    } else {
      out.push({ ...base, name, type, ttl: viewNumber(c.ttl), values, source });
    }
  }
  return out;
}

/** The provider's `expandRecordName`: a name that does not end in the zone gets `.<zone>` appended; the result is absolute. */
export function expandRecordName(name: string, zone: string): string {
  const rn = absoluteName(name);
  return rn === zone || rn.endsWith(`.${zone}`) ? rn : absoluteName(`${rn.slice(0, -1)}.${zone}`);
}
