import { defineRule } from "../../rule";

/** Secrets Manager secrets are encrypted with a customer-managed KMS key. */
export const rule = defineRule({
  id: "aws-secret-kms-cmk",
  description: "Every Secrets Manager secret sets kms_key_id (a customer-managed key, not aws/secretsmanager).",
  severity: "warning",
  area: "aws",
  resourceTypes: ["aws_secretsmanager_secret"],
  equivalents: { checkov: ["CKV_AWS_149"], trivy: ["AVD-AWS-0098"] },
  fix: "set kms_key_id to a customer-managed KMS key with rotation, and grant the task execution role kms:Decrypt on it.",
  check(r) {
    return r.config.kms_key_id === undefined || r.config.kms_key_id === "" ? ["the secret uses the AWS-managed key"] : undefined;
  },
});
