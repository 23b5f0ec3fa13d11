import { defineRule, PolicyResource, PolicyViolation } from "../../rule";
import { bool, refersTo } from "../../values";

const LEAF_TYPES = ["azurerm_traffic_manager_external_endpoint", "azurerm_traffic_manager_azure_endpoint"];
const NESTED = "azurerm_traffic_manager_nested_endpoint";

/**
 * Every top-level Traffic Manager profile reaches at least two enabled
 * endpoints, so one datacentre can fail. Endpoints behind an enabled nested
 * endpoint count for the parent; a child profile (the target of a nested
 * endpoint) is judged through its parent, since its pool may hold one datacentre.
 */
export const rule = defineRule({
  id: "global-traffic-manager-min-two-endpoints",
  description: "Every Traffic Manager profile (counting the endpoints of its nested child profiles) has at least two enabled endpoints.",
  severity: "error",
  area: "global",
  resourceTypes: ["azurerm_traffic_manager_profile", ...LEAF_TYPES, NESTED],
  equivalents: {},
  fix: "add one endpoint per datacentre (at least two) and keep at least two enabled; a drained datacentre should leave two others serving.",
  checkStack(index) {
    const profiles = index.ofType("azurerm_traffic_manager_profile");
    const leaves = LEAF_TYPES.flatMap((t) => index.ofType(t));
    const nested = index.ofType(NESTED);
    const enabledIn = (list: readonly PolicyResource[], profile: PolicyResource) => list.filter((e) => refersTo(e.config.profile_id, profile) && bool(e.config.enabled) !== false);
    const reachable = (profile: PolicyResource, seen: ReadonlySet<PolicyResource>): number =>
      enabledIn(leaves, profile).length +
      enabledIn(nested, profile)
        .map((n) => profiles.find((p) => refersTo(n.config.target_resource_id, p)))
        .reduce((sum, child) => sum + (child === undefined ? 1 : seen.has(child) ? 0 : reachable(child, new Set([...seen, child]))), 0);
    const out: PolicyViolation[] = [];
    for (const profile of profiles) {
      if (nested.some((n) => refersTo(n.config.target_resource_id, profile))) continue;
      const count = reachable(profile, new Set([profile]));
      if (count < 2) out.push({ resource: profile, message: `only ${count} enabled endpoint(s)` });
    }
    return out;
  },
});
