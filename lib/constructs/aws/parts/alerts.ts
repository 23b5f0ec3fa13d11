import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target";
import { CloudwatchMetricAlarm, CloudwatchMetricAlarmConfig } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { AwsAlertTopic } from "../aws-alert-topic";

/** Percentage of 5xx answers, over a minute, that counts as a failing minute. */
export const AWS_5XX_RATE_PERCENT = 5;

/** What one AWS datacentre alarms on, and where it notifies. */
export interface AwsDatacentreAlerts {
  /** The datacentre's alert topic (encrypted with its own key). */
  readonly topic: AwsAlertTopic;
  /** The alarms, by construct ID: `alarm-5xx-rate`, `alarm-unhealthy-targets`, `alarm-running-tasks`. */
  readonly alarms: Readonly<Record<string, CloudwatchMetricAlarm>>;
  /** EventBridge rule on the service's task-start and deployment failures. */
  readonly taskFailureRule: CloudwatchEventRule;
  /** The rule's target: the alert topic. */
  readonly taskFailureTarget: CloudwatchEventTarget;
}

/** The edge and workload the alarms watch. */
export interface AwsAlertInputs {
  /** The load balancer. */
  readonly loadBalancer: Lb;
  /** The tasks' target group. */
  readonly targetGroup: LbTargetGroup;
  /** The ECS cluster. */
  readonly cluster: EcsCluster;
  /** The Fargate service. */
  readonly ecsService: EcsService;
}

/**
 * The datacentre's own alarms, into its own encrypted SNS topic (IDs under
 * `alerts`): the edge's 5xx rate (load balancer and target 5xx against
 * requests), unhealthy targets, fewer running tasks than the minimum (Container
 * Insights), and an EventBridge rule on ECS's `SERVICE_TASK_START_IMPAIRED` and
 * `SERVICE_DEPLOYMENT_FAILED` events for the service: a workload that cannot start.
 */
export function createDatacentreAlerts(scope: Construct, service: ServiceModel, datacentre: DatacentreModel, inputs: AwsAlertInputs): AwsDatacentreAlerts {
  const alerts = new Construct(scope, "alerts");
  const name = service.name;
  const topic = new AwsAlertTopic(alerts, "topic", { nameParts: [name, "alerts"], purpose: `${name} in ${datacentre.region.name}: alarms`, alerts: service.alerts, eventBridge: true });
  const notify = { alarmActions: [topic.topicArn], okActions: [topic.topicArn] };
  const lb = { LoadBalancer: inputs.loadBalancer.arnSuffix };
  const elbMetric = (id: string, metricName: string) => ({ id, metric: { namespace: "AWS/ApplicationELB", metricName, dimensions: lb, period: 60, stat: "Sum" } });
  const alarm = (id: string, config: Omit<CloudwatchMetricAlarmConfig, "alarmName" | "alarmActions" | "okActions">): CloudwatchMetricAlarm =>
    new CloudwatchMetricAlarm(alerts, `alarm-${id}`, { alarmName: physicalName("cloudwatchAlarmName", [name, id]), ...notify, ...config });

  const alarms: Record<string, CloudwatchMetricAlarm> = {};
  alarms["alarm-5xx-rate"] = alarm("5xx-rate", {
    alarmDescription: `More than ${AWS_5XX_RATE_PERCENT}% of ${datacentre.endpointHostname}'s answers were 5xx (load balancer or target) in 3 of the last 5 minutes.`,
    comparisonOperator: "GreaterThanThreshold",
    threshold: AWS_5XX_RATE_PERCENT,
    evaluationPeriods: 5,
    datapointsToAlarm: 3,
    treatMissingData: "notBreaching",
    metricQuery: [
      elbMetric("elb5xx", "HTTPCode_ELB_5XX_Count"),
      elbMetric("target5xx", "HTTPCode_Target_5XX_Count"),
      elbMetric("requests", "RequestCount"),
      // RequestCount leaves out requests the load balancer answered without a target, so those 5xx are added back.
      { id: "rate", expression: "100 * (FILL(elb5xx, 0) + FILL(target5xx, 0)) / (FILL(requests, 0) + FILL(elb5xx, 0))", label: "5xx percent", returnData: true },
    ],
  });
  alarms["alarm-unhealthy-targets"] = alarm("unhealthy-targets", {
    alarmDescription: `The load balancer of ${datacentre.endpointHostname} has seen an unhealthy target for 3 minutes.`,
    namespace: "AWS/ApplicationELB",
    metricName: "UnHealthyHostCount",
    dimensions: { ...lb, TargetGroup: inputs.targetGroup.arnSuffix },
    statistic: "Maximum",
    period: 60,
    evaluationPeriods: 3,
    threshold: 0,
    comparisonOperator: "GreaterThanThreshold",
    treatMissingData: "notBreaching",
  });
  alarms["alarm-running-tasks"] = alarm("running-tasks", {
    alarmDescription: `Fewer than ${datacentre.minInstances} tasks (the minimum) have run in ${datacentre.key} for 5 minutes: tasks are failing to start or stay up.`,
    namespace: "ECS/ContainerInsights",
    metricName: "RunningTaskCount",
    dimensions: { ClusterName: inputs.cluster.name, ServiceName: inputs.ecsService.name },
    statistic: "Maximum",
    period: 60,
    evaluationPeriods: 5,
    threshold: datacentre.minInstances,
    comparisonOperator: "LessThanThreshold",
    treatMissingData: "breaching",
  });

  const taskFailureRule = new CloudwatchEventRule(alerts, "task-failure-rule", {
    name: physicalName("eventRuleName", [name, "task-failures"]),
    description: `ECS cannot start ${name}'s tasks, or a deployment failed, in ${datacentre.region.name}.`,
    // jsonencode, not JSON.stringify: the pattern embeds a reference, and `synth --hcl` must write valid HCL.
    eventPattern: Fn.jsonencode({
      source: ["aws.ecs"],
      "detail-type": ["ECS Service Action", "ECS Deployment State Change"],
      resources: [inputs.ecsService.arn],
      detail: { eventName: ["SERVICE_TASK_START_IMPAIRED", "SERVICE_DEPLOYMENT_FAILED"] },
    }),
  });
  const taskFailureTarget = new CloudwatchEventTarget(alerts, "task-failure-target", { rule: taskFailureRule.name, arn: topic.topicArn, targetId: "alert-topic" });
  return { topic, alarms, taskFailureRule, taskFailureTarget };
}
