import { defineRule, PolicyViolation } from "../../rule";
import { blocks, num, refersTo, str, strings } from "../../values";

function isContainerAppsSubnet(config: Record<string, unknown>): boolean {
  return blocks(config.delegation).some((d) => blocks(d.service_delegation).some((s) => str(s.name) === "Microsoft.App/environments"));
}

/** An outbound rule of `access` on every protocol and port to the internet. */
function everythingToInternet(rule: Record<string, unknown>, access: "Allow" | "Deny"): boolean {
  const destinations = [...strings(rule.destination_address_prefix), ...strings(rule.destination_address_prefixes)];
  return str(rule.direction) === "Outbound" && str(rule.access) === access && destinations.some((d) => ["Internet", "*", "0.0.0.0/0"].includes(d)) &&
    str(rule.destination_port_range) === "*" && str(rule.protocol) === "*";
}

/** The NSG denies everything to the internet, and no allow of everything comes first (a lower priority number). */
function deniesInternetOutbound(rules: Record<string, unknown>[]): boolean {
  const firstAllow = Math.min(...rules.filter((r) => everythingToInternet(r, "Allow")).map((r) => num(r.priority) ?? 0));
  return rules.some((r) => everythingToInternet(r, "Deny") && (num(r.priority) ?? Infinity) < firstAllow);
}

/** The Container Apps subnet's egress is an allow-list: its NSG denies everything else to the internet. */
export const rule = defineRule({
  id: "azure-container-apps-subnet-egress-deny",
  description: "Every subnet delegated to Microsoft.App/environments has an NSG with an Outbound Deny of all protocols and ports to Internet, ahead of any Outbound Allow of all of them.",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_subnet", "azurerm_subnet_network_security_group_association", "azurerm_network_security_group"],
  equivalents: {},
  fix: "associate an NSG with the subnet whose outbound rules allow Azure DNS, the platform service tags, 443 and the declared destinations (network.allowOutbound), then deny * to Internet.",
  checkStack(index) {
    const out: PolicyViolation[] = [];
    for (const subnet of index.ofType("azurerm_subnet").filter((s) => isContainerAppsSubnet(s.config))) {
      const nsgs = index.ofType("azurerm_subnet_network_security_group_association")
        .filter((a) => refersTo(a.config.subnet_id, subnet))
        .flatMap((a) => index.ofType("azurerm_network_security_group").filter((n) => refersTo(a.config.network_security_group_id, n)));
      if (!nsgs.some((n) => deniesInternetOutbound(blocks(n.config.security_rule)))) {
        out.push({ resource: subnet, message: "the Container Apps subnet may send anything to the internet (no NSG denies outbound)" });
      }
    }
    return out;
  },
});
