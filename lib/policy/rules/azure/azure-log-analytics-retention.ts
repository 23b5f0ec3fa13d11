import { defineRule } from "../../rule";
import { num, unknownProblem } from "../../values";

/** Log Analytics keeps logs long enough to investigate an incident. */
export const rule = defineRule({
  id: "azure-log-analytics-retention",
  description: "No Log Analytics workspace sets retention_in_days below 30 (unset means 30).",
  severity: "warning",
  area: "azure",
  resourceTypes: ["azurerm_log_analytics_workspace"],
  equivalents: {},
  fix: "set retention_in_days to 30 or more (the Free SKU's 7 days is too short).",
  check(r) {
    const unknown = unknownProblem("retention_in_days", r.config.retention_in_days);
    if (unknown) return [unknown];
    const days = num(r.config.retention_in_days);
    return days !== undefined && days < 30 ? [`logs are kept ${days} days`] : undefined;
  },
});
