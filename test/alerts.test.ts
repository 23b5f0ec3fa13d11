import { DualCloudValidationError } from "../lib";
import { resolveServiceModel } from "../lib/validation/resolve-service";
import { EXAMPLE_SERVICE_PROPS } from "../stacks/example-service";
import { BASE_PROPS, buildService, FIVE_DATACENTRES, resourcesOfType, StackJson, synthService } from "./support/synth";
import { describeWithGcp } from "./support/core";

const EMAIL = "orders-oncall@example.com";
const DEFAULT_KEYS = ["aws-us-east-1", "aws-eu-west-1", "azure-eastus", "azure-westeurope"];

function problems(alerts: unknown): { field: string; received: string; allowed: string }[] {
  try {
    resolveServiceModel("orders", "orders", { ...BASE_PROPS, alerts });
  } catch (error) {
    if (error instanceof DualCloudValidationError) return [...error.problems];
    throw error;
  }
  return [];
}

/** Resources of `type` keyed by Terraform name. */
function byName(json: StackJson, type: string): Record<string, StackJson> {
  return (json.resource?.[type] ?? {}) as Record<string, StackJson>;
}

/** The one resource of `type` whose name contains `_<fragment>_`. */
function named(json: StackJson, type: string, fragment: string): [string, StackJson] {
  const hits = Object.entries(byName(json, type)).filter(([n]) => n.includes(`_${fragment}_`));
  expect(hits).toHaveLength(1);
  return hits[0];
}

/** Datacentre keys whose alarm or alert in a global stack names them. */
function alarmedKeys(json: StackJson, type: string, prefix: string): string[] {
  return Object.keys(byName(json, type)).map((n) => DEFAULT_KEYS.concat("gcp-europe-west1").find((k) => n.includes(`${prefix}${k}_`))).filter((k): k is string => k !== undefined).sort();
}

describe("alerts prop", () => {
  describe("given valid alerts", () => {
    it("lower-cases emails and keeps webhook names", () => {
      const model = resolveServiceModel("orders", "orders", { ...BASE_PROPS, alerts: { emails: ["OnCall@Example.com"], webhooks: ["pager_duty"] } });
      expect(model.alerts).toEqual({ emails: ["oncall@example.com"], webhooks: ["pager_duty"] });
    });
    it("defaults to no subscriber", () => {
      expect(resolveServiceModel("orders", "orders", BASE_PROPS).alerts).toEqual({ emails: [], webhooks: [] });
    });
  });

  describe("given invalid alerts", () => {
    it("names the field, the value and what is allowed for a malformed or repeated email", () => {
      expect(problems({ emails: ["not-an-email", "a@example.com", "A@example.com"] })).toEqual([
        expect.objectContaining({ field: "alerts.emails[0]", received: '"not-an-email"', allowed: expect.stringMatching(/email address/) }),
        expect.objectContaining({ field: "alerts.emails[2]", allowed: "each address at most once" }),
      ]);
    });
    it("refuses more than 20 emails, an unknown field and a non-array", () => {
      expect(problems({ emails: Array.from({ length: 21 }, (_, i) => `u${i}@example.com`) })[0]).toMatchObject({ field: "alerts.emails", allowed: "an array of 0 to 20 entries" });
      expect(problems({ email: [EMAIL] })[0]).toMatchObject({ field: "alerts.email", allowed: expect.stringMatching(/no such field/) });
      expect(problems({ emails: EMAIL })[0]).toMatchObject({ field: "alerts.emails" });
    });
    it("refuses a webhook given as a URL without echoing it, and a bad or repeated name", () => {
      const url = "https://hooks.example.com/services/T0K3N-SECRET";
      const [first, ...rest] = problems({ webhooks: [url, "Bad-Name", "ok", "ok"] });
      expect(first.field).toBe("alerts.webhooks[0]");
      expect(JSON.stringify(first)).not.toContain("T0K3N");
      expect(first.allowed).toMatch(/TF_VAR_alert_webhook_<name>/);
      expect(rest).toEqual([
        expect.objectContaining({ field: "alerts.webhooks[1]", received: '"Bad-Name"' }),
        expect.objectContaining({ field: "alerts.webhooks[3]", allowed: "each webhook name at most once" }),
      ]);
    });
  });
});

describe("alerting in the example app (four datacentres, alerts.emails)", () => {
  const { service } = buildService(EXAMPLE_SERVICE_PROPS);
  const stacks = synthService(service);
  const globalAws = stacks["orders-global-aws"];
  const globalAzure = stacks["orders-global-azure"];

  it("alarms on the HealthCheckStatus of each of the four Route 53 health checks, in us-east-1", () => {
    const alarms = byName(globalAws, "aws_cloudwatch_metric_alarm");
    expect(Object.keys(alarms)).toHaveLength(4);
    const [topicName] = named(globalAws, "aws_sns_topic", "topic");
    for (const key of DEFAULT_KEYS) {
      const [checkName] = named(globalAws, "aws_route53_health_check", `health-check-${key}`);
      const [, alarm] = named(globalAws, "aws_cloudwatch_metric_alarm", `health-check-${key}`);
      expect(alarm).toMatchObject({
        provider: "aws.metrics",
        alarm_name: `orders-health-check-${key}`,
        namespace: "AWS/Route53",
        metric_name: "HealthCheckStatus",
        dimensions: { HealthCheckId: `\${aws_route53_health_check.${checkName}.id}` },
        statistic: "Minimum",
        comparison_operator: "LessThanThreshold",
        threshold: 1,
        actions_enabled: true,
        alarm_actions: [`\${aws_sns_topic.${topicName}.arn}`],
        ok_actions: [`\${aws_sns_topic.${topicName}.arn}`],
      });
    }
    expect(globalAws.provider.aws).toEqual(expect.arrayContaining([expect.objectContaining({ alias: "metrics", region: "us-east-1" })]));
  });

  it("publishes to an SNS topic encrypted with a rotated customer-managed key that CloudWatch may use, with the email subscribed", () => {
    const [keyName, key] = named(globalAws, "aws_kms_key", "key");
    expect(key).toMatchObject({ provider: "aws.metrics", enable_key_rotation: true });
    const [, topic] = named(globalAws, "aws_sns_topic", "topic");
    expect(topic).toMatchObject({ provider: "aws.metrics", name: "orders-global-alerts", kms_master_key_id: `\${aws_kms_key.${keyName}.arn}` });
    const keyPolicy = Object.entries(globalAws.data.aws_iam_policy_document as Record<string, StackJson>).find(([n]) => n.includes("_key-policy_"))![1];
    expect(keyPolicy.statement).toContainEqual(expect.objectContaining({
      principals: [{ type: "Service", identifiers: ["cloudwatch.amazonaws.com"] }],
      actions: ["kms:Decrypt", "kms:GenerateDataKey"],
    }));
    expect(resourcesOfType(globalAws, "aws_sns_topic_subscription")).toEqual([expect.objectContaining({ protocol: "email", endpoint: EMAIL, provider: "aws.metrics" })]);
  });

  it("raises a metric alert on each Traffic Manager endpoint's status into an action group that emails", () => {
    const alerts = byName(globalAzure, "azurerm_monitor_metric_alert");
    expect(Object.keys(alerts)).toHaveLength(4);
    const [groupName, group] = named(globalAzure, "azurerm_monitor_action_group", "action-group");
    expect(group).toMatchObject({ name: "orders-global-alerts", short_name: "orders", location: "global", email_receiver: [expect.objectContaining({ email_address: EMAIL, use_common_alert_schema: true })] });
    for (const key of DEFAULT_KEYS) {
      const [endpointName] = named(globalAzure, "azurerm_traffic_manager_external_endpoint", key);
      const [, alert] = named(globalAzure, "azurerm_monitor_metric_alert", `endpoint-${key}`);
      expect(alert).toMatchObject({
        scopes: [`\${azurerm_traffic_manager_external_endpoint.${endpointName}.profile_id}`],
        enabled: true,
        criteria: [{
          metric_namespace: "Microsoft.Network/trafficManagerProfiles",
          metric_name: "ProbeAgentCurrentEndpointStateByProfileResourceId",
          aggregation: "Maximum",
          operator: "LessThan",
          threshold: 1,
          dimension: [{ name: "EndpointName", operator: "Include", values: [key] }],
        }],
        action: [{ action_group_id: `\${azurerm_monitor_action_group.${groupName}.id}` }],
      });
    }
  });

  it("still alerts through the other cloud when a whole cloud is down: each global layer alarms on every datacentre of both clouds", () => {
    expect(alarmedKeys(globalAws, "aws_cloudwatch_metric_alarm", "health-check-")).toEqual([...DEFAULT_KEYS].sort());
    expect(alarmedKeys(globalAzure, "azurerm_monitor_metric_alert", "endpoint-")).toEqual([...DEFAULT_KEYS].sort());
  });

  it("alarms in each AWS datacentre on its 5xx rate, unhealthy targets, running tasks and task-start failures, into its own encrypted topic", () => {
    for (const region of ["us-east-1", "eu-west-1"]) {
      const json = stacks[`orders-aws-${region}`];
      const alarms = resourcesOfType(json, "aws_cloudwatch_metric_alarm");
      expect(alarms.map((a) => a.alarm_name).sort()).toEqual(["orders-5xx-rate", "orders-running-tasks", "orders-unhealthy-targets"]);
      const rate = alarms.find((a) => a.alarm_name === "orders-5xx-rate")!;
      expect(rate.metric_query.map((q: StackJson) => q.metric?.metric_name ?? q.expression)).toEqual([
        "HTTPCode_ELB_5XX_Count", "HTTPCode_Target_5XX_Count", "RequestCount", expect.stringContaining("FILL(elb5xx, 0) + FILL(target5xx, 0)"),
      ]);
      expect(alarms.find((a) => a.alarm_name === "orders-unhealthy-targets")).toMatchObject({ namespace: "AWS/ApplicationELB", metric_name: "UnHealthyHostCount" });
      expect(alarms.find((a) => a.alarm_name === "orders-running-tasks")).toMatchObject({ namespace: "ECS/ContainerInsights", metric_name: "RunningTaskCount", threshold: 3 });
      const [, rule] = named(json, "aws_cloudwatch_event_rule", "task-failure-rule");
      expect(rule.event_pattern).toContain("SERVICE_TASK_START_IMPAIRED");
      const [topicName, topic] = named(json, "aws_sns_topic", "topic");
      expect(topic).toMatchObject({ name: "orders-alerts", kms_master_key_id: expect.stringMatching(/^\$\{aws_kms_key\./) });
      expect(resourcesOfType(json, "aws_cloudwatch_event_target")).toEqual([expect.objectContaining({ arn: `\${aws_sns_topic.${topicName}.arn}` })]);
      expect(resourcesOfType(json, "aws_sns_topic_subscription")).toEqual([expect.objectContaining({ protocol: "email", endpoint: EMAIL })]);
    }
  });

  it("alerts in each Azure datacentre on the app's 5xx, restarts and replicas and the gateway's unhealthy backends and 5xx, into its own action group", () => {
    for (const region of ["eastus", "westeurope"]) {
      const json = stacks[`orders-azure-${region}`];
      const alerts = resourcesOfType(json, "azurerm_monitor_metric_alert");
      expect(alerts.map((a) => `${a.criteria[0].metric_namespace} ${a.criteria[0].metric_name}`).sort()).toEqual([
        "Microsoft.App/containerApps Replicas",
        "Microsoft.App/containerApps Requests",
        "Microsoft.App/containerApps RestartCount",
        "Microsoft.Network/applicationGateways ResponseStatus",
        "Microsoft.Network/applicationGateways UnhealthyHostCount",
      ]);
      const [groupName, group] = named(json, "azurerm_monitor_action_group", "action-group");
      expect(group).toMatchObject({ name: `orders-${region}-alerts`, email_receiver: [expect.objectContaining({ email_address: EMAIL })] });
      for (const alert of alerts) expect(alert.action).toEqual([{ action_group_id: `\${azurerm_monitor_action_group.${groupName}.id}` }]);
    }
  });
});

describeWithGcp("alerting with five datacentres (GCP)", () => {
  const { service } = buildService({ datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" }, alerts: { emails: [EMAIL] } });
  const stacks = synthService(service);

  it("covers the GCP datacentre in both global layers", () => {
    const all = [...DEFAULT_KEYS, "gcp-europe-west1"].sort();
    expect(alarmedKeys(stacks["orders-global-aws"], "aws_cloudwatch_metric_alarm", "health-check-")).toEqual(all);
    expect(alarmedKeys(stacks["orders-global-azure"], "azurerm_monitor_metric_alert", "endpoint-")).toEqual(all);
  });

  it("alerts in the GCP datacentre on the load balancer's and Cloud Run's 5xx ratio and on instances, into an email channel", () => {
    const json = stacks["orders-gcp-europe-west1"];
    const channels = Object.entries(byName(json, "google_monitoring_notification_channel"));
    expect(channels).toHaveLength(1);
    const [[channelName, channel]] = channels;
    expect(channel).toMatchObject({ type: "email", labels: { email_address: EMAIL } });
    const policies = resourcesOfType(json, "google_monitoring_alert_policy");
    expect(policies).toHaveLength(3);
    const filters = policies.map((p) => p.conditions[0].condition_threshold.filter as string);
    expect(filters.some((f) => f.includes('metric.type="loadbalancing.googleapis.com/https/request_count"') && f.includes("response_code_class=500"))).toBe(true);
    expect(filters.some((f) => f.includes('metric.type="run.googleapis.com/request_count"') && f.includes('response_code_class="5xx"'))).toBe(true);
    expect(filters.some((f) => f.includes('metric.type="run.googleapis.com/container/instance_count"'))).toBe(true);
    for (const p of policies) expect(p.notification_channels).toEqual([`\${google_monitoring_notification_channel.${channelName}.id}`]);
  });
});

describeWithGcp("alerts with a webhook", () => {
  const secret = "https://hooks.example.com/services/T0K3N-SECRET-VALUE";
  const previous = process.env.TF_VAR_alert_webhook_oncall;
  process.env.TF_VAR_alert_webhook_oncall = secret;
  const { service } = buildService({ datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" }, alerts: { emails: [EMAIL], webhooks: ["oncall"] } });
  const stacks = synthService(service);
  if (previous === undefined) delete process.env.TF_VAR_alert_webhook_oncall;
  else process.env.TF_VAR_alert_webhook_oncall = previous;

  it("never writes the webhook URL into any synthesized stack", () => {
    for (const json of Object.values(stacks)) {
      expect(JSON.stringify(json)).not.toContain("T0K3N");
      expect(JSON.stringify(json)).not.toContain("hooks.example.com");
    }
  });

  it("declares the URL in every stack as a sensitive variable without a default, and notifies it from every target", () => {
    for (const [name, json] of Object.entries(stacks)) {
      expect({ name, variable: json.variable?.alert_webhook_oncall }).toEqual({ name, variable: expect.objectContaining({ type: "string", sensitive: true, nullable: false }) });
      expect(json.variable.alert_webhook_oncall).not.toHaveProperty("default");
    }
    const ref = "${var.alert_webhook_oncall}";
    expect(resourcesOfType(stacks["orders-global-aws"], "aws_sns_topic_subscription")).toContainEqual(expect.objectContaining({ protocol: "https", endpoint: ref }));
    expect(resourcesOfType(stacks["orders-aws-us-east-1"], "aws_sns_topic_subscription")).toContainEqual(expect.objectContaining({ protocol: "https", endpoint: ref }));
    expect(resourcesOfType(stacks["orders-global-azure"], "azurerm_monitor_action_group")[0].webhook_receiver).toEqual([expect.objectContaining({ name: "webhook-oncall", service_uri: ref })]);
    expect(resourcesOfType(stacks["orders-azure-eastus"], "azurerm_monitor_action_group")[0].webhook_receiver).toEqual([expect.objectContaining({ service_uri: ref })]);
    expect(resourcesOfType(stacks["orders-gcp-europe-west1"], "google_monitoring_notification_channel")).toContainEqual(expect.objectContaining({ type: "webhook_tokenauth", labels: { url: ref } }));
  });
});

describe("alerts left out", () => {
  const { service } = buildService({ datacentres: [{ cloud: "aws", region: "eu-west-1" }, { cloud: "azure", region: "westeurope" }], routing: { policy: "failover" } });
  const stacks = synthService(service);

  it("still creates every alarm and target, without subscribers, and warns", () => {
    const warnings = service.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    expect(warnings).toContainEqual(expect.stringMatching(/alerts is not set, so every alarm notifies nobody/));
    expect(resourcesOfType(stacks["orders-global-aws"], "aws_cloudwatch_metric_alarm")).toHaveLength(2);
    expect(resourcesOfType(stacks["orders-global-aws"], "aws_sns_topic_subscription")).toHaveLength(0);
    expect(resourcesOfType(stacks["orders-global-azure"], "azurerm_monitor_action_group")[0].email_receiver).toEqual([]);
  });

  it("keeps the Route 53 alarms in us-east-1 when the stack's home region is elsewhere", () => {
    const json = stacks["orders-global-aws"];
    expect(json.provider.aws).toEqual([expect.objectContaining({ region: "eu-west-1" }), expect.objectContaining({ alias: "metrics", region: "us-east-1" })]);
    for (const alarm of resourcesOfType(json, "aws_cloudwatch_metric_alarm")) expect(alarm.provider).toBe("aws.metrics");
  });

  it("scopes each endpoint alert to the profile holding the endpoint under failover routing (a pool's child profile)", () => {
    const json = stacks["orders-global-azure"];
    for (const key of ["aws-eu-west-1", "azure-westeurope"]) {
      const [endpointName] = named(json, "azurerm_traffic_manager_external_endpoint", key);
      const [, alert] = named(json, "azurerm_monitor_metric_alert", `endpoint-${key}`);
      expect(alert.scopes).toEqual([`\${azurerm_traffic_manager_external_endpoint.${endpointName}.profile_id}`]);
    }
  });
});

describe("a drained datacentre", () => {
  const { service } = buildService({ datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1", drain: true }, { cloud: "azure", region: "eastus" }], alerts: { emails: [EMAIL] } });
  const stacks = synthService(service);

  it("keeps its global alarms evaluating with their notifications off", () => {
    expect(named(stacks["orders-global-aws"], "aws_cloudwatch_metric_alarm", "health-check-aws-eu-west-1")[1].actions_enabled).toBe(false);
    expect(named(stacks["orders-global-aws"], "aws_cloudwatch_metric_alarm", "health-check-aws-us-east-1")[1].actions_enabled).toBe(true);
    expect(named(stacks["orders-global-azure"], "azurerm_monitor_metric_alert", "endpoint-aws-eu-west-1")[1].enabled).toBe(false);
  });
});
