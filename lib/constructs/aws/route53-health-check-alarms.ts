import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check";
import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { AlertsModel } from "../../model/alerts";
import { physicalName } from "../../naming/physical-name";
import { GlobalEndpoint } from "../global/global-endpoint";
import { AwsAlertTopic } from "./aws-alert-topic";

/** Region of every Route 53 health-check metric: CloudWatch publishes `AWS/Route53` metrics in us-east-1 only. */
export const ROUTE53_METRICS_REGION = "us-east-1";

/** Props of {@link Route53HealthCheckAlarms}. */
export interface Route53HealthCheckAlarmsProps {
  /** Service name, the first part of every name. */
  readonly serviceName: string;
  /** Every endpoint the layer health-checks (every datacentre of every cloud). */
  readonly endpoints: readonly GlobalEndpoint[];
  /** The layer's health checks, by endpoint key. */
  readonly healthChecks: Readonly<Record<string, Route53HealthCheck>>;
  /** Who is notified. */
  readonly alerts: AlertsModel;
  /** An AWS provider for {@link ROUTE53_METRICS_REGION}, where the alarms and their topic must live. */
  readonly provider: TerraformProvider;
}

/**
 * One CloudWatch alarm per Route 53 health check, on its `HealthCheckStatus`
 * metric (namespace `AWS/Route53`, dimension `HealthCheckId`; 1 healthy, 0
 * unhealthy), into one encrypted SNS topic. Route 53 publishes these metrics
 * in us-east-1 only, so the alarms and the topic use a us-east-1 provider
 * whatever the stack's home region. The health checks cover every datacentre
 * of every cloud, so a whole-cloud outage of Azure or Google Cloud alarms here.
 * A drained endpoint's alarm keeps evaluating with its actions off.
 */
export class Route53HealthCheckAlarms extends Construct {
  /** The topic every alarm notifies. */
  public readonly topic: AwsAlertTopic;
  /** One alarm per endpoint, by endpoint key. */
  public readonly alarms: Readonly<Record<string, CloudwatchMetricAlarm>>;

  constructor(scope: Construct, id: string, props: Route53HealthCheckAlarmsProps) {
    super(scope, id);
    this.topic = new AwsAlertTopic(this, "topic", {
      nameParts: [props.serviceName, "global", "alerts"],
      purpose: `${props.serviceName} Route 53 health-check alarms`,
      alerts: props.alerts,
      provider: props.provider,
    });
    const alarms: Record<string, CloudwatchMetricAlarm> = {};
    for (const endpoint of props.endpoints) {
      alarms[endpoint.key] = new CloudwatchMetricAlarm(this, `health-check-${endpoint.key}`, {
        provider: props.provider,
        alarmName: physicalName("cloudwatchAlarmName", [props.serviceName, "health-check", endpoint.key]),
        alarmDescription: `Route 53 health check of ${endpoint.hostname} (${endpoint.key}) is failing: Route 53 has taken it out of its answers.`,
        namespace: "AWS/Route53",
        metricName: "HealthCheckStatus",
        dimensions: { HealthCheckId: props.healthChecks[endpoint.key].id },
        statistic: "Minimum",
        period: 60,
        evaluationPeriods: 1,
        threshold: 1,
        comparisonOperator: "LessThanThreshold",
        // No data from a health check is itself a failure to report.
        treatMissingData: "breaching",
        actionsEnabled: endpoint.enabled,
        alarmActions: [this.topic.topicArn],
        okActions: [this.topic.topicArn],
      });
    }
    this.alarms = alarms;
  }
}
