import { OutboundRule, outboundRuleKey } from "../model/service-model";
import { parseCidr } from "../network/cidr";
import { FieldChecker } from "./checker";

const PROTOCOLS = ["tcp", "udp"] as const;
const CIDR_ALLOWED = "an IPv4 CIDR with no host bits set, e.g. 10.20.0.0/16 (not a hostname: security groups, NSGs and VPC firewall rules match addresses)";
const PORTS_ALLOWED = "a port (an integer from 1 to 65535) or a range [from, to] with from <= to";
const DESCRIPTION = /^[A-Za-z0-9 .,:;()/_+=@-]+$/;
const DESCRIPTION_ALLOWED = "1-100 characters: letters, digits, spaces and . , : ; ( ) / _ + = @ -";
/** Most entries: 200 to 249 are the Azure NSG priorities the declared rules take. */
const MAX_ENTRIES = 50;

/**
 * Resolves `network.allowOutbound`: destinations the workload may reach
 * besides HTTPS (443) anywhere. Each needs a canonical IPv4 CIDR, a port or an
 * inclusive [from, to] range within 1-65535, `tcp` (default) or `udp`, and a
 * description; every problem of every entry is reported. A rule to
 * `0.0.0.0/0` on a port other than TCP 443 opens that port to the whole
 * internet, so it needs `network.allowOutboundToInternet: true`; TCP 443 to
 * `0.0.0.0/0` is already allowed, and two entries may not name the same
 * protocol, ports and range (each becomes a resource).
 */
export function resolveOutbound(check: FieldChecker, raw: unknown, toInternet: unknown): OutboundRule[] | undefined {
  const allowInternet = check.attempt(() => check.optional(toInternet, false, (v) => check.boolean("network.allowOutboundToInternet", v)), false);
  const entries = check.optional(raw, [] as unknown[], (v) => check.array("network.allowOutbound", v, 0, MAX_ENTRIES));
  const rules = entries.map((entry, i) => resolveEntry(check, `network.allowOutbound[${i}]`, entry, allowInternet));
  // An entry is undefined only while collecting, once its problems are recorded.
  if (rules.some((r) => r === undefined)) return undefined;
  const resolved = rules as OutboundRule[];
  const duplicates = resolved.map((rule, i) => [i, resolved.findIndex((r) => outboundRuleKey(r) === outboundRuleKey(rule))] as const).filter(([i, first]) => first !== i);
  for (const [i, first] of duplicates) {
    const rule = resolved[i];
    check.attempt(
      () => check.fail(`network.allowOutbound[${i}]`, `${rule.protocol} ${rule.fromPort}-${rule.toPort} to ${rule.cidr}`, `a destination not already listed (network.allowOutbound[${first}] has the same protocol, ports and range)`),
      undefined,
    );
  }
  return duplicates.length === 0 ? resolved : undefined;
}

/** One entry, each field checked on its own; undefined when any field failed (already reported). */
function resolveEntry(check: FieldChecker, field: string, entry: unknown, allowInternet: boolean): OutboundRule | undefined {
  const o = check.attempt(() => check.object(field, entry, ["cidr", "ports", "protocol", "description"]), undefined);
  if (o === undefined) return undefined;
  const cidr = check.attempt(() => {
    const value = check.literal(`${field}.cidr`, o.cidr, CIDR_ALLOWED);
    if (parseCidr(value) === undefined) check.fail(`${field}.cidr`, value, CIDR_ALLOWED);
    return value;
  }, undefined);
  const ports = check.attempt(() => portRange(check, `${field}.ports`, o.ports), undefined);
  const protocol = check.attempt(() => check.optional(o.protocol, "tcp" as const, (v) => check.oneOf(`${field}.protocol`, v, PROTOCOLS)), undefined);
  const description = check.attempt(() => check.string(`${field}.description`, o.description, DESCRIPTION, DESCRIPTION_ALLOWED, 1, 100), undefined);
  if (cidr === undefined || ports === undefined || protocol === undefined || description === undefined) return undefined;
  const [fromPort, toPort] = ports;
  const httpsOnly = protocol === "tcp" && fromPort === 443 && toPort === 443;
  if (cidr === "0.0.0.0/0" && httpsOnly) {
    return check.attempt(() => check.fail(`${field}.cidr`, cidr, "a destination other than TCP 443 to 0.0.0.0/0, which every datacentre already allows"), undefined);
  }
  if (cidr === "0.0.0.0/0" && !allowInternet) {
    return check.attempt(
      () => check.fail(`${field}.cidr`, cidr, "a narrower range than 0.0.0.0/0 for a port other than TCP 443 (or set network.allowOutboundToInternet: true to open it to the whole internet)"),
      undefined,
    );
  }
  return { cidr, fromPort, toPort, protocol, description };
}

function portRange(check: FieldChecker, field: string, raw: unknown): [number, number] {
  if (!Array.isArray(raw)) {
    if (typeof raw !== "number") check.fail(field, raw, PORTS_ALLOWED);
    const port = check.integer(field, raw, 1, 65535);
    return [port, port];
  }
  if (raw.length !== 2) check.fail(field, raw, PORTS_ALLOWED);
  const from = check.integer(`${field}[0]`, raw[0], 1, 65535);
  const to = check.integer(`${field}[1]`, raw[1], 1, 65535);
  if (from > to) check.fail(field, raw, "a range [from, to] with from <= to");
  return [from, to];
}
