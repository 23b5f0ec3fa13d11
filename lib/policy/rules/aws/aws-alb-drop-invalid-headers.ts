import { defineRule } from "../../rule";
import { bool, str, unknownProblem } from "../../values";

/** Application load balancers drop requests' invalid header fields. */
export const rule = defineRule({
  id: "aws-alb-drop-invalid-headers",
  description: "Every application load balancer sets drop_invalid_header_fields = true.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_lb", "aws_alb"],
  equivalents: { checkov: ["CKV_AWS_131"], trivy: ["AVD-AWS-0052"] },
  fix: "set drop_invalid_header_fields = true on the load balancer.",
  check(r) {
    if ((str(r.config.load_balancer_type) ?? "application") !== "application") return undefined;
    const unknown = unknownProblem("drop_invalid_header_fields", r.config.drop_invalid_header_fields);
    if (unknown) return [unknown];
    return bool(r.config.drop_invalid_header_fields) === true ? undefined : ["drop_invalid_header_fields is not true, so malformed headers reach the service"];
  },
});
