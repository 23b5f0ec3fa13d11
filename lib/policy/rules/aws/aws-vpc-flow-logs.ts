import { defineRule, PolicyViolation } from "../../rule";
import { refersTo } from "../../values";

/** Every VPC has a flow log (cross-resource: collects VPCs and flow logs, then matches them). */
export const rule = defineRule({
  id: "aws-vpc-flow-logs",
  description: "Every VPC has an aws_flow_log capturing its traffic.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_vpc", "aws_flow_log"],
  equivalents: { checkov: ["CKV2_AWS_11"], trivy: ["AVD-AWS-0178"], cdkNag: ["AwsSolutions-VPC7"] },
  fix: "add an aws_flow_log with vpc_id set to the VPC (traffic_type ALL) delivering to an encrypted log group with a retention.",
  checkStack(index) {
    const logs = index.ofType("aws_flow_log");
    const out: PolicyViolation[] = [];
    for (const vpc of index.ofType("aws_vpc")) {
      if (!logs.some((l) => refersTo(l.config.vpc_id, vpc))) out.push({ resource: vpc, message: "no aws_flow_log refers to this VPC" });
    }
    return out;
  },
});
