import { defineRule } from "../../rule";

/** Log groups are encrypted with a customer-managed KMS key. */
export const rule = defineRule({
  id: "aws-log-group-kms",
  description: "Every CloudWatch log group sets kms_key_id.",
  severity: "warning",
  area: "aws",
  resourceTypes: ["aws_cloudwatch_log_group"],
  equivalents: { checkov: ["CKV_AWS_158"], trivy: ["AVD-AWS-0017"] },
  fix: "set kms_key_id to a KMS key (with rotation) whose policy lets the logs service use it.",
  check(r) {
    return r.config.kms_key_id === undefined || r.config.kms_key_id === "" ? ["the log group is not encrypted with a KMS key"] : undefined;
  },
});
