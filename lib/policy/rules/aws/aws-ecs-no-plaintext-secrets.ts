import { defineRule } from "../../rule";
import { containerDefinitions, containerName } from "../../helpers/aws-containers";
import { SECRET_NAME_PATTERN } from "../../../security/secrets";
import { asObject } from "../../values";

/** Secrets reach ECS containers through `secrets` (Secrets Manager), never as plain environment values. */
export const rule = defineRule({
  id: "aws-ecs-no-plaintext-secrets",
  description: "No ECS container environment variable with a secret-looking name carries a plain value.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_ecs_task_definition"],
  equivalents: { trivy: ["AVD-AWS-0036"], cdkNag: ["AwsSolutions-ECS2"] },
  fix: "declare the value in secrets (the service's `secrets` prop), which injects it from Secrets Manager via valueFrom.",
  check(r) {
    const out: string[] = [];
    for (const c of containerDefinitions(r)) {
      const env = Array.isArray(c.environment) ? c.environment.map(asObject) : [];
      for (const e of env) {
        if (e && typeof e.name === "string" && SECRET_NAME_PATTERN.test(e.name)) out.push(`container ${containerName(c)} sets ${e.name} as a plain environment value`);
      }
    }
    return out;
  },
});
