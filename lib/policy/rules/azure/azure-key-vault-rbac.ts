import { defineRule } from "../../rule";
import { trueOrUnknown } from "../../values";

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
    return trueOrUnknown(r.config.rbac_authorization_enabled) || trueOrUnknown(r.config.enable_rbac_authorization) ? undefined : ["the vault uses access policies"];
  },
});
