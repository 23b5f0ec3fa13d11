import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { CONTAINER_APPS_WORKLOAD_PROFILE } from "../azure-constants";

/** The environment, its log workspace and the app's identity. */
export interface AzureEnvironment {
  /** Log Analytics workspace for the environment's logs. */
  readonly logAnalytics: LogAnalyticsWorkspace;
  /** The identity the app pulls images and reads secrets and the certificate with. */
  readonly identity: UserAssignedIdentity;
  /** The Container Apps environment. */
  readonly environment: ContainerAppEnvironment;
}

/**
 * Creates the Log Analytics workspace, the user-assigned identity and the
 * VNet-integrated Container Apps environment (IDs `logs`, `identity`,
 * `environment`), zone-redundant where the region has zones. The environment
 * waits for the apps NSG's association with its subnet, not only for the NSG:
 * both update the same delegated subnet, so they must not run in parallel
 * (Azure apply review R2). `internal` gives it no public IP: its
 * static IP is then an address of the apps subnet, reached by the gateway.
 */
export function createEnvironment(
  scope: Construct,
  service: ServiceModel,
  dc: DatacentreModel,
  resourceGroupName: string,
  network: { readonly appsSubnet: Subnet; readonly appsNsgAssociation: SubnetNetworkSecurityGroupAssociation },
  internal: boolean,
): AzureEnvironment {
  const region = dc.region.name;
  const logAnalytics = new LogAnalyticsWorkspace(scope, "logs", {
    name: physicalName("logAnalyticsWorkspaceName", [service.name, region]),
    location: region,
    resourceGroupName,
    sku: "PerGB2018",
    retentionInDays: service.logRetentionDays,
  });
  const identity = new UserAssignedIdentity(scope, "identity", { name: physicalName("userAssignedIdentityName", [service.name, region, "app"]), location: region, resourceGroupName });
  const environment = new ContainerAppEnvironment(scope, "environment", {
    name: physicalName("containerAppEnvironmentName", [service.name, region]),
    location: region,
    resourceGroupName,
    logAnalyticsWorkspaceId: logAnalytics.id,
    logsDestination: "log-analytics",
    infrastructureSubnetId: network.appsSubnet.id,
    internalLoadBalancerEnabled: internal,
    zoneRedundancyEnabled: dc.region.zones > 0,
    workloadProfile: [{ name: CONTAINER_APPS_WORKLOAD_PROFILE, workloadProfileType: "Consumption" }],
    identity: { type: "UserAssigned", identityIds: [identity.id] },
    dependsOn: [network.appsNsgAssociation],
  });
  return { logAnalytics, identity, environment };
}
