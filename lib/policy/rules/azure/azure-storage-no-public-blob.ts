import { defineRule } from "../../rule";
import { bool, isUnknown } from "../../values";

/** Storage accounts forbid public (anonymous) blob access. */
export const rule = defineRule({
  id: "azure-storage-no-public-blob",
  description: "Every storage account sets allow_nested_items_to_be_public = false (the azurerm default is true).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_storage_account"],
  equivalents: { checkov: ["CKV_AZURE_190"] },
  fix: "set allow_nested_items_to_be_public = false.",
  check(r) {
    const v = r.config.allow_nested_items_to_be_public;
    return bool(v) === false || isUnknown(v) ? undefined : ["containers in this account may be made public"];
  },
});
