import { defineRule } from "../../rule";
import { internetAllowRules, NSG_TYPES, unknownSourceAllowRules } from "../../helpers/azure-nsg";

/** No network security group admits the internet. */
export const rule = defineRule({
  id: "azure-nsg-no-internet-ingress",
  description: "No network security group rule allows inbound traffic from the internet (*, 0.0.0.0/0, Internet, Any).",
  severity: "error",
  area: "azure",
  resourceTypes: [...NSG_TYPES],
  equivalents: { trivy: ["AVD-AZU-0047"], checkovCaveats: [{ id: "CKV_AZURE_9", kind: "partial", reason: "it fails internet ingress to port 3389 only; it passed the gateway NSG that admits the internet on 443 and 80 (checkov-scan review, section 6)" }, { id: "CKV_AZURE_10", kind: "partial", reason: "it fails internet ingress to port 22 only" }] },
  fix: "restrict source_address_prefix(es) to known ranges or service tags (e.g. AzureLoadBalancer); public traffic enters through the Container Apps ingress.",
  check(r) {
    return [
      ...internetAllowRules(r).map((s) => `rule ${String(s.name)} allows inbound traffic from the internet`),
      ...unknownSourceAllowRules(r).map((u) => `rule ${u} allows inbound traffic from a source only known at apply, so nothing shows it is not the internet`),
    ];
  },
});
