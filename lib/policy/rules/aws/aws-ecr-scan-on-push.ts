import { defineRule } from "../../rule";
import { bool, firstBlock, unknownProblem } from "../../values";

/** ECR scans images when they are pushed. */
export const rule = defineRule({
  id: "aws-ecr-scan-on-push",
  description: "Every ECR repository sets image_scanning_configuration.scan_on_push = true.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_ecr_repository"],
  equivalents: { checkov: ["CKV_AWS_163"], trivy: ["AVD-AWS-0030"] },
  fix: "add image_scanning_configuration { scan_on_push = true }.",
  check(r) {
    const scan = firstBlock(r.config.image_scanning_configuration)?.scan_on_push;
    const unknown = unknownProblem("image_scanning_configuration.scan_on_push", scan);
    if (unknown) return [unknown];
    return bool(scan) === true ? undefined : ["images are not scanned on push"];
  },
});
