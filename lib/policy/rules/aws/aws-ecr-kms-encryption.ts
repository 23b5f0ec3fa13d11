import { defineRule } from "../../rule";
import { firstBlock, str, unknownProblem } from "../../values";

/** ECR repositories are encrypted with KMS. */
export const rule = defineRule({
  id: "aws-ecr-kms-encryption",
  description: "Every ECR repository sets encryption_configuration.encryption_type = KMS.",
  severity: "warning",
  area: "aws",
  resourceTypes: ["aws_ecr_repository"],
  equivalents: { checkov: ["CKV_AWS_136"], trivy: ["AVD-AWS-0033"] },
  fix: "add encryption_configuration { encryption_type = \"KMS\", kms_key = <key with rotation> }.",
  check(r) {
    const t = firstBlock(r.config.encryption_configuration)?.encryption_type;
    const unknown = unknownProblem("encryption_configuration.encryption_type", t);
    if (unknown) return [unknown];
    return str(t) === "KMS" || str(t) === "KMS_DSSE" ? undefined : ["the repository uses AES256 (S3-managed) encryption, not KMS"];
  },
});
