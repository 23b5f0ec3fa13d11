import { defineRule } from "../../rule";
import { bool, str, unknownProblem } from "../../values";

/** Symmetric KMS keys rotate yearly. */
export const rule = defineRule({
  id: "aws-kms-key-rotation",
  description: "Every symmetric KMS key sets enable_key_rotation = true.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_kms_key"],
  equivalents: { checkov: ["CKV_AWS_7"], trivy: ["AVD-AWS-0065"], cdkNag: ["AwsSolutions-KMS5"] },
  fix: "set enable_key_rotation = true.",
  check(r) {
    if ((str(r.config.customer_master_key_spec) ?? "SYMMETRIC_DEFAULT") !== "SYMMETRIC_DEFAULT") return undefined;
    const unknown = unknownProblem("enable_key_rotation", r.config.enable_key_rotation);
    if (unknown) return [unknown];
    return bool(r.config.enable_key_rotation) === true ? undefined : ["key rotation is off"];
  },
});
