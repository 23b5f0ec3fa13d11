import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** Registries have no shared admin account. */
export const rule = defineRule({
  id: "azure-acr-admin-disabled",
  description: "No container registry sets admin_enabled = true.",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_container_registry"],
  equivalents: { checkov: ["CKV_AZURE_137"] },
  fix: "leave admin_enabled false and pull with a managed identity (AcrPull role).",
  check(r) {
    const unknown = unknownProblem("admin_enabled", r.config.admin_enabled);
    if (unknown) return [unknown];
    return bool(r.config.admin_enabled) === true ? ["the registry's admin account is enabled"] : undefined;
  },
});
