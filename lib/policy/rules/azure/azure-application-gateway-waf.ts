import { defineRule } from "../../rule";
import { bool, firstBlock, str, unknownProblem } from "../../values";

/** Every Application Gateway runs the WAF_v2 tier with a WAF policy. */
export const rule = defineRule({
  id: "azure-application-gateway-waf",
  description: "Every Application Gateway has sku.tier = WAF_v2 and a firewall_policy_id (or an enabled waf_configuration).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_application_gateway"],
  equivalents: { checkovCaveats: [{ id: "CKV_AZURE_120", kind: "partial", reason: "it passes a gateway whose attached WAF policy is enabled without reading sku.tier, so a Standard_v2 gateway (which runs no WAF) passes (ApplicationGatewayEnablesWAF.yaml)" }] },
  fix: "use the WAF_v2 SKU and attach an azurerm_web_application_firewall_policy (firewall_policy_id), or opt out with waf.disabledOn: [\"azure\"].",
  check(r) {
    const unknown = unknownProblem("sku.tier", firstBlock(r.config.sku)?.tier);
    if (unknown) return [unknown];
    const tier = str(firstBlock(r.config.sku)?.tier);
    const policy = r.config.firewall_policy_id !== undefined && r.config.firewall_policy_id !== "";
    const legacy = bool(firstBlock(r.config.waf_configuration)?.enabled) === true;
    const problems: string[] = [];
    if (tier !== undefined && tier !== "WAF_v2") problems.push(`sku.tier is ${tier}, which runs no WAF`);
    if (!policy && !legacy) problems.push("no WAF policy is attached, so every request reaches the backend uninspected");
    return problems.length > 0 ? problems : undefined;
  },
});
