import { AppautoscalingPolicy } from "@cdktf/provider-aws/lib/appautoscaling-policy";
import { AppautoscalingTarget } from "@cdktf/provider-aws/lib/appautoscaling-target";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";

/** The service's autoscaling bounds and policy. */
export interface AwsAutoscaling {
  /** Bounds: the datacentre's min and max instances. */
  readonly target: AppautoscalingTarget;
  /** CPU target tracking at the service's target CPU percent. */
  readonly policy: AppautoscalingPolicy;
}

/**
 * Creates the Fargate service's autoscaling target and CPU target-tracking
 * policy (IDs `scaling-target`, `scaling-policy`).
 */
export function createAutoscaling(scope: Construct, service: ServiceModel, datacentre: DatacentreModel, cluster: EcsCluster, ecsService: EcsService): AwsAutoscaling {
  const target = new AppautoscalingTarget(scope, "scaling-target", {
    serviceNamespace: "ecs",
    scalableDimension: "ecs:service:DesiredCount",
    resourceId: `service/${cluster.name}/${ecsService.name}`,
    minCapacity: datacentre.minInstances,
    maxCapacity: datacentre.maxInstances,
  });
  const policy = new AppautoscalingPolicy(scope, "scaling-policy", {
    name: "cpu-target-tracking",
    policyType: "TargetTrackingScaling",
    serviceNamespace: target.serviceNamespace,
    scalableDimension: target.scalableDimension,
    resourceId: target.resourceId,
    targetTrackingScalingPolicyConfiguration: {
      targetValue: service.capacity.targetCpuPercent,
      predefinedMetricSpecification: { predefinedMetricType: "ECSServiceAverageCPUUtilization" },
      scaleInCooldown: 300,
      scaleOutCooldown: 60,
    },
  });
  return { target, policy };
}
