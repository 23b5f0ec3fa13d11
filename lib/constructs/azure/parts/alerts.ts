import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { ContainerApp } from "@cdktf/provider-azurerm/lib/container-app";
import { MonitorActionGroup } from "@cdktf/provider-azurerm/lib/monitor-action-group";
import { MonitorMetricAlert, MonitorMetricAlertCriteria } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { createActionGroup } from "../azure-action-group";

/** 5xx answers in five minutes (Container Apps requests, or gateway responses) that raise an alert; Azure metric alerts cannot divide one metric by another. */
export const AZURE_5XX_PER_FIVE_MINUTES = 25;
/** Replica restarts in five minutes that raise an alert: a crash-looping or unready container. */
export const AZURE_RESTARTS_PER_FIVE_MINUTES = 2;

/** What one Azure datacentre alerts on, and where it notifies. */
export interface AzureDatacentreAlerts {
  /** The datacentre's action group (from the foundation stage). */
  readonly actionGroup: MonitorActionGroup;
  /** The metric alerts, by construct ID (`alert-<what>`); none at the foundation stage. */
  readonly alerts: Readonly<Record<string, MonitorMetricAlert>>;
}

/** What there is to watch at the datacentre's stage. */
export interface AzureAlertInputs {
  /** The datacentre's resource group. */
  readonly resourceGroupName: string;
  /** The container app, from the workload stage. */
  readonly containerApp?: ContainerApp;
  /** The WAF gateway, with gateway ingress from the serving stage. */
  readonly applicationGateway?: ApplicationGateway;
}

/**
 * The datacentre's own alerts, into its own action group (IDs under
 * `alerts`): the container app's 5xx answers, replica restarts and fewer
 * replicas than the minimum (a revision that cannot start), and with gateway
 * ingress the gateway's unhealthy backends and 5xx responses.
 */
export function createDatacentreAlerts(scope: Construct, service: ServiceModel, datacentre: DatacentreModel, inputs: AzureAlertInputs): AzureDatacentreAlerts {
  const alertsScope = new Construct(scope, "alerts");
  const region = datacentre.region.name;
  const actionGroup = createActionGroup(alertsScope, "action-group", { nameParts: [service.name, region, "alerts"], resourceGroupName: inputs.resourceGroupName, alerts: service.alerts });
  const alerts: Record<string, MonitorMetricAlert> = {};
  const alert = (what: string, target: string, description: string, criteria: MonitorMetricAlertCriteria): void => {
    alerts[`alert-${what}`] = new MonitorMetricAlert(alertsScope, `alert-${what}`, {
      name: physicalName("metricAlertName", [service.name, region, what]),
      resourceGroupName: inputs.resourceGroupName,
      scopes: [target],
      description,
      severity: 2,
      frequency: "PT1M",
      windowSize: "PT5M",
      autoMitigate: true,
      criteria: [criteria],
      action: [{ actionGroupId: actionGroup.id }],
    });
  };

  const app = inputs.containerApp;
  if (app) {
    const appMetric = { metricNamespace: "Microsoft.App/containerApps" };
    alert("5xx", app.id, `The container app answered more than ${AZURE_5XX_PER_FIVE_MINUTES} requests with 5xx in five minutes in ${datacentre.key}.`, {
      ...appMetric, metricName: "Requests", aggregation: "Total", operator: "GreaterThan", threshold: AZURE_5XX_PER_FIVE_MINUTES,
      dimension: [{ name: "statusCodeCategory", operator: "Include", values: ["5xx"] }],
    });
    alert("restarts", app.id, `Replicas of the container app restarted more than ${AZURE_RESTARTS_PER_FIVE_MINUTES} times in five minutes in ${datacentre.key}: the container is crashing or failing its probes.`, {
      ...appMetric, metricName: "RestartCount", aggregation: "Total", operator: "GreaterThan", threshold: AZURE_RESTARTS_PER_FIVE_MINUTES,
    });
    alert("replicas", app.id, `Fewer than ${datacentre.minInstances} replicas (the minimum) ran for five minutes in ${datacentre.key}: the revision cannot start.`, {
      ...appMetric, metricName: "Replicas", aggregation: "Maximum", operator: "LessThan", threshold: datacentre.minInstances,
    });
  }
  const gateway = inputs.applicationGateway;
  if (gateway) {
    const gatewayMetric = { metricNamespace: "Microsoft.Network/applicationGateways" };
    alert("unhealthy-backends", gateway.id, `The WAF gateway of ${datacentre.endpointHostname} has seen an unhealthy backend for five minutes.`, {
      ...gatewayMetric, metricName: "UnhealthyHostCount", aggregation: "Maximum", operator: "GreaterThan", threshold: 0,
    });
    alert("gateway-5xx", gateway.id, `The WAF gateway of ${datacentre.endpointHostname} answered more than ${AZURE_5XX_PER_FIVE_MINUTES} requests with 5xx in five minutes.`, {
      ...gatewayMetric, metricName: "ResponseStatus", aggregation: "Total", operator: "GreaterThan", threshold: AZURE_5XX_PER_FIVE_MINUTES,
      dimension: [{ name: "HttpStatusGroup", operator: "Include", values: ["5xx"] }],
    });
  }
  return { actionGroup, alerts };
}
