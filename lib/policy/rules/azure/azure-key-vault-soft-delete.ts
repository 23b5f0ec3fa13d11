import { defineRule } from "../../rule";
import { num, unknownProblem } from "../../values";

/** Deleted vaults and secrets stay recoverable for a useful time. */
export const rule = defineRule({
  id: "azure-key-vault-soft-delete",
  description: "Every Key Vault keeps soft-deleted items at least 30 days (soft_delete_retention_days unset = 90, or >= 30).",
  severity: "warning",
  area: "azure",
  resourceTypes: ["azurerm_key_vault"],
  equivalents: { checkovCaveats: [{ id: "CKV_AZURE_42", kind: "partial", reason: "it reads purge_protection_enabled (and azurerm 2's soft_delete_enabled), not soft_delete_retention_days: a 7-day retention passes it (KeyvaultRecoveryEnabled.py)" }] },
  fix: "leave soft_delete_retention_days unset (90 days) or set at least 30.",
  check(r) {
    const unknown = unknownProblem("soft_delete_retention_days", r.config.soft_delete_retention_days);
    if (unknown) return [unknown];
    const days = num(r.config.soft_delete_retention_days);
    return days !== undefined && days < 30 ? [`soft-deleted items are kept only ${days} days`] : undefined;
  },
});
