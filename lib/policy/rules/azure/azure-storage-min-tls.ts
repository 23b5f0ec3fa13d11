import { defineRule } from "../../rule";
import { STORAGE_MIN_TLS_VERSIONS } from "../../../security/tls";
import { str } from "../../values";

/** Storage accounts accept TLS 1.2 or later only. */
export const rule = defineRule({
  id: "azure-storage-min-tls",
  description: "No storage account sets min_tls_version below TLS1_2 (unset means TLS1_2 in azurerm 4).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_storage_account"],
  equivalents: { checkov: ["CKV_AZURE_44"], trivy: ["AVD-AZU-0011"] },
  fix: "set min_tls_version = \"TLS1_2\" (or leave it unset).",
  check(r) {
    const v = str(r.config.min_tls_version);
    return v !== undefined && !STORAGE_MIN_TLS_VERSIONS.includes(v) ? [`min_tls_version is ${v}`] : undefined;
  },
});
