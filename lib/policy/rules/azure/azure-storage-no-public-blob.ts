import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** Storage accounts forbid public (anonymous) blob access. */
export const rule = defineRule({
  id: "azure-storage-no-public-blob",
  description: "Every storage account sets allow_nested_items_to_be_public = false (the azurerm default is true).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_storage_account"],
  equivalents: { checkovCaveats: [{ id: "CKV_AZURE_190", kind: "absent", reason: "it reads azurerm_storage_account.allow_nested_items_to_be_public, a resource the library never builds; on an account a user adds it agrees" }] },
  fix: "set allow_nested_items_to_be_public = false.",
  userAdditionsOnly: "storage accounts a user adds: the library creates no Azure storage (an azurerm state backend is a backend setting, not a resource).",
  check(r) {
    const v = r.config.allow_nested_items_to_be_public;
    const unknown = unknownProblem("allow_nested_items_to_be_public", v);
    if (unknown) return [unknown];
    return bool(v) === false ? undefined : ["containers in this account may be made public"];
  },
});
