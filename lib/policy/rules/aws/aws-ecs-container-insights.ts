import { defineRule } from "../../rule";
import { blocks, str, unknownProblem } from "../../values";

/** ECS clusters publish Container Insights metrics. */
export const rule = defineRule({
  id: "aws-ecs-container-insights",
  description: "Every ECS cluster sets containerInsights to enabled or enhanced.",
  severity: "warning",
  area: "aws",
  resourceTypes: ["aws_ecs_cluster"],
  equivalents: { checkov: ["CKV_AWS_65"], trivy: ["AVD-AWS-0034"], cdkNag: ["AwsSolutions-ECS4"] },
  fix: "add setting { name = \"containerInsights\", value = \"enabled\" } to the cluster.",
  check(r) {
    const s = blocks(r.config.setting).find((b) => str(b.name) === "containerInsights");
    const unknown = unknownProblem("setting containerInsights", s?.value);
    if (unknown) return [unknown];
    return s && ["enabled", "enhanced"].includes(str(s.value) ?? "") ? undefined : ["containerInsights is not enabled"];
  },
});
