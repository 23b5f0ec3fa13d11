import { defineRule } from "../../rule";
import { containerDefinitions, containerName } from "../../helpers/aws-containers";

/** No ECS container runs privileged. */
export const rule = defineRule({
  id: "aws-ecs-no-privileged",
  description: "No container in an ECS task definition sets privileged = true.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_ecs_task_definition"],
  equivalents: {},
  fix: "remove privileged from the container definition (Fargate rejects it anyway).",
  check(r) {
    return containerDefinitions(r).filter((c) => c.privileged === true).map((c) => `container ${containerName(c)} is privileged`);
  },
});
