import { defineRule } from "../../rule";
import { blocks } from "../../values";

/** Container App secrets are Key Vault references, never values in the Terraform JSON. */
export const rule = defineRule({
  id: "azure-container-app-secrets-from-key-vault",
  description: "Every container app secret uses key_vault_secret_id (with an identity), never a literal value.",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_container_app"],
  equivalents: {},
  fix: "declare secret { name, key_vault_secret_id = <versionless secret id>, identity = <identity id> } and keep the value in Key Vault.",
  check(r) {
    return blocks(r.config.secret)
      .filter((s) => s.value !== undefined || s.key_vault_secret_id === undefined)
      .map((s) => `secret ${String(s.name)} carries its value in the configuration`);
  },
});
