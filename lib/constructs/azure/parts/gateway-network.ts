import { NetworkSecurityGroup, NetworkSecurityGroupSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-group";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { subdivide } from "../../../network/cidr";
import { suppressPolicy } from "../../../policy/suppressions";

/**
 * Prefix length of the Application Gateway subnet: Microsoft recommends a /24
 * for the v2 SKU (up to 125 instances, one private address each, plus five
 * Azure reserves). It is the fourth /24 of the datacentre CIDR, after the
 * Container Apps /23 and the /24 holding the private-endpoint /27.
 */
export const GATEWAY_SUBNET_PREFIX = 24;

/** Index of the gateway /24 within the datacentre CIDR. */
export const GATEWAY_SUBNET_INDEX = 3;

/** Ports Azure's infrastructure reaches an Application Gateway v2 on (GatewayManager service tag). */
export const GATEWAY_MANAGER_PORTS = "65200-65535";

/** CIDR of the gateway subnet within a datacentre CIDR: its fourth /24. */
export function gatewaySubnetCidr(datacentreCidr: string): string {
  return subdivide(datacentreCidr, GATEWAY_SUBNET_PREFIX, 1, GATEWAY_SUBNET_INDEX)[0];
}

/** The gateway's subnet, its NSG and its public address. */
export interface GatewayNetwork {
  /** Dedicated subnet of the Application Gateway (nothing else may live in it). */
  readonly subnet: Subnet;
  /** The subnet's CIDR. */
  readonly cidr: string;
  /** NSG with Microsoft's required inbound rules for a v2 gateway, plus 443 and 80 from the internet. */
  readonly nsg: NetworkSecurityGroup;
  /** Association of {@link nsg} with {@link subnet}. */
  readonly nsgAssociation: SubnetNetworkSecurityGroupAssociation;
  /** Standard, static, zone-redundant public IPv4 address of the gateway's frontend. */
  readonly publicIp: PublicIp;
}

/** One inbound NSG rule; `ports` is `*`, a port or range, or a comma-separated list of them. */
export function inboundRule(name: string, priority: number, access: "Allow" | "Deny", source: string, destination: string, ports: string, description: string): NetworkSecurityGroupSecurityRule {
  return {
    name,
    priority,
    direction: "Inbound",
    access,
    protocol: ports === "*" ? "*" : "Tcp",
    sourceAddressPrefix: source,
    sourcePortRange: "*",
    destinationAddressPrefix: destination,
    ...(ports.includes(",") ? { destinationPortRanges: ports.split(",") } : { destinationPortRange: ports }),
    description,
  };
}

/**
 * The gateway subnet's inbound rules, in Microsoft's order for a v2 gateway
 * (application-gateway/configuration-infrastructure, "Allow access to a few
 * source IPs"): the listener ports from the internet, GatewayManager on
 * {@link GATEWAY_MANAGER_PORTS} to any destination, AzureLoadBalancer to any
 * destination, then a deny-all. Outbound keeps the default rules: the gateway
 * must reach the internet.
 */
export function gatewayInboundRules(gatewayCidr: string): NetworkSecurityGroupSecurityRule[] {
  return [
    inboundRule("allow-https-from-internet", 100, "Allow", "Internet", gatewayCidr, "443", "HTTPS to the gateway's listener"),
    inboundRule("allow-http-from-internet", 110, "Allow", "Internet", gatewayCidr, "80", "HTTP to the gateway, only ever redirected to HTTPS"),
    inboundRule("allow-gateway-manager", 120, "Allow", "GatewayManager", "*", GATEWAY_MANAGER_PORTS, "Azure infrastructure communication, required for Application Gateway v2"),
    inboundRule("allow-azure-load-balancer", 130, "Allow", "AzureLoadBalancer", "*", "*", "Azure Load Balancer probes, required for Application Gateway"),
    inboundRule("deny-other-inbound", 4000, "Deny", "*", "*", "*", "Nothing else reaches the gateway subnet"),
  ];
}

/**
 * Creates the gateway's network in `scope` (IDs `gateway-subnet`,
 * `gateway-nsg`, `gateway-nsg-association`, `gateway-public-ip`). Deployed
 * with the foundation, so the endpoint record can point at the address before
 * the gateway exists.
 */
export function createGatewayNetwork(scope: Construct, service: ServiceModel, dc: DatacentreModel, resourceGroupName: string, vnet: VirtualNetwork): GatewayNetwork {
  const region = dc.region.name;
  const cidr = gatewaySubnetCidr(dc.cidr);
  const subnet = new Subnet(scope, "gateway-subnet", {
    name: physicalName("subnetName", ["application-gateway"]),
    resourceGroupName,
    virtualNetworkName: vnet.name,
    addressPrefixes: [cidr],
  });
  const nsg = new NetworkSecurityGroup(scope, "gateway-nsg", {
    name: physicalName("networkSecurityGroupName", [service.name, region, "gateway"]),
    location: region,
    resourceGroupName,
    securityRule: gatewayInboundRules(cidr),
  });
  suppressPolicy(
    nsg,
    "azure-nsg-no-internet-ingress",
    "The Application Gateway is the datacentre's public entry: HTTPS on 443 behind its WAF, and 80 only to redirect; azure-nsg-internet-ingress-web-ports-only still guards every other port.",
  );
  const nsgAssociation = new SubnetNetworkSecurityGroupAssociation(scope, "gateway-nsg-association", { subnetId: subnet.id, networkSecurityGroupId: nsg.id });
  const publicIp = new PublicIp(scope, "gateway-public-ip", {
    name: physicalName("publicIpName", [service.name, region, "gateway"]),
    location: region,
    resourceGroupName,
    sku: "Standard",
    allocationMethod: "Static",
    ipVersion: "IPv4",
    // The gateway's frontend TCP idle timeout: closes idle client connections after edge.keepAliveSeconds (docs/failover.md).
    idleTimeoutInMinutes: service.edge.keepAliveSeconds / 60,
    ...(dc.region.zones > 0 ? { zones: zoneList(dc.region.zones) } : {}),
  });
  return { subnet, cidr, nsg, nsgAssociation, publicIp };
}

/** Zone names `1`..`n` of a region with `n` availability zones. */
export function zoneList(zones: number): string[] {
  return Array.from({ length: zones }, (_, i) => String(i + 1));
}
