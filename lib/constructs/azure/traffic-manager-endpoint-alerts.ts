import { MonitorActionGroup } from "@cdktf/provider-azurerm/lib/monitor-action-group";
import { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import { TrafficManagerExternalEndpoint } from "@cdktf/provider-azurerm/lib/traffic-manager-external-endpoint";
import { Aspects } from "cdktf";
import { Construct } from "constructs";
import { AlertsModel } from "../../model/alerts";
import { physicalName } from "../../naming/physical-name";
import { GlobalEndpoint } from "../global/global-endpoint";
import { createActionGroup } from "./azure-action-group";
import { AzureTags } from "./azure-tags";

/** Namespace of Traffic Manager profile metrics. */
export const TRAFFIC_MANAGER_METRIC_NAMESPACE = "Microsoft.Network/trafficManagerProfiles";
/** "Endpoint Status by Endpoint": 1 while an endpoint's probes succeed, 0 otherwise; dimension `EndpointName`. */
export const TRAFFIC_MANAGER_ENDPOINT_STATUS_METRIC = "ProbeAgentCurrentEndpointStateByProfileResourceId";

/** Props of {@link TrafficManagerEndpointAlerts}. */
export interface TrafficManagerEndpointAlertsProps {
  /** Service name, the first part of every name. */
  readonly serviceName: string;
  /** Resource group of the profile; the action group and alerts go there too. */
  readonly resourceGroupName: string;
  /** Every endpoint the layer probes (every datacentre of every cloud). */
  readonly endpoints: readonly GlobalEndpoint[];
  /** The layer's external endpoints, by endpoint key (their `profile_id` is the profile the metric comes from). */
  readonly trafficManagerEndpoints: Readonly<Record<string, TrafficManagerExternalEndpoint>>;
  /** Who is notified. */
  readonly alerts: AlertsModel;
  /** Tags of the action group and alerts. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * One Azure Monitor metric alert per Traffic Manager endpoint, on the
 * profile's endpoint status metric split by `EndpointName`, into one action
 * group. The endpoints cover every datacentre of every cloud, so a whole-cloud
 * outage of AWS or Google Cloud alerts here. A drained endpoint's alert is
 * disabled.
 */
export class TrafficManagerEndpointAlerts extends Construct {
  /** The action group every alert notifies. */
  public readonly actionGroup: MonitorActionGroup;
  /** One alert per endpoint, by endpoint key. */
  public readonly alerts: Readonly<Record<string, MonitorMetricAlert>>;

  constructor(scope: Construct, id: string, props: TrafficManagerEndpointAlertsProps) {
    super(scope, id);
    Aspects.of(this).add(new AzureTags(props.tags));
    this.actionGroup = createActionGroup(this, "action-group", { nameParts: [props.serviceName, "global", "alerts"], resourceGroupName: props.resourceGroupName, alerts: props.alerts });
    const alerts: Record<string, MonitorMetricAlert> = {};
    for (const endpoint of props.endpoints) {
      alerts[endpoint.key] = new MonitorMetricAlert(this, `endpoint-${endpoint.key}`, {
        name: physicalName("metricAlertName", [props.serviceName, "endpoint", endpoint.key]),
        resourceGroupName: props.resourceGroupName,
        scopes: [props.trafficManagerEndpoints[endpoint.key].profileId],
        description: `Traffic Manager probes of ${endpoint.hostname} (${endpoint.key}) are failing: Traffic Manager has taken it out of its answers.`,
        severity: 1,
        frequency: "PT1M",
        windowSize: "PT1M",
        autoMitigate: true,
        enabled: endpoint.enabled,
        criteria: [
          {
            metricNamespace: TRAFFIC_MANAGER_METRIC_NAMESPACE,
            metricName: TRAFFIC_MANAGER_ENDPOINT_STATUS_METRIC,
            aggregation: "Maximum",
            operator: "LessThan",
            threshold: 1,
            dimension: [{ name: "EndpointName", operator: "Include", values: [endpoint.key] }],
          },
        ],
        action: [{ actionGroupId: this.actionGroup.id }],
      });
    }
    this.alerts = alerts;
  }
}
