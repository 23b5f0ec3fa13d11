import { defineRule } from "../../rule";
import { firstBlock, trueOrUnknown } from "../../values";

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
    return trueOrUnknown(firstBlock(r.config.image_scanning_configuration)?.scan_on_push) ? undefined : ["images are not scanned on push"];
  },
});
