import { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { Construct } from "constructs";
import { physicalName } from "../../../naming/physical-name";

/** A private DNS zone linked to the VNet, and a private endpoint registered in it. */
export interface AzurePrivateLink {
  /** The private DNS zone (e.g. `privatelink.vaultcore.azure.net`). */
  readonly zone: PrivateDnsZone;
  /** Its link to the VNet. */
  readonly link: PrivateDnsZoneVirtualNetworkLink;
  /** The private endpoint, with its records in {@link zone}. */
  readonly endpoint: PrivateEndpoint;
}

/** Where a datacentre's private endpoints go. */
export interface PrivateLinkPlacement {
  /** Service name, for physical names. */
  readonly serviceName: string;
  /** Azure region. */
  readonly region: string;
  /** Resource group of the zone, link and endpoint. */
  readonly resourceGroupName: string;
  /** The VNet the zone is linked to. */
  readonly vnet: VirtualNetwork;
  /** The private-endpoint subnet. */
  readonly subnet: Subnet;
  /** The subnet's NSG association, which the endpoint waits for. */
  readonly subnetNsgAssociation: SubnetNetworkSecurityGroupAssociation;
}

/**
 * Creates a private endpoint for `subresource` of `resourceId`, with a
 * private DNS zone `zoneName` linked to the VNet (IDs `<kind>-dns-zone`,
 * `<kind>-dns-link`, `<kind>-endpoint`). Container Apps is not a Key Vault
 * trusted service, so the app reaches the vault (secret references, the
 * certificate) and the registry (image pulls) through private IPs in the VNet.
 */
export function createPrivateLink(
  scope: Construct,
  kind: "key-vault" | "registry",
  zoneName: string,
  resourceId: string,
  subresource: string,
  at: PrivateLinkPlacement,
): AzurePrivateLink {
  const rg = at.resourceGroupName;
  const zone = new PrivateDnsZone(scope, `${kind}-dns-zone`, { name: zoneName, resourceGroupName: rg });
  const link = new PrivateDnsZoneVirtualNetworkLink(scope, `${kind}-dns-link`, {
    name: physicalName("privateDnsZoneLinkName", [at.serviceName, at.region, kind]),
    resourceGroupName: rg,
    privateDnsZoneName: zone.name,
    virtualNetworkId: at.vnet.id,
    registrationEnabled: false,
  });
  const endpoint = new PrivateEndpoint(scope, `${kind}-endpoint`, {
    name: physicalName("privateEndpointName", [at.serviceName, at.region, kind]),
    location: at.region,
    resourceGroupName: rg,
    subnetId: at.subnet.id,
    privateServiceConnection: { name: kind, privateConnectionResourceId: resourceId, subresourceNames: [subresource], isManualConnection: false },
    privateDnsZoneGroup: { name: kind, privateDnsZoneIds: [zone.id] },
    dependsOn: [at.subnetNsgAssociation],
  });
  return { zone, link, endpoint };
}
