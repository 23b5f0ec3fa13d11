import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** Container Apps environments are internal, so the WAF gateway is the only public entry. */
export const rule = defineRule({
  id: "azure-container-app-environment-internal",
  description: "Every Container Apps environment sets internal_load_balancer_enabled = true (no public ingress; the Application Gateway and its WAF are the public entry).",
  severity: "error",
  area: "azure",
  resourceTypes: ["azurerm_container_app_environment"],
  equivalents: {},
  fix: "set internal_load_balancer_enabled = true and put an Application Gateway with a WAF policy in front (the default), or opt in to direct ingress with azure.ingress: \"direct\".",
  check(r) {
    const unknown = unknownProblem("internal_load_balancer_enabled", r.config.internal_load_balancer_enabled);
    if (unknown) return [unknown];
    return bool(r.config.internal_load_balancer_enabled) === true ? undefined : ["the environment has a public IP, a public entry that bypasses the WAF gateway"];
  },
});
