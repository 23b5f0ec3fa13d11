import { companionsOf } from "../../helpers/aws-s3";
import { defineRule, PolicyViolation } from "../../rule";
import { bool, unknownProblem } from "../../values";

const FLAGS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"] as const;

/** Buckets block every form of public access. */
export const rule = defineRule({
  id: "aws-s3-public-access-block",
  description: "Every S3 bucket has an aws_s3_bucket_public_access_block with all four flags true.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_public_access_block"],
  equivalents: { checkov: ["CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56"], trivy: ["AVD-AWS-0094"], cdkNag: ["AwsSolutions-S2"] },
  fix: "add aws_s3_bucket_public_access_block for the bucket with block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all true.",
  checkStack(index) {
    const out: PolicyViolation[] = [];
    for (const bucket of index.ofType("aws_s3_bucket")) {
      const blocks = companionsOf(index, bucket, "aws_s3_bucket_public_access_block");
      if (blocks.length === 0) {
        out.push({ resource: bucket, message: "no public access block" });
        continue;
      }
      for (const b of blocks) {
        const unknown = FLAGS.map((f) => unknownProblem(f, b.config[f])).filter((p): p is string => p !== undefined);
        const off = FLAGS.filter((f) => bool(b.config[f]) !== true && unknownProblem(f, b.config[f]) === undefined);
        for (const problem of unknown) out.push({ resource: b, message: problem });
        if (off.length > 0) out.push({ resource: b, message: `${off.join(", ")} not true` });
      }
    }
    return out;
  },
});
