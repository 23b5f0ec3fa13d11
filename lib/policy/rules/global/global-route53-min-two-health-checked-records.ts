import { defineRule, PolicyResource, PolicyViolation } from "../../rule";
import { aliasTargets, dnsName, isHealthEvaluated } from "../../helpers/route53";
import { firstBlock } from "../../values";

/** Every routed Route 53 name has at least two health-checked answers, so one datacentre can fail. */
export const rule = defineRule({
  id: "global-route53-min-two-health-checked-records",
  description: "Every client-facing routed Route 53 name (not itself a nested pool behind an alias) reaches at least two health-checked answers, counting the members of health-evaluated alias pools.",
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
    const byName = new Map<string, PolicyResource[]>();
    for (const r of all) byName.set(dnsName(r.config.name), [...(byName.get(dnsName(r.config.name)) ?? []), r]);
    // Health-checked answers behind a record: an alias that evaluates its target's health counts that pool's answers.
    const answers = (r: PolicyResource, seen: Set<string>): number => {
      if (!isHealthEvaluated(r)) return 0;
      const target = firstBlock(r.config.alias)?.name;
      if (target === undefined) return 1;
      const name = dnsName(target);
      const pool = byName.get(name);
      if (!pool || seen.has(name)) return 1;
      return pool.reduce((sum, member) => sum + answers(member, new Set([...seen, name])), 0);
    };
    const out: PolicyViolation[] = [];
    for (const records of groups.values()) {
      const checked = records.reduce((sum, r) => sum + answers(r, new Set([dnsName(r.config.name)])), 0);
      if (checked < 2) out.push({ resource: records[0], message: `only ${checked} health-checked answer(s) reach ${String(records[0].config.name)}` });
    }
    return out;
  },
});
