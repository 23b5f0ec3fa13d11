import { defineRule } from "../../rule";
import { str } from "../../values";

/** SNS topics are encrypted with a customer-managed key that alarm services can be allowed to use. */
export const rule = defineRule({
  id: "aws-sns-topic-kms-cmk",
  description: "Every SNS topic sets kms_master_key_id to a customer-managed KMS key (not alias/aws/sns, which CloudWatch alarms cannot publish through).",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_sns_topic"],
  equivalents: { checkov: ["CKV_AWS_26"], trivy: ["AVD-AWS-0095", "AVD-AWS-0136"], cdkNag: ["AwsSolutions-SNS2"] },
  fix: "encrypt the topic with a customer-managed key whose policy grants cloudwatch.amazonaws.com (and events.amazonaws.com) kms:Decrypt and kms:GenerateDataKey.",
  check(r) {
    const key = str(r.config.kms_master_key_id);
    if (r.config.kms_master_key_id === undefined || key === "") return ["the topic is not encrypted at rest"];
    if (key !== undefined && /(^|:)alias\/aws\/sns$/.test(key)) return ["the topic uses the AWS-managed key alias/aws/sns, whose policy cannot let CloudWatch alarms publish"];
    return undefined;
  },
});
