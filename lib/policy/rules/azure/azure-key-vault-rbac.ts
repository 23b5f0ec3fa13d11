import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** Key Vault access is granted with Azure RBAC roles, not vault access policies. */
export const rule = defineRule({
  id: "azure-key-vault-rbac",
  description: "Every Key Vault uses RBAC authorization (rbac_authorization_enabled or enable_rbac_authorization = true).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_key_vault"],
  equivalents: {},
  fix: "set rbac_authorization_enabled = true and grant Key Vault Secrets User to the app's identity on the vault.",
  check(r) {
    if (bool(r.config.rbac_authorization_enabled) === true || bool(r.config.enable_rbac_authorization) === true) return undefined;
    const unknown = unknownProblem("rbac_authorization_enabled", r.config.rbac_authorization_enabled) ?? unknownProblem("enable_rbac_authorization", r.config.enable_rbac_authorization);
    return [unknown ?? "the vault uses access policies"];
  },
});
