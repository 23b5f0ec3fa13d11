import { defineRule } from "../../rule";
import { firstBlock } from "../../values";

/** Container Apps authenticate to Key Vault and the registry with a managed identity. */
export const rule = defineRule({
  id: "azure-container-app-managed-identity",
  description: "Every container app has a managed identity (identity block).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_container_app"],
  equivalents: {},
  fix: "add identity { type = \"UserAssigned\", identity_ids = [<identity>] } and use it for Key Vault secrets and registry pulls.",
  check(r) {
    return firstBlock(r.config.identity)?.type === undefined ? ["the app has no managed identity"] : undefined;
  },
});
