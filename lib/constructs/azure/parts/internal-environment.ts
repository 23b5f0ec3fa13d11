import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { NetworkSecurityGroupSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-group";
import { PrivateDnsARecord } from "@cdktf/provider-azurerm/lib/private-dns-a-record";
import { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { inboundRule } from "./gateway-network";

/** TTL of the environment's private records. */
export const ENVIRONMENT_PRIVATE_RECORD_TTL = 300;

/** Ports the environment's edge proxy answers on behind its internal load balancer (Microsoft's NSG table for workload profiles). */
export const ENVIRONMENT_EDGE_PORTS = { http: "80,31080", https: "443,31443" } as const;

/** Ports the Azure load balancer probes the environment's nodes on. */
export const ENVIRONMENT_LOAD_BALANCER_PORTS = "30000-32767";

/** The private DNS that makes the internal environment's default domain resolve inside the VNet. */
export interface EnvironmentPrivateDns {
  /** Zone named after the environment's default domain. */
  readonly zone: PrivateDnsZone;
  /** `*` and `@` A records to the environment's static (internal) IP. */
  readonly records: readonly PrivateDnsARecord[];
  /** Link of {@link zone} to the VNet. */
  readonly link: PrivateDnsZoneVirtualNetworkLink;
}

/**
 * Creates the private DNS zone of an internal environment (IDs
 * `environment-dns-zone`, `environment-dns-wildcard`, `environment-dns-apex`,
 * `environment-dns-link`), as Microsoft's "Protect Azure Container Apps with
 * Application Gateway" steps do: a zone named after the default domain, `*`
 * and `@` pointing at the static IP, linked to the VNet so the gateway
 * resolves the app's default FQDN to the internal load balancer.
 */
export function createEnvironmentPrivateDns(scope: Construct, service: ServiceModel, region: string, resourceGroupName: string, vnet: VirtualNetwork, environment: ContainerAppEnvironment): EnvironmentPrivateDns {
  const zone = new PrivateDnsZone(scope, "environment-dns-zone", { name: environment.defaultDomain, resourceGroupName });
  const record = (id: string, name: string) =>
    new PrivateDnsARecord(scope, id, { name, zoneName: zone.name, resourceGroupName, ttl: ENVIRONMENT_PRIVATE_RECORD_TTL, records: [environment.staticIpAddress] });
  const records = [record("environment-dns-wildcard", "*"), record("environment-dns-apex", "@")];
  const link = new PrivateDnsZoneVirtualNetworkLink(scope, "environment-dns-link", {
    name: physicalName("privateDnsZoneLinkName", [service.name, region, "environment"]),
    resourceGroupName,
    privateDnsZoneName: zone.name,
    virtualNetworkId: vnet.id,
    registrationEnabled: false,
  });
  return { zone, records, link };
}

/**
 * Inbound rules of the environment subnet when it is internal behind the
 * gateway, from Microsoft's table for workload-profiles environments
 * (container-apps/firewall-integration): the gateway subnet as the client on
 * 80/31080 and 443/31443, and AzureLoadBalancer on 30000-32767. No deny rule:
 * Microsoft warns that deny rules above priority 65000 can interrupt the
 * service; the default rules deny the internet, and the environment has no
 * public address.
 */
export function internalEnvironmentInboundRules(gatewayCidr: string, environmentCidr: string): NetworkSecurityGroupSecurityRule[] {
  return [
    inboundRule("allow-https-from-gateway", 100, "Allow", gatewayCidr, environmentCidr, ENVIRONMENT_EDGE_PORTS.https, "HTTPS from the Application Gateway to the environment's edge proxy"),
    inboundRule("allow-http-from-gateway", 110, "Allow", gatewayCidr, environmentCidr, ENVIRONMENT_EDGE_PORTS.http, "HTTP from the Application Gateway (the environment redirects it)"),
    inboundRule("allow-azure-load-balancer", 120, "Allow", "AzureLoadBalancer", environmentCidr, ENVIRONMENT_LOAD_BALANCER_PORTS, "Azure Load Balancer to the environment's nodes"),
  ];
}
