import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { EcrRepository } from "@cdktf/provider-aws/lib/ecr-repository";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { EcsTaskDefinition } from "@cdktf/provider-aws/lib/ecs-task-definition";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { suppressPolicy } from "../../../policy/suppressions";
import { deepForJsonencode } from "../../../private/json-arguments";
import { CONTAINER_NAME } from "../aws-constants";
import { fargateCpuUnits } from "../fargate-sizing";
import { AwsServiceRoles } from "./task-roles";

/** One container definition entry as dualcloud writes it (the fields it sets). */
export interface ContainerDefinition {
  readonly name: string;
  readonly image: string;
  readonly essential: boolean;
  readonly portMappings: { containerPort: number; hostPort: number; protocol: string; name: string; appProtocol: string }[];
  readonly environment: { name: string; value: string }[];
  readonly secrets: { name: string; valueFrom: string }[];
  readonly readonlyRootFilesystem: boolean;
  readonly privileged: boolean;
  readonly [key: string]: unknown;
}

/** What the Fargate service runs with and sits behind. */
export interface FargateServiceInputs {
  /** The image registry. */
  readonly repository: EcrRepository;
  /** The secrets, by declared name. */
  readonly secrets: Readonly<Record<string, SecretsmanagerSecret>>;
  /** The container's log group. */
  readonly logGroup: CloudwatchLogGroup;
  /** Execution and task roles. */
  readonly roles: AwsServiceRoles;
  /** Private subnets of the tasks. */
  readonly privateSubnets: readonly Subnet[];
  /** The tasks' security group. */
  readonly securityGroup: SecurityGroup;
  /** The load balancer's target group. */
  readonly targetGroup: LbTargetGroup;
  /** The HTTPS listener, which must exist before the service registers targets. */
  readonly httpsListener: LbListener;
  /** The cluster the service runs in (created at the foundation stage). */
  readonly cluster: EcsCluster;
}

/** The task definition and service. */
export interface AwsFargateService {
  /** The task definition. */
  readonly taskDefinition: EcsTaskDefinition;
  /** The Fargate service. */
  readonly service: EcsService;
}

/**
 * Creates the ECS cluster (ID `cluster`) with Container Insights. It runs
 * nothing by itself, so it belongs to the foundation stage, and creating it
 * creates ECS's service-linked role long before the first service needs it.
 */
export function createCluster(scope: Construct, service: ServiceModel): EcsCluster {
  return new EcsCluster(scope, "cluster", {
    name: physicalName("ecsClusterName", [service.name]),
    setting: [{ name: "containerInsights", value: "enabled" }],
  });
}

/**
 * Creates the task definition and Fargate service (IDs `task-definition`,
 * `service`): private subnets, no public IP, a deployment circuit breaker with
 * rollback, an apply that waits for a steady state, and a desired count that
 * autoscaling owns after the first apply.
 */
export function createFargateService(scope: Construct, service: ServiceModel, datacentre: DatacentreModel, inputs: FargateServiceInputs): AwsFargateService {
  const region = datacentre.region.name;
  const taskDefinition = new EcsTaskDefinition(scope, "task-definition", {
    family: physicalName("ecsTaskFamily", [service.name]),
    requiresCompatibilities: ["FARGATE"],
    networkMode: "awsvpc",
    cpu: String(fargateCpuUnits(service.cpu)),
    memory: String(service.memoryMiB),
    executionRoleArn: inputs.roles.execution.arn,
    taskRoleArn: inputs.roles.task.arn,
    runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: "X86_64" },
    // jsonencode, not JSON.stringify: the definition embeds references, and `synth --hcl` must write valid HCL.
    containerDefinitions: Fn.jsonencode(deepForJsonencode([containerDefinition(service, region, inputs)])),
    ...(service.readOnlyRootFilesystem ? { volume: [{ name: "tmp" }] } : {}),
  });
  if (!service.readOnlyRootFilesystem) {
    suppressPolicy(taskDefinition, "aws-ecs-readonly-root-filesystem", "readOnlyRootFilesystem: false was set: the service owner opted out of a read-only root filesystem.");
  }
  const ecsService = new EcsService(scope, "service", {
    name: physicalName("ecsServiceName", [service.name]),
    cluster: inputs.cluster.arn,
    taskDefinition: taskDefinition.arn,
    launchType: "FARGATE",
    platformVersion: "LATEST",
    desiredCount: datacentre.minInstances,
    deploymentMinimumHealthyPercent: 100,
    deploymentMaximumPercent: 200,
    deploymentCircuitBreaker: { enable: true, rollback: true },
    // Without it, apply reports success while the circuit breaker stops a deployment that cannot start (docs/first-deployment.md#stages).
    waitForSteadyState: true,
    deploymentController: { type: "ECS" },
    healthCheckGracePeriodSeconds: 60,
    enableExecuteCommand: false,
    propagateTags: "SERVICE",
    enableEcsManagedTags: true,
    networkConfiguration: {
      subnets: inputs.privateSubnets.map((s) => s.id),
      securityGroups: [inputs.securityGroup.id],
      assignPublicIp: false,
    },
    loadBalancer: [{ targetGroupArn: inputs.targetGroup.arn, containerName: CONTAINER_NAME, containerPort: service.port }],
    // Autoscaling owns the running count after the first apply.
    lifecycle: { ignoreChanges: ["desired_count"] },
    dependsOn: [inputs.httpsListener],
  });
  return { taskDefinition, service: ecsService };
}

function containerDefinition(service: ServiceModel, region: string, inputs: FargateServiceInputs): ContainerDefinition {
  const repositoryUrl = inputs.repository.repositoryUrl;
  const image = service.image.digest !== undefined ? `${repositoryUrl}@${service.image.digest}` : `${repositoryUrl}:${service.image.tag}`;
  return {
    name: CONTAINER_NAME,
    image,
    essential: true,
    portMappings: [{ containerPort: service.port, hostPort: service.port, protocol: "tcp", name: "http", appProtocol: "http" }],
    environment: Object.keys(service.env).sort().map((k) => ({ name: k, value: service.env[k] })),
    secrets: [...service.secrets].sort().map((s) => ({ name: s, valueFrom: inputs.secrets[s].arn })),
    readonlyRootFilesystem: service.readOnlyRootFilesystem,
    privileged: false,
    ...(service.readOnlyRootFilesystem ? { mountPoints: [{ sourceVolume: "tmp", containerPath: "/tmp", readOnly: false }] } : {}),
    // Fargate cannot grant NET_BIND_SERVICE back, so capabilities are dropped only when the port needs none.
    linuxParameters: { initProcessEnabled: true, ...(service.port >= 1024 ? { capabilities: { drop: ["ALL"] } } : {}) },
    logConfiguration: {
      logDriver: "awslogs",
      options: { "awslogs-group": inputs.logGroup.name, "awslogs-region": region, "awslogs-stream-prefix": CONTAINER_NAME },
    },
  };
}
