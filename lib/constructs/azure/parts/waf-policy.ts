import { WebApplicationFirewallPolicy } from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { wafExclusionsOf } from "../../../model/waf";
import { physicalName } from "../../../naming/physical-name";
import { AZURE_MANAGED_RULE_SET } from "../waf-rules";

/** Priority of the per-IP rate-limit custom rule (custom rules run before the managed rule set). */
export const AZURE_RATE_LIMIT_RULE_PRIORITY = 10;

/**
 * Creates the Application Gateway WAF policy of one Azure datacentre (ID
 * `waf-policy`): Microsoft's default rule set {@link AZURE_MANAGED_RULE_SET}
 * with the configured exclusions disabled, a rate-limit custom rule of
 * `waf.rateLimitPerFiveMinutes` per client address, request body inspection
 * on, and `Prevention` mode (`Detection` when `waf.mode` is `count`).
 */
export function createWafPolicy(scope: Construct, service: ServiceModel, region: string, resourceGroupName: string): WebApplicationFirewallPolicy {
  const waf = service.waf;
  const exclusions = wafExclusionsOf(waf, "azure");
  const groups = [...new Set(exclusions.map((e) => e.group))];
  return new WebApplicationFirewallPolicy(scope, "waf-policy", {
    name: physicalName("webApplicationFirewallPolicyName", [service.name, region]),
    location: region,
    resourceGroupName,
    policySettings: { enabled: true, mode: waf.mode === "block" ? "Prevention" : "Detection", requestBodyCheck: true },
    managedRules: {
      managedRuleSet: [
        {
          ...AZURE_MANAGED_RULE_SET,
          ruleGroupOverride: groups.map((ruleGroupName) => ({
            ruleGroupName,
            rule: exclusions.filter((e) => e.group === ruleGroupName).map((e) => ({ id: e.rule, enabled: false })),
          })),
        },
      ],
    },
    customRules: [
      {
        name: "ratelimitperip",
        priority: AZURE_RATE_LIMIT_RULE_PRIORITY,
        ruleType: "RateLimitRule",
        action: "Block",
        rateLimitDuration: "FiveMins",
        rateLimitThreshold: waf.rateLimitPerFiveMinutes,
        groupRateLimitBy: "ClientAddr",
        // Every IPv4 client: the gateway's only frontend is an IPv4 public address.
        matchConditions: [{ matchVariables: [{ variableName: "RemoteAddr" }], operator: "IPMatch", matchValues: ["0.0.0.0/0"] }],
      },
    ],
  });
}
