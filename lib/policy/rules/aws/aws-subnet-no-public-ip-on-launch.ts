import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** Subnets do not hand out public IPs by default. */
export const rule = defineRule({
  id: "aws-subnet-no-public-ip-on-launch",
  description: "No subnet sets map_public_ip_on_launch = true.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_subnet"],
  equivalents: { checkov: ["CKV_AWS_130"] },
  fix: "leave map_public_ip_on_launch false; the load balancer and NAT gateways get their addresses explicitly.",
  check(r) {
    const unknown = unknownProblem("map_public_ip_on_launch", r.config.map_public_ip_on_launch);
    if (unknown) return [unknown];
    return bool(r.config.map_public_ip_on_launch) === true ? ["instances launched here get a public IP"] : undefined;
  },
});
