import { ComputeFirewall } from "@cdktf/provider-google/lib/compute-firewall";
import { ComputeNetwork } from "@cdktf/provider-google/lib/compute-network";
import { Construct } from "constructs";
import { outboundPorts, outboundRuleKey, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { gcpNameParts } from "../gcp-names";

/** Priority of the egress allow rules; lower numbers win in VPC firewall rules. */
export const GCP_EGRESS_ALLOW_PRIORITY = 1000;
/** Priority of the deny-all egress rule: above every allow, below the implied allow-all egress (65535). */
export const GCP_EGRESS_DENY_PRIORITY = 65534;

/**
 * Creates the VPC firewall rules that make the network's egress an
 * allow-list (IDs `egress-https`, `egress-<protocol>-<ports>-<cidr>` per
 * `outbound` entry, `egress-deny-all`): TCP 443 to anywhere and each declared
 * destination are allowed at priority 1000, everything else is denied at
 * 65534, above the implied allow-all egress rule at 65535. Cloud Run's direct
 * VPC egress (`egress = ALL_TRAFFIC`) is subject to these rules (docs/security.md#one-egress-allow-list-on-every-cloud).
 */
export function createEgressFirewall(scope: Construct, network: ComputeNetwork, service: ServiceModel, region: string): ComputeFirewall[] {
  const name = (role: string) => physicalName("computeFirewallName", gcpNameParts(service, region, role));
  const rules = [
    new ComputeFirewall(scope, "egress-https", {
      name: name("egress-https"),
      network: network.id,
      direction: "EGRESS",
      priority: GCP_EGRESS_ALLOW_PRIORITY,
      destinationRanges: ["0.0.0.0/0"],
      allow: [{ protocol: "tcp", ports: ["443"] }],
      description: "HTTPS out through Cloud NAT: Google APIs and the service's own dependencies",
    }),
  ];
  for (const rule of service.outbound) {
    const key = outboundRuleKey(rule);
    rules.push(
      new ComputeFirewall(scope, `egress-${key}`, {
        name: name(`egress-${key}`),
        network: network.id,
        direction: "EGRESS",
        priority: GCP_EGRESS_ALLOW_PRIORITY,
        destinationRanges: [rule.cidr],
        allow: [{ protocol: rule.protocol, ports: [outboundPorts(rule)] }],
        description: `network.allowOutbound: ${rule.description}`,
      }),
    );
  }
  rules.push(
    new ComputeFirewall(scope, "egress-deny-all", {
      name: name("egress-deny-all"),
      network: network.id,
      direction: "EGRESS",
      priority: GCP_EGRESS_DENY_PRIORITY,
      destinationRanges: ["0.0.0.0/0"],
      deny: [{ protocol: "all" }],
      description: "Nothing else leaves the network (network.allowOutbound declares more)",
    }),
  );
  return rules;
}
