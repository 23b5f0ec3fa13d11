import { buildDnsZoneView } from "../dns/build-zone-view";
import { probedHostnames } from "../dns/probed-hostnames";
import { DnsZoneCopy, DnsZoneView, delegationOf, describeDnsValue, isAtOrBelow } from "../dns/zone-view";
import { SynthesizedStack } from "../terraform/terraform-json";
import { PendingDnsInput } from "../model/pending-dns-input";
import { Finding } from "./finding";

/** Options of {@link checkDnsParity}. */
export interface DnsParityOptions {
  /**
   * Static inputs not given yet.
   * @default - none: every gap is a finding
   */
  readonly pendingInputs?: readonly PendingDnsInput[];
}

/** What {@link dnsParityReport} found. */
export interface DnsParityReport {
  /** Names some copy answers and another cannot, with no pending input to blame. */
  readonly findings: readonly Finding[];
  /** Gaps that close once a pending input is given, one line each naming it and where to copy it from. */
  readonly pending: readonly string[];
}

/** One name every copy of a zone must answer, and why. */
interface RequiredName {
  /** Absolute owner name, or the certificate domain for a validation name. */
  readonly name: string;
  /** True for the certificate-validation name of `name` (its owner is known only after an apply). */
  readonly validation: boolean;
  /** Why it is required, e.g. `route53 answers it`, `health-check target`. */
  readonly why: string;
}

/**
 * Invariant 11, both DNS copies answer alike: from the public DNS view of the
 * synthesized stacks, every name a client, a certificate authority or a
 * health checker resolves inside a zone must have an answer in every copy of
 * that zone (Route 53 and Azure DNS of `dns.zoneName`): each record's owner
 * name (routing internals excepted), each CNAME target inside the zone, each
 * health-check hostname, each certificate-validation name (an ACM validation
 * record counts by the domain it validates), and each delegated subtree and
 * child zone. A copy answers a name with a record of its own, or through a
 * delegation to servers that hold it. Two copies delegating the same subtree
 * must name the same servers. Routing may differ; the set of names may not.
 */
export function dnsParityReport(stacks: readonly SynthesizedStack[], options: DnsParityOptions = {}): DnsParityReport {
  const view = buildDnsZoneView(stacks);
  const probed = probedHostnames(stacks);
  const findings: Finding[] = [];
  const pending: string[] = [];
  for (const zone of [...new Set(view.copies.map((c) => c.zone))]) {
    const group = view.copies.filter((c) => c.zone === zone);
    for (const required of requiredNames(view, group, probed)) {
      for (const copy of group) {
        if (answers(view, copy, required)) continue;
        const what = required.validation ? `the certificate-validation name of ${required.name}` : required.name;
        const holders = group.filter((c) => c !== copy && answers(view, c, required)).map((c) => c.provider);
        const gap = `${what} (${required.why}) has no answer in the ${copy.provider} copy of ${zone}${holders.length > 0 ? ` (the ${holders.join(", ")} copy answers it)` : ", nor in any other copy"}`;
        const input = (options.pendingInputs ?? []).find((p) => (required.validation && p.certificateValidation) || (p.under !== undefined && isAtOrBelow(required.name, p.under)));
        if (input) pending.push(`${gap}: waiting for ${input.field} (copy it from ${input.source})`);
        else findings.push({ check: "dns-parity", stack: copyLabel(copy), address: required.validation ? `_<acm>.${required.name}` : required.name, message: `${gap}; allowed: every name a client, a CA or a health checker resolves answered by every copy (the same record, or a delegation of its subtree)` });
      }
    }
    findings.push(...delegationDifferences(group));
  }
  return { findings, pending: [...new Set(pending)] };
}

/** The findings of {@link dnsParityReport}: empty when every copy of every zone answers the same names. */
export function checkDnsParity(stacks: readonly SynthesizedStack[], options: DnsParityOptions = {}): Finding[] {
  return [...dnsParityReport(stacks, options).findings];
}

/** Every name the copies of one zone must all answer. */
function requiredNames(view: DnsZoneView, group: readonly DnsZoneCopy[], probed: readonly string[]): RequiredName[] {
  const zone = group[0].zone;
  const out = new Map<string, RequiredName>();
  const add = (r: RequiredName): void => {
    const key = `${r.validation ? "validation" : "name"} ${r.name}`;
    if (r.name !== zone && isAtOrBelow(r.name, zone) && !out.has(key)) out.set(key, r);
  };
  for (const copy of group) {
    for (const r of copy.records) {
      if (r.certificateValidationOf) add({ name: r.certificateValidationOf, validation: true, why: `certificate validation, ${copy.provider}` });
      if (typeof r.name !== "string") continue;
      if (!r.routingInternal && !r.certificateValidationOf) add({ name: r.name, validation: false, why: r.type === "NS" ? `delegated by ${copy.provider}` : `a ${describeDnsValue(r.type)} record in ${copy.provider}` });
      if (r.type === "CNAME") for (const v of r.values) if (typeof v === "string") add({ name: v, validation: false, why: `an answer of ${r.name} in ${copy.provider}` });
    }
  }
  for (const host of probed) add({ name: host, validation: false, why: "a health-check target" });
  for (const child of view.copies) if (child.zone !== zone) add({ name: child.zone, validation: false, why: `apex of the ${child.provider} zone ${child.zone}` });
  return [...out.values()];
}

/** True when `copy` answers `required`: with a record of its own, or through a delegation to servers that hold it. */
function answers(view: DnsZoneView, copy: DnsZoneCopy, required: RequiredName): boolean {
  if (holds(copy, required)) return true;
  if (delegationOf(copy, required.name) === undefined) return false;
  return view.copies.some((other) => other !== copy && delegationOf(other, required.name) === undefined && holds(other, required));
}

/**
 * True when `copy` holds `required` itself: a record at the name or below it
 * (an empty non-terminal exists too), or the validation record of the domain.
 */
function holds(copy: DnsZoneCopy, required: RequiredName): boolean {
  if (!isAtOrBelow(required.name, copy.zone)) return false;
  if (required.validation) return copy.records.some((r) => r.certificateValidationOf === required.name);
  return copy.zone === required.name || copy.records.some((r) => typeof r.name === "string" && isAtOrBelow(r.name, required.name));
}

/** Two copies of a zone delegating one subtree to different name servers. */
function delegationDifferences(group: readonly DnsZoneCopy[]): Finding[] {
  const out: Finding[] = [];
  const delegations = group.flatMap((copy) =>
    copy.records.filter((r) => r.type === "NS" && typeof r.name === "string" && r.name !== copy.zone).map((r) => ({ copy, name: String(r.name), servers: r.values.map((v) => describeDnsValue(v)).sort() })),
  );
  for (const a of delegations) {
    for (const b of delegations.filter((d) => d.name === a.name && group.indexOf(d.copy) > group.indexOf(a.copy))) {
      if (a.servers.join(",") !== b.servers.join(",")) {
        out.push({
          check: "dns-parity",
          stack: copyLabel(b.copy),
          address: a.name,
          message: `${a.name} is delegated to ${a.servers.join(", ")} by the ${a.copy.provider} copy but to ${b.servers.join(", ")} by the ${b.copy.provider} copy; allowed: one name-server set per delegated subtree in every copy`,
        });
      }
    }
  }
  return out;
}

/** A copy as findings name it: `<provider> <zone>` (a copy spans the stacks that write into it). */
function copyLabel(copy: DnsZoneCopy): string {
  return `${copy.provider} ${copy.zone}`;
}
