import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** Load balancers cannot be deleted by accident: the DNS name behind every endpoint would change. */
export const rule = defineRule({
  id: "aws-alb-deletion-protection",
  description: "Every load balancer sets enable_deletion_protection = true.",
  severity: "warning",
  area: "aws",
  resourceTypes: ["aws_lb", "aws_alb"],
  equivalents: { checkov: ["CKV_AWS_150"] },
  fix: "set enable_deletion_protection = true (turn it off deliberately before a planned teardown).",
  check(r) {
    const unknown = unknownProblem("enable_deletion_protection", r.config.enable_deletion_protection);
    if (unknown) return [unknown];
    return bool(r.config.enable_deletion_protection) === true ? undefined : ["enable_deletion_protection is not true"];
  },
});
