import { defineRule } from "../../rule";
import { bool, firstBlock, unknownProblem } from "../../values";

/** ECS tasks run in private subnets without public IPs. */
export const rule = defineRule({
  id: "aws-ecs-no-public-ip",
  description: "No ECS service sets network_configuration.assign_public_ip = true.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_ecs_service"],
  equivalents: { checkov: ["CKV_AWS_333"] },
  fix: "set assign_public_ip = false and run the tasks in private subnets (egress through NAT or VPC endpoints).",
  check(r) {
    const unknown = unknownProblem("network_configuration.assign_public_ip", firstBlock(r.config.network_configuration)?.assign_public_ip);
    if (unknown) return [unknown];
    return bool(firstBlock(r.config.network_configuration)?.assign_public_ip) === true ? ["tasks get a public IP"] : undefined;
  },
});
