import { defineRule } from "../../rule";
import { containerDefinitions, containerName } from "../../helpers/aws-containers";

/** Every ECS container ships its logs. */
export const rule = defineRule({
  id: "aws-ecs-task-logging",
  description: "Every container in an ECS task definition has a logConfiguration.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_ecs_task_definition"],
  equivalents: { cdkNag: ["AwsSolutions-ECS7"] },
  fix: "add logConfiguration { logDriver: \"awslogs\", options: { awslogs-group, awslogs-region, awslogs-stream-prefix } } to the container.",
  check(r) {
    return containerDefinitions(r).filter((c) => c.logConfiguration === undefined).map((c) => `container ${containerName(c)} has no logConfiguration`);
  },
});
