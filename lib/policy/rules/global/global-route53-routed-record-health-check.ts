import { defineRule } from "../../rule";
import { isHealthEvaluated } from "../../helpers/route53";
import { blocks } from "../../values";

const POLICIES = ["latency_routing_policy", "weighted_routing_policy", "failover_routing_policy", "geolocation_routing_policy", "geoproximity_routing_policy", "cidr_routing_policy"];

/** Every routed Route 53 answer is health-checked, so failover is automatic. */
export const rule = defineRule({
  id: "global-route53-routed-record-health-check",
  description: "Every Route 53 record with a routing policy (set_identifier) has a health_check_id, or is an alias with evaluate_target_health = true.",
  severity: "error",
  area: "global",
  resourceTypes: ["aws_route53_record"],
  equivalents: {},
  fix: "set health_check_id to the aws_route53_health_check that probes this record's datacentre endpoint (or, for an alias to a nested pool, evaluate_target_health = true).",
  check(r) {
    const routed = r.config.set_identifier !== undefined || POLICIES.some((p) => blocks(r.config[p]).length > 0);
    return routed && !isHealthEvaluated(r) ? ["a routed record without a health check keeps answering while its datacentre is down"] : undefined;
  },
});
