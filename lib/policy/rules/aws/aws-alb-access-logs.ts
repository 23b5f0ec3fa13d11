import { defineRule } from "../../rule";
import { bool, firstBlock, unknownProblem } from "../../values";

/** Load balancers write access logs. */
export const rule = defineRule({
  id: "aws-alb-access-logs",
  description: "Every load balancer has access_logs enabled, delivered to an S3 bucket.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_lb", "aws_alb"],
  equivalents: { checkov: ["CKV_AWS_91"], cdkNag: ["AwsSolutions-ELB2"] },
  fix: "add access_logs { bucket = <log bucket>, enabled = true } (the bucket needs the ELB log-delivery policy).",
  check(r) {
    const logs = firstBlock(r.config.access_logs);
    if (!logs || logs.bucket === undefined) return ["no access_logs block with a bucket"];
    const unknown = unknownProblem("access_logs.enabled", logs.enabled);
    if (unknown) return [unknown];
    return bool(logs.enabled) === false ? ["access_logs.enabled is false"] : undefined;
  },
});
