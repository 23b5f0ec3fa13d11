import { defineRule, PolicyResource } from "../../rule";
import { blocks, INTERNET_SOURCES, str, strings } from "../../values";

function rulesOf(r: PolicyResource): Record<string, unknown>[] {
  return r.type === "azurerm_network_security_group" ? blocks(r.config.security_rule) : [r.config];
}

/** No network security group admits the internet. */
export const rule = defineRule({
  id: "azure-nsg-no-internet-ingress",
  description: "No network security group rule allows inbound traffic from the internet (*, 0.0.0.0/0, Internet, Any).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_network_security_group", "azurerm_network_security_rule"],
  equivalents: { checkov: ["CKV_AZURE_9", "CKV_AZURE_10"], trivy: ["AVD-AZU-0047"] },
  fix: "restrict source_address_prefix(es) to known ranges or service tags (e.g. AzureLoadBalancer); public traffic enters through the Container Apps ingress.",
  check(r) {
    return rulesOf(r)
      .filter((s) => str(s.direction) === "Inbound" && str(s.access) === "Allow")
      .filter((s) => [...strings(s.source_address_prefix), ...strings(s.source_address_prefixes)].some((p) => INTERNET_SOURCES.includes(p)))
      .map((s) => `rule ${String(s.name)} allows inbound traffic from the internet`);
  },
});
