import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** Storage accounts refuse plain HTTP. */
export const rule = defineRule({
  id: "azure-storage-https-only",
  description: "No storage account sets https_traffic_only_enabled = false.",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_storage_account"],
  equivalents: { trivy: ["AVD-AZU-0008"], checkovCaveats: [{ id: "CKV_AZURE_3", kind: "blind", reason: "it reads enable_https_traffic_only, the azurerm 3 name; azurerm 4 writes https_traffic_only_enabled, so it finds nothing and passes (StorageAccountsTransportEncryption.py, missing_block_result PASSED)" }] },
  fix: "leave https_traffic_only_enabled unset or true.",
  userAdditionsOnly: "storage accounts a user adds: the library creates no Azure storage (an azurerm state backend is a backend setting, not a resource).",
  check(r) {
    const unknown = unknownProblem("https_traffic_only_enabled", r.config.https_traffic_only_enabled);
    if (unknown) return [unknown];
    return bool(r.config.https_traffic_only_enabled) === false ? ["the account accepts plain HTTP"] : undefined;
  },
});
