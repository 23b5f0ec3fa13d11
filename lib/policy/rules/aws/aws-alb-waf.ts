import { defineRule, PolicyViolation } from "../../rule";
import { bool, refersTo, str } from "../../values";

/** Every internet-facing application load balancer has a WAFv2 web ACL associated with it. */
export const rule = defineRule({
  id: "aws-alb-waf",
  description: "Every internet-facing application load balancer has an aws_wafv2_web_acl_association whose resource_arn is the load balancer.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_lb", "aws_alb", "aws_wafv2_web_acl_association"],
  equivalents: { checkov: ["CKV2_AWS_28"] },
  fix: "associate a regional aws_wafv2_web_acl with the load balancer (aws_wafv2_web_acl_association), or opt out with waf.disabledOn: [\"aws\"].",
  checkStack(index) {
    const associations = index.ofType("aws_wafv2_web_acl_association");
    const out: PolicyViolation[] = [];
    for (const lb of [...index.ofType("aws_lb"), ...index.ofType("aws_alb")]) {
      if ((str(lb.config.load_balancer_type) ?? "application") !== "application" || bool(lb.config.internal) === true) continue;
      if (!associations.some((a) => refersTo(a.config.resource_arn, lb, ["arn"]))) {
        out.push({ resource: lb, message: "an internet-facing load balancer without a web ACL takes every request straight to the service" });
      }
    }
    return out;
  },
});
