import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** A deleted vault cannot be purged before its retention ends. */
export const rule = defineRule({
  id: "azure-key-vault-purge-protection",
  description: "Every Key Vault sets purge_protection_enabled = true.",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_key_vault"],
  equivalents: { checkov: ["CKV_AZURE_110", "CKV_AZURE_42"], trivy: ["AVD-AZU-0016"] },
  fix: "set purge_protection_enabled = true.",
  check(r) {
    const unknown = unknownProblem("purge_protection_enabled", r.config.purge_protection_enabled);
    if (unknown) return [unknown];
    return bool(r.config.purge_protection_enabled) === true ? undefined : ["a deleted vault and its secrets can be purged immediately"];
  },
});
