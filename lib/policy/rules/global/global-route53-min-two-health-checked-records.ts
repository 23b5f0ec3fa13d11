import { defineRule, PolicyResource, PolicyViolation } from "../../rule";
import { aliasTargets, dnsName, isHealthEvaluated } from "../../helpers/route53";

/** Every routed Route 53 name has at least two health-checked answers, so one datacentre can fail. */
export const rule = defineRule({
  id: "global-route53-min-two-health-checked-records",
  description: "Every client-facing routed Route 53 name (not itself a nested pool behind an alias) has at least two health-checked or health-evaluating records.",
  severity: "error",
  area: "global",
  resourceTypes: ["aws_route53_record"],
  equivalents: {},
  fix: "publish one health-checked record per datacentre (at least two) for the name; a single answer cannot fail over.",
  checkStack(index) {
    const all = index.ofType("aws_route53_record");
    const nested = aliasTargets(all);
    const groups = new Map<string, PolicyResource[]>();
    for (const r of all) {
      if (r.config.set_identifier === undefined || nested.has(dnsName(r.config.name))) continue;
      const key = `${String(r.config.zone_id)}|${dnsName(r.config.name)}|${String(r.config.type)}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const out: PolicyViolation[] = [];
    for (const records of groups.values()) {
      const checked = records.filter(isHealthEvaluated);
      if (checked.length < 2) out.push({ resource: records[0], message: `only ${checked.length} health-checked record(s) answer for ${String(records[0].config.name)}` });
    }
    return out;
  },
});
