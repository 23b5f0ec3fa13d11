import { defineRule, PolicyViolation } from "../../rule";
import { bool, refersTo } from "../../values";

const ENDPOINT_TYPES = ["azurerm_traffic_manager_external_endpoint", "azurerm_traffic_manager_azure_endpoint", "azurerm_traffic_manager_nested_endpoint"];

/** Every Traffic Manager profile has at least two enabled endpoints, so one datacentre can fail. */
export const rule = defineRule({
  id: "global-traffic-manager-min-two-endpoints",
  description: "Every Traffic Manager profile has at least two enabled endpoints.",
  severity: "error",
  area: "global",
  resourceTypes: ["azurerm_traffic_manager_profile", ...ENDPOINT_TYPES],
  equivalents: {},
  fix: "add one endpoint per datacentre (at least two) and keep at least two enabled; a drained datacentre should leave two others serving.",
  checkStack(index) {
    const endpoints = ENDPOINT_TYPES.flatMap((t) => index.ofType(t));
    const out: PolicyViolation[] = [];
    for (const profile of index.ofType("azurerm_traffic_manager_profile")) {
      const enabled = endpoints.filter((e) => refersTo(e.config.profile_id, profile) && bool(e.config.enabled) !== false);
      if (enabled.length < 2) out.push({ resource: profile, message: `only ${enabled.length} enabled endpoint(s)` });
    }
    return out;
  },
});
