import { defineRule, PolicyResource, PolicyViolation } from "../../rule";
import { str } from "../../values";

/** Every routed Route 53 name has at least two health-checked answers, so one datacentre can fail. */
export const rule = defineRule({
  id: "global-route53-min-two-health-checked-records",
  description: "Every routed Route 53 name (records sharing name and type with set_identifier) has at least two health-checked records.",
  severity: "error",
  area: "global",
  resourceTypes: ["aws_route53_record"],
  equivalents: {},
  fix: "publish one health-checked record per datacentre (at least two) for the name; a single answer cannot fail over.",
  checkStack(index) {
    const groups = new Map<string, PolicyResource[]>();
    for (const r of index.ofType("aws_route53_record")) {
      if (r.config.set_identifier === undefined) continue;
      const key = `${String(r.config.zone_id)}|${str(r.config.name) ?? String(r.config.name)}|${String(r.config.type)}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const out: PolicyViolation[] = [];
    for (const records of groups.values()) {
      const checked = records.filter((r) => r.config.health_check_id !== undefined && r.config.health_check_id !== "");
      if (checked.length < 2) out.push({ resource: records[0], message: `only ${checked.length} health-checked record(s) answer for ${String(records[0].config.name)}` });
    }
    return out;
  },
});
