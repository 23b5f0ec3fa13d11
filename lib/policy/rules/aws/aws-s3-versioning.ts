import { companionsOf } from "../../helpers/aws-s3";
import { defineRule, PolicyViolation } from "../../rule";
import { firstBlock, str, unknownProblem } from "../../values";

/** Buckets (state, logs) keep object versions. */
export const rule = defineRule({
  id: "aws-s3-versioning",
  description: "Every S3 bucket has an aws_s3_bucket_versioning with status Enabled.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_versioning"],
  equivalents: { checkov: ["CKV_AWS_21"], trivy: ["AVD-AWS-0090"] },
  fix: "add aws_s3_bucket_versioning { bucket = <bucket>.id, versioning_configuration { status = \"Enabled\" } }.",
  checkStack(index) {
    const out: PolicyViolation[] = [];
    for (const bucket of index.ofType("aws_s3_bucket")) {
      const statuses = companionsOf(index, bucket, "aws_s3_bucket_versioning").map((v) => firstBlock(v.config.versioning_configuration)?.status);
      if (statuses.some((s) => str(s) === "Enabled")) continue;
      const unknown = statuses.map((s) => unknownProblem("versioning_configuration.status", s)).find((p) => p !== undefined);
      out.push({ resource: bucket, message: unknown ?? "versioning is not enabled" });
    }
    return out;
  },
});
