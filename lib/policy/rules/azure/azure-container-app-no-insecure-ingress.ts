import { defineRule } from "../../rule";
import { bool, firstBlock, unknownProblem } from "../../values";

/** Container Apps redirect HTTP to HTTPS; they never serve plain HTTP. */
export const rule = defineRule({
  id: "azure-container-app-no-insecure-ingress",
  description: "No container app sets ingress.allow_insecure_connections = true.",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_container_app"],
  equivalents: {},
  fix: "remove allow_insecure_connections (or set it false): Container Apps then redirect HTTP to HTTPS.",
  check(r) {
    const unknown = unknownProblem("ingress.allow_insecure_connections", firstBlock(r.config.ingress)?.allow_insecure_connections);
    if (unknown) return [unknown];
    return bool(firstBlock(r.config.ingress)?.allow_insecure_connections) === true ? ["ingress serves plain HTTP"] : undefined;
  },
});
