import { defineRule, PolicyViolation } from "../../rule";
import { blocks, refersTo } from "../../values";

/** The default security group of every VPC is adopted and emptied. */
export const rule = defineRule({
  id: "aws-default-sg-restricts-all",
  description: "Every VPC's default security group is managed (aws_default_security_group) with no ingress or egress rules.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_vpc", "aws_default_security_group"],
  equivalents: { checkov: ["CKV2_AWS_12"] },
  fix: "add an aws_default_security_group for the VPC with no ingress and no egress blocks, so nothing can use the default group to talk.",
  checkStack(index) {
    const defaults = index.ofType("aws_default_security_group");
    const out: PolicyViolation[] = [];
    for (const vpc of index.ofType("aws_vpc")) {
      if (!defaults.some((d) => refersTo(d.config.vpc_id, vpc))) out.push({ resource: vpc, message: "the VPC's default security group is not managed, so it keeps AWS's allow-all rules" });
    }
    for (const d of defaults) {
      if (blocks(d.config.ingress).length > 0 || blocks(d.config.egress).length > 0) out.push({ resource: d, message: "the default security group has ingress or egress rules" });
    }
    return out;
  },
});
