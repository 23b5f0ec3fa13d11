import { companionsOf } from "../../helpers/aws-s3";
import { defineRule, PolicyViolation } from "../../rule";
import { blocks, firstBlock } from "../../values";

/** Buckets declare their default encryption. */
export const rule = defineRule({
  id: "aws-s3-encryption",
  description: "Every S3 bucket has an aws_s3_bucket_server_side_encryption_configuration with a default encryption rule.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_server_side_encryption_configuration"],
  equivalents: { checkov: ["CKV_AWS_19"], trivy: ["AVD-AWS-0088"], checkovCaveats: [{ id: "CKV_AWS_145", kind: "stricter", reason: "it demands sse_algorithm aws:kms (S3KMSEncryptedByDefault.yaml); the ALB log bucket uses SSE-S3, the only encryption ELB log delivery supports, so it fails on every AWS stack (checkov-scan review, sections 5 and 6)" }] },
  fix: "add aws_s3_bucket_server_side_encryption_configuration with rule { apply_server_side_encryption_by_default { sse_algorithm = \"aws:kms\" } }.",
  checkStack(index) {
    const out: PolicyViolation[] = [];
    for (const bucket of index.ofType("aws_s3_bucket")) {
      const ok = companionsOf(index, bucket, "aws_s3_bucket_server_side_encryption_configuration").some((e) =>
        blocks(e.config.rule).some((r) => firstBlock(r.apply_server_side_encryption_by_default)?.sse_algorithm !== undefined),
      );
      if (!ok) out.push({ resource: bucket, message: "no default server-side encryption is declared" });
    }
    return out;
  },
});
