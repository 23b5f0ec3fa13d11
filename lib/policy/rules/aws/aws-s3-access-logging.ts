import { companionsOf } from "../../helpers/aws-s3";
import { defineRule, PolicyViolation } from "../../rule";
import { refersTo } from "../../values";

/** Requests to every bucket are recorded, except in a bucket that only receives server access logs. */
export const rule = defineRule({
  id: "aws-s3-access-logging",
  description: "Every S3 bucket has server access logging (aws_s3_bucket_logging), unless it is itself a server access log destination.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_logging"],
  equivalents: { checkov: ["CKV_AWS_18"], trivy: ["AVD-AWS-0089"], cdkNag: ["AwsSolutions-S1"] },
  fix: "add aws_s3_bucket_logging for the bucket with target_bucket set to a dedicated log bucket in the same account and region.",
  checkStack(index) {
    const logging = index.ofType("aws_s3_bucket_logging");
    const out: PolicyViolation[] = [];
    for (const bucket of index.ofType("aws_s3_bucket")) {
      const isDestination = logging.some((l) => refersTo(l.config.target_bucket, bucket, ["bucket"]));
      if (!isDestination && companionsOf(index, bucket, "aws_s3_bucket_logging").length === 0) {
        out.push({ resource: bucket, message: "requests to the bucket are not recorded (no server access logging)" });
      }
    }
    return out;
  },
});
