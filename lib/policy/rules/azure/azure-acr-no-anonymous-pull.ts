import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** Registries require authentication to pull. */
export const rule = defineRule({
  id: "azure-acr-no-anonymous-pull",
  description: "No container registry sets anonymous_pull_enabled = true.",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_container_registry"],
  equivalents: { checkov: ["CKV_AZURE_138"] },
  fix: "leave anonymous_pull_enabled false.",
  check(r) {
    const unknown = unknownProblem("anonymous_pull_enabled", r.config.anonymous_pull_enabled);
    if (unknown) return [unknown];
    return bool(r.config.anonymous_pull_enabled) === true ? ["anyone can pull images"] : undefined;
  },
});
