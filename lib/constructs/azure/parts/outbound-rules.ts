import { NetworkSecurityGroupSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-group";
import { OutboundRule, outboundPorts } from "../../../model/service-model";

/** The Azure-provided DNS and platform address, which Microsoft says never to deny outbound. */
export const AZURE_PLATFORM_ADDRESS = "168.63.129.16";

/** First priority of the declared `network.allowOutbound` rules (one per entry, in order). */
const DECLARED_PRIORITY = 200;

/** Priority of the deny of everything else to the internet. */
export const OUTBOUND_DENY_PRIORITY = 4000;

/** Service tags on TCP 443 from Microsoft's outbound table for a workload-profiles environment, in its order. */
const PLATFORM_SERVICE_TAGS: readonly (readonly [name: string, tag: string, why: string])[] = [
  ["allow-mcr-outbound", "MicrosoftContainerRegistry", "Microsoft Container Registry, where the platform's system containers come from"],
  ["allow-afd-first-party-outbound", "AzureFrontDoor.FirstParty", "a dependency of the MicrosoftContainerRegistry service tag"],
  ["allow-entra-id-outbound", "AzureActiveDirectory", "managed identity tokens (the app pulls images and reads Key Vault with its identity)"],
  ["allow-azure-monitor-outbound", "AzureMonitor", "Azure Monitor (the environment sends its logs to Log Analytics)"],
];

function outboundRule(name: string, priority: number, access: "Allow" | "Deny", protocol: string, source: string, destination: string, ports: string, description: string): NetworkSecurityGroupSecurityRule {
  return {
    name,
    priority,
    direction: "Outbound",
    access,
    protocol,
    sourceAddressPrefix: source,
    sourcePortRange: "*",
    destinationAddressPrefix: destination,
    destinationPortRange: ports,
    description,
  };
}

/**
 * The apps NSG's outbound rules, the egress allow-list. First Microsoft's
 * outbound table for a workload-profiles environment
 * (container-apps/firewall-integration): Azure DNS on 53 (TCP and UDP), the
 * subnet to itself, and TCP 443 to the `MicrosoftContainerRegistry`,
 * `AzureFrontDoor.FirstParty`, `AzureActiveDirectory` and `AzureMonitor`
 * service tags; then TCP 443 anywhere, as on every cloud; then each
 * `network.allowOutbound` entry; then a deny of everything else to the
 * `Internet` service tag. The registry and vault are reached through private
 * endpoints in the VNet (`AllowVnetOutBound`), so the table's registry and
 * `Storage.<Region>` rows need no rule (docs/azure.md).
 */
export function outboundAllowList(appsCidr: string, outbound: readonly OutboundRule[]): NetworkSecurityGroupSecurityRule[] {
  return [
    outboundRule("allow-azure-dns-outbound", 100, "Allow", "*", appsCidr, AZURE_PLATFORM_ADDRESS, "53", "Azure DNS, TCP and UDP (Microsoft: never deny it outbound)"),
    outboundRule("allow-subnet-outbound", 110, "Allow", "*", appsCidr, appsCidr, "*", "Communication between IPs in the Container Apps subnet"),
    ...PLATFORM_SERVICE_TAGS.map(([name, tag, why], i) => outboundRule(name, 120 + 10 * i, "Allow", "Tcp", appsCidr, tag, "443", `HTTPS to ${tag}: ${why}`)),
    outboundRule("allow-https-outbound", 160, "Allow", "Tcp", appsCidr, "*", "443", "HTTPS anywhere, as on every cloud: the service's own dependencies"),
    ...outbound.map((r, i) =>
      outboundRule(
        `allow-outbound-${i + 1}`,
        DECLARED_PRIORITY + i,
        "Allow",
        r.protocol === "tcp" ? "Tcp" : "Udp",
        appsCidr,
        r.cidr,
        outboundPorts(r),
        `network.allowOutbound: ${r.description}`,
      ),
    ),
    outboundRule("deny-other-outbound-to-internet", OUTBOUND_DENY_PRIORITY, "Deny", "*", "*", "Internet", "*", "Nothing else leaves for the internet (network.allowOutbound declares more)"),
  ];
}
