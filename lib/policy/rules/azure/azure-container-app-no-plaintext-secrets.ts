import { defineRule } from "../../rule";
import { SECRET_NAME_PATTERN } from "../../../security/secrets";
import { blocks, firstBlock } from "../../values";

/** Secret-looking environment variables reference a Container App secret, not a plain value. */
export const rule = defineRule({
  id: "azure-container-app-no-plaintext-secrets",
  description: "No container app environment variable with a secret-looking name carries a plain value (use secret_name).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_container_app"],
  equivalents: {},
  fix: "set env { name, secret_name = <app secret backed by Key Vault> } instead of value.",
  check(r) {
    const out: string[] = [];
    for (const c of blocks(firstBlock(r.config.template)?.container)) {
      for (const e of blocks(c.env)) {
        if (typeof e.name === "string" && SECRET_NAME_PATTERN.test(e.name) && e.value !== undefined) out.push(`container ${String(c.name)} sets ${e.name} as a plain value`);
      }
    }
    return out;
  },
});
