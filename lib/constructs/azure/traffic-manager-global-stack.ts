import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { globalLayerDnsInputs } from "../global/dns-inputs";
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { ServiceModel } from "../../model/service-model";
import { AZURE_GLOBAL_RESOURCE_PROVIDERS, azureProviderRegistrations } from "./azure-resource-providers";
import { configureAzureState } from "./azure-state-backend";
import { verificationLabelsOf } from "../adapters";
import { globalEndpoints } from "../global/global-endpoint";
import { GlobalStackOptions } from "../global/global-stack-names";
import { TRAFFIC_MANAGER_HOME, trafficManagerStackName } from "./traffic-manager-home";
import { TrafficManagerGlobalLayer } from "./traffic-manager-global-layer";
import { TrafficManagerEndpointAlerts } from "./traffic-manager-endpoint-alerts";
import { GlobalLayerStack } from "../global/global-layer-stack";

/** The Azure side of the global layer in its own stack: Traffic Manager behind Azure DNS answers for the hostname. */
export class TrafficManagerGlobalStack extends GlobalLayerStack {
  /** The stack's only provider. */
  public readonly provider: AzurermProvider;
  /** The profile, its endpoints and the DNS records. */
  public readonly layer: TrafficManagerGlobalLayer;
  /** One metric alert per endpoint, into the layer's action group. */
  public readonly alerts: TrafficManagerEndpointAlerts;

  /**
   * @param scope where the stack goes (DualCloudService puts it under itself)
   * @param service the validated service
   * @param options what the cloud adapters contribute
   */
  constructor(scope: Construct, service: ServiceModel, options: GlobalStackOptions = {}) {
    super(scope, trafficManagerStackName(service), service, TRAFFIC_MANAGER_HOME);
    this.provider = new AzurermProvider(this, "azurerm", { features: [{}], storageUseAzuread: true, ...azureProviderRegistrations(AZURE_GLOBAL_RESOURCE_PROVIDERS) });
    configureAzureState(this, service, this.homeRegion);
    const endpoints = globalEndpoints(service);
    const tags = { ...service.tags, datacentre: "global" };
    this.layer = new TrafficManagerGlobalLayer(this, "traffic-manager", {
      serviceName: service.name,
      domain: service.domain,
      healthCheckPath: service.healthCheckPath,
      zoneName: service.dns.zoneName,
      zoneResourceGroup: service.dns.azureZoneResourceGroup,
      routing: service.routing,
      endpoints,
      ...globalLayerDnsInputs(service),
      verificationLabels: options.verificationLabels ?? verificationLabelsOf(service),
      tags,
    });
    this.alerts = new TrafficManagerEndpointAlerts(this, "alerts", {
      serviceName: service.name,
      resourceGroupName: service.dns.azureZoneResourceGroup,
      endpoints,
      trafficManagerEndpoints: this.layer.endpoints,
      alerts: service.alerts,
      tags,
    });
    this.addSharedOutputs({
      endpointUrlNote: "Azure DNS answers for its hostname (a CNAME to the Traffic Manager profile) in this copy of the zone.",
      nameServers: this.layer.zone.nameServers,
      nameServersDescription: `Name servers of the Azure DNS copy of ${service.dns.zoneName}: list them at the registrar and set them as dns.nameServers.azure so the other clouds' DNS delegates azure.${service.domain}.`,
    });
    new TerraformOutput(this, "endpoint_ids", {
      value: Object.fromEntries(Object.entries(this.layer.endpoints).map(([key, endpoint]) => [key, endpoint.id])),
      description: "Traffic Manager endpoint ID per datacentre.",
    });
    new TerraformOutput(this, "alert_action_group_id", { value: this.alerts.actionGroup.id, description: "Azure Monitor action group every endpoint alert notifies." });
    new TerraformOutput(this, "traffic_manager_fqdn", { value: this.layer.profile.fqdn, description: "The profile's FQDN, the CNAME target of the service hostname in Azure DNS." });
    this.addFailoverOutput(this.layer.failover, "Computed worst-case failover of this layer");
  }
}
