import { CloudRunV2Service } from "@cdktf/provider-google/lib/cloud-run-v2-service";
import { ComputeUrlMap } from "@cdktf/provider-google/lib/compute-url-map";
import { MonitoringAlertPolicy, MonitoringAlertPolicyConditionsConditionThreshold } from "@cdktf/provider-google/lib/monitoring-alert-policy";
import { MonitoringNotificationChannel } from "@cdktf/provider-google/lib/monitoring-notification-channel";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { alertWebhookUrl } from "../../alert-webhook-variable";
import { alertReceiverId } from "../../alert-receiver-id";

/** Fraction of 5xx answers over a minute, held for three minutes, that raises an alert. */
export const GCP_5XX_RATIO = 0.05;

/** What one GCP datacentre alerts on, and where it notifies. */
export interface GcpDatacentreAlerts {
  /** Notification channels (email, webhook), by receiver ID (`email-<hash>`, `webhook-<name>`). */
  readonly channels: Readonly<Record<string, MonitoringNotificationChannel>>;
  /** Alert policies, by construct ID (`policy-<what>`); none at the foundation stage. */
  readonly policies: Readonly<Record<string, MonitoringAlertPolicy>>;
}

/** What there is to watch at the datacentre's stage. */
export interface GcpAlertInputs {
  /** The Cloud Run service, at the serving stage. */
  readonly cloudRunService?: CloudRunV2Service;
  /** The load balancer's URL map, at the serving stage. */
  readonly urlMap?: ComputeUrlMap;
}

/**
 * The datacentre's own alert policies and notification channels (IDs under
 * `alerts`): the load balancer's 5xx ratio, Cloud Run's 5xx ratio (its
 * backend: a serverless NEG has no health check to report unhealthy backends),
 * and fewer container instances than the minimum (a revision that cannot
 * start). Channels: one email channel per `alerts.emails` entry, one
 * `webhook_tokenauth` channel per webhook whose URL is a sensitive variable.
 */
export function createDatacentreAlerts(scope: Construct, service: ServiceModel, dc: DatacentreModel, inputs: GcpAlertInputs): GcpDatacentreAlerts {
  const alerts = new Construct(scope, "alerts");
  const region = dc.region.name;
  const label = `${service.name} ${region}`;
  const channels: Record<string, MonitoringNotificationChannel> = {};
  for (const email of service.alerts.emails) {
    const id = alertReceiverId("email", email);
    channels[id] = new MonitoringNotificationChannel(alerts, id, { displayName: `${label} alerts: ${email}`, type: "email", labels: { email_address: email } });
  }
  for (const name of service.alerts.webhooks) {
    const id = alertReceiverId("webhook", name);
    channels[id] = new MonitoringNotificationChannel(alerts, id, { displayName: `${label} alerts: webhook ${name}`, type: "webhook_tokenauth", labels: { url: alertWebhookUrl(alerts, name).stringValue } });
  }
  const notificationChannels = Object.values(channels).map((c) => c.id);
  const policies: Record<string, MonitoringAlertPolicy> = {};
  const policy = (what: string, summary: string, condition: MonitoringAlertPolicyConditionsConditionThreshold): void => {
    policies[`policy-${what}`] = new MonitoringAlertPolicy(alerts, `policy-${what}`, {
      displayName: `${label} ${what}`,
      combiner: "OR",
      severity: "ERROR",
      notificationChannels,
      documentation: { content: summary, mimeType: "text/markdown" },
      conditions: [{ displayName: summary, conditionThreshold: condition }],
      alertStrategy: { autoClose: "1800s" },
    });
  };
  const perMinute = (aligner: string) => [{ alignmentPeriod: "60s", perSeriesAligner: aligner, crossSeriesReducer: "REDUCE_SUM" }];
  /** More than GCP_5XX_RATIO of `requests` (a request-count filter) matching the 5xx label, for three minutes. */
  const fiveXxRatio = (requests: string, fiveXxLabel: string): MonitoringAlertPolicyConditionsConditionThreshold => ({
    filter: `${requests} AND metric.label.${fiveXxLabel}`,
    denominatorFilter: requests,
    aggregations: perMinute("ALIGN_RATE"),
    denominatorAggregations: perMinute("ALIGN_RATE"),
    comparison: "COMPARISON_GT",
    thresholdValue: GCP_5XX_RATIO,
    duration: "180s",
    evaluationMissingData: "EVALUATION_MISSING_DATA_INACTIVE",
  });

  if (inputs.urlMap) {
    const lb = `resource.type="https_lb_rule" AND resource.label.url_map_name="${inputs.urlMap.name}" AND metric.type="loadbalancing.googleapis.com/https/request_count"`;
    policy("lb-5xx", `More than ${GCP_5XX_RATIO * 100}% of ${dc.endpointHostname}'s answers at the load balancer were 5xx for three minutes.`, fiveXxRatio(lb, "response_code_class=500"));
  }
  if (inputs.cloudRunService) {
    const run = `resource.type="cloud_run_revision" AND resource.label.service_name="${inputs.cloudRunService.name}" AND resource.label.location="${region}"`;
    const requests = `${run} AND metric.type="run.googleapis.com/request_count"`;
    policy("run-5xx", `More than ${GCP_5XX_RATIO * 100}% of the Cloud Run service's answers in ${region} were 5xx for three minutes.`, fiveXxRatio(requests, 'response_code_class="5xx"'));
    policy("instances", `Fewer than ${dc.minInstances} container instances (the minimum) existed in ${region} for five minutes: the revision cannot start.`, {
      filter: `${run} AND metric.type="run.googleapis.com/container/instance_count"`,
      aggregations: perMinute("ALIGN_MAX"),
      comparison: "COMPARISON_LT",
      thresholdValue: dc.minInstances,
      duration: "300s",
      // No instance reports no data: that is the failure this policy exists for.
      evaluationMissingData: "EVALUATION_MISSING_DATA_ACTIVE",
    });
  }
  return { channels, policies };
}
