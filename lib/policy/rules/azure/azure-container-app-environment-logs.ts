import { defineRule } from "../../rule";

/** Container App environments send logs to Log Analytics. */
export const rule = defineRule({
  id: "azure-container-app-environment-logs",
  description: "Every container app environment sets log_analytics_workspace_id.",
  severity: "warning",
  area: "azure",
  resourceTypes: ["azurerm_container_app_environment"],
  equivalents: {},
  fix: "set log_analytics_workspace_id to a workspace with a retention.",
  check(r) {
    return r.config.log_analytics_workspace_id === undefined ? ["the environment's logs go nowhere"] : undefined;
  },
});
