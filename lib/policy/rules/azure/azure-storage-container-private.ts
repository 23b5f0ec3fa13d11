import { defineRule } from "../../rule";
import { str, unknownProblem } from "../../values";

/** Blob containers are private. */
export const rule = defineRule({
  id: "azure-storage-container-private",
  description: "Every storage container has container_access_type private (the default).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_storage_container"],
  equivalents: { trivy: ["AVD-AZU-0007"] },
  fix: "leave container_access_type unset or set \"private\".",
  userAdditionsOnly: "blob containers a user adds: the library creates no Azure storage (an azurerm state backend is a backend setting, not a resource).",
  check(r) {
    const unknown = unknownProblem("container_access_type", r.config.container_access_type);
    if (unknown) return [unknown];
    const v = str(r.config.container_access_type);
    return v === "blob" || v === "container" ? [`container_access_type is ${v}: anonymous reads allowed`] : undefined;
  },
});
