import { defineRule } from "../../rule";
import { str, unknownProblem } from "../../values";

/** ECR tags cannot be moved to other images. */
export const rule = defineRule({
  id: "aws-ecr-immutable-tags",
  description: "Every ECR repository sets image_tag_mutability to IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION).",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_ecr_repository"],
  equivalents: { checkov: ["CKV_AWS_51"], trivy: ["AVD-AWS-0031"] },
  fix: "set image_tag_mutability = \"IMMUTABLE\" (the default, MUTABLE, lets a tag point at different code in different datacentres).",
  check(r) {
    const unknown = unknownProblem("image_tag_mutability", r.config.image_tag_mutability);
    if (unknown) return [unknown];
    return (str(r.config.image_tag_mutability) ?? "MUTABLE").startsWith("IMMUTABLE") ? undefined : ["tags are mutable"];
  },
});
