import { defineRule } from "../../rule";
import { STORAGE_MIN_TLS_VERSIONS } from "../../../security/tls";
import { str, unknownProblem } from "../../values";

/** Storage accounts accept TLS 1.2 or later only. */
export const rule = defineRule({
  id: "azure-storage-min-tls",
  description: "No storage account sets min_tls_version below TLS1_2 (unset means TLS1_2 in azurerm 4).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_storage_account"],
  equivalents: { trivy: ["AVD-AZU-0011"], checkovCaveats: [{ id: "CKV_AZURE_44", kind: "stricter", reason: "it fails an account without min_tls_version, which azurerm 4 defaults to TLS1_2; the library builds no storage account" }] },
  fix: "set min_tls_version = \"TLS1_2\" (or leave it unset).",
  userAdditionsOnly: "storage accounts a user adds: the library creates no Azure storage (an azurerm state backend is a backend setting, not a resource).",
  check(r) {
    const unknown = unknownProblem("min_tls_version", r.config.min_tls_version);
    if (unknown) return [unknown];
    const v = str(r.config.min_tls_version);
    return v !== undefined && !STORAGE_MIN_TLS_VERSIONS.includes(v) ? [`min_tls_version is ${v}`] : undefined;
  },
});
