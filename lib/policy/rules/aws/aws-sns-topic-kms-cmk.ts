import { defineRule, PolicyViolation } from "../../rule";
import { isUnknown, refersTo, str, unknownProblem } from "../../values";

/** SNS topics are encrypted with a customer-managed key that alarm services can be allowed to use. */
export const rule = defineRule({
  id: "aws-sns-topic-kms-cmk",
  description: "Every SNS topic sets kms_master_key_id to a customer-managed KMS key (not alias/aws/sns, which CloudWatch alarms cannot publish through).",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_sns_topic", "aws_kms_key"],
  equivalents: { checkov: ["CKV_AWS_26"], trivy: ["AVD-AWS-0095", "AVD-AWS-0136"], cdkNag: ["AwsSolutions-SNS2"] },
  fix: "encrypt the topic with a customer-managed key whose policy grants cloudwatch.amazonaws.com (and events.amazonaws.com) kms:Decrypt and kms:GenerateDataKey.",
  checkStack(index) {
    const keys = index.ofType("aws_kms_key");
    const out: PolicyViolation[] = [];
    for (const topic of index.ofType("aws_sns_topic")) {
      const key = topic.config.kms_master_key_id;
      if (key === undefined || key === "") {
        out.push({ resource: topic, message: "the topic is not encrypted at rest" });
      } else if (/(^|:)alias\/aws\/sns$/.test(str(key) ?? "")) {
        out.push({ resource: topic, message: "the topic uses the AWS-managed key alias/aws/sns, whose policy cannot let CloudWatch alarms publish" });
      } else if (isUnknown(key) && !keys.some((k) => refersTo(key, k))) {
        out.push({ resource: topic, message: unknownProblem("kms_master_key_id", key)! });
      }
    }
    return out;
  },
});
