import { defineRule } from "../../rule";
import { internetAllowRules, NSG_TYPES } from "../../helpers/azure-nsg";

/** No network security group admits the internet. */
export const rule = defineRule({
  id: "azure-nsg-no-internet-ingress",
  description: "No network security group rule allows inbound traffic from the internet (*, 0.0.0.0/0, Internet, Any).",
  severity: "error",
  area: "azure",
  resourceTypes: [...NSG_TYPES],
  equivalents: { checkov: ["CKV_AZURE_9", "CKV_AZURE_10"], trivy: ["AVD-AZU-0047"] },
  fix: "restrict source_address_prefix(es) to known ranges or service tags (e.g. AzureLoadBalancer); public traffic enters through the Container Apps ingress.",
  check(r) {
    return internetAllowRules(r).map((s) => `rule ${String(s.name)} allows inbound traffic from the internet`);
  },
});
