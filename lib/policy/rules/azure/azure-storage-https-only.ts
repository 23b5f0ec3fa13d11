import { defineRule } from "../../rule";
import { bool } from "../../values";

/** Storage accounts refuse plain HTTP. */
export const rule = defineRule({
  id: "azure-storage-https-only",
  description: "No storage account sets https_traffic_only_enabled = false.",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_storage_account"],
  equivalents: { checkov: ["CKV_AZURE_3"], trivy: ["AVD-AZU-0008"] },
  fix: "leave https_traffic_only_enabled unset or true.",
  check(r) {
    return bool(r.config.https_traffic_only_enabled) === false ? ["the account accepts plain HTTP"] : undefined;
  },
});
