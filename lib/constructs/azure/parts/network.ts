import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { Construct } from "constructs";
import { OutboundRule } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { suppressPolicy } from "../../../policy/suppressions";
import { subdivide } from "../../../network/cidr";
import { inboundRule } from "./gateway-network";
import { outboundAllowList } from "./outbound-rules";
import { internalEnvironmentInboundRules } from "./internal-environment";
import { CONTAINER_APPS_SUBNET_PREFIX, PRIVATE_ENDPOINT_SUBNET_PREFIX } from "../azure-constants";

/** The VNet, its two subnets and their NSGs. */
export interface AzureNetwork {
  /** The VNet, address space = the datacentre CIDR. */
  readonly vnet: VirtualNetwork;
  /** The Container Apps infrastructure subnet, delegated to Microsoft.App/environments. */
  readonly appsSubnet: Subnet;
  /** The apps subnet's NSG: the gateway's ports and the Azure load balancer (or, with direct ingress, 443 and 80 from the internet) in; the egress allow-list out. */
  readonly appsNsg: NetworkSecurityGroup;
  /** The apps NSG's association with the apps subnet, which the environment waits for. */
  readonly appsNsgAssociation: SubnetNetworkSecurityGroupAssociation;
  /** The subnet holding the private endpoints. */
  readonly endpointsSubnet: Subnet;
  /** The endpoints subnet's NSG: 443 in from the virtual network, nothing else. */
  readonly endpointsNsg: NetworkSecurityGroup;
  /** The endpoints NSG's association, which private endpoints wait for. */
  readonly endpointsNsgAssociation: SubnetNetworkSecurityGroupAssociation;
}

/**
 * Creates the datacentre network in `resourceGroupName` (IDs `vnet`,
 * `apps-subnet`, `apps-nsg`, `apps-nsg-association`, `endpoints-subnet`,
 * `endpoints-nsg`, `endpoints-nsg-association`): the datacentre CIDR, with the
 * environment's delegated subnet first and the private endpoints' subnet right
 * after it. The VNet sets no DNS servers: Azure-provided DNS answers, so
 * private zones linked to it apply to the environment. With `gatewayCidr` the
 * apps NSG carries Microsoft's inbound rules for an internal environment
 * behind that gateway subnet; without it (`azure.ingress: "direct"`), 443 and
 * 80 from the internet, which Microsoft says an external workload-profiles
 * environment does not route through the subnet (docs/azure.md). Outbound,
 * the apps NSG carries the egress allow-list (`outboundAllowList`).
 */
export function createNetwork(scope: Construct, serviceName: string, region: string, cidr: string, resourceGroupName: string, outbound: readonly OutboundRule[], gatewayCidr?: string): AzureNetwork {
  const rg = resourceGroupName;
  const vnet = new VirtualNetwork(scope, "vnet", { name: physicalName("virtualNetworkName", [serviceName, region]), location: region, resourceGroupName: rg, addressSpace: [cidr] });
  const [appsCidr] = subdivide(cidr, CONTAINER_APPS_SUBNET_PREFIX, 1);
  const [endpointsCidr] = subdivide(cidr, PRIVATE_ENDPOINT_SUBNET_PREFIX, 1, 2 ** (PRIVATE_ENDPOINT_SUBNET_PREFIX - CONTAINER_APPS_SUBNET_PREFIX));
  const appsSubnet = new Subnet(scope, "apps-subnet", {
    name: physicalName("subnetName", ["container-apps"]),
    resourceGroupName: rg,
    virtualNetworkName: vnet.name,
    addressPrefixes: [appsCidr],
    delegation: [{ name: "container-apps", serviceDelegation: { name: "Microsoft.App/environments", actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] } }],
  });
  const appsNsg = new NetworkSecurityGroup(scope, "apps-nsg", {
    name: physicalName("networkSecurityGroupName", [serviceName, region, "apps"]),
    location: region,
    resourceGroupName: rg,
    securityRule: [...(gatewayCidr !== undefined ? internalEnvironmentInboundRules(gatewayCidr, appsCidr) : directIngressRules(appsCidr)), ...outboundAllowList(appsCidr, outbound)],
  });
  if (gatewayCidr === undefined) {
    suppressPolicy(
      appsNsg,
      "azure-nsg-no-internet-ingress",
      "azure.ingress is direct: the Container Apps environment's public ingress serves the service over HTTPS (443, and 80 only to redirect); azure-nsg-internet-ingress-web-ports-only still guards every other port.",
    );
  }
  const appsNsgAssociation = new SubnetNetworkSecurityGroupAssociation(scope, "apps-nsg-association", { subnetId: appsSubnet.id, networkSecurityGroupId: appsNsg.id });
  const endpointsSubnet = new Subnet(scope, "endpoints-subnet", {
    name: physicalName("subnetName", ["private-endpoints"]),
    resourceGroupName: rg,
    virtualNetworkName: vnet.name,
    addressPrefixes: [endpointsCidr],
    privateEndpointNetworkPolicies: "Enabled",
    defaultOutboundAccessEnabled: false,
  });
  const endpointsNsg = new NetworkSecurityGroup(scope, "endpoints-nsg", {
    name: physicalName("networkSecurityGroupName", [serviceName, region, "endpoints"]),
    location: region,
    resourceGroupName: rg,
    securityRule: [
      inboundRule("allow-https-from-vnet", 100, "Allow", "VirtualNetwork", endpointsCidr, "443", "HTTPS to the vault and registry endpoints from the VNet (the environment, or operators on a peered network)"),
      inboundRule("deny-other-inbound", 4000, "Deny", "*", "*", "*", "Nothing else reaches the private endpoints"),
    ],
  });
  const endpointsNsgAssociation = new SubnetNetworkSecurityGroupAssociation(scope, "endpoints-nsg-association", {
    subnetId: endpointsSubnet.id,
    networkSecurityGroupId: endpointsNsg.id,
  });
  return { vnet, appsSubnet, appsNsg, appsNsgAssociation, endpointsSubnet, endpointsNsg, endpointsNsgAssociation };
}

/** The apps NSG's rules with `azure.ingress: "direct"` (unchanged from before the gateway). */
function directIngressRules(appsCidr: string) {
  return [
    inboundRule("allow-https-from-internet", 100, "Allow", "Internet", appsCidr, "443", "HTTPS to the environment's ingress"),
    inboundRule("allow-http-from-internet", 110, "Allow", "Internet", appsCidr, "80", "HTTP, only ever redirected to HTTPS (allow_insecure_connections is false)"),
    inboundRule("deny-other-from-internet", 4000, "Deny", "Internet", "*", "*", "Nothing else from the internet"),
  ];
}
