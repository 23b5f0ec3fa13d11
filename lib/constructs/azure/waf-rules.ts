import { WafRuleCatalogue } from "../../model/waf-catalogue";

/** The managed rule set of every Azure WAF policy: Microsoft's default rule set. */
export const AZURE_MANAGED_RULE_SET = { type: "Microsoft_DefaultRuleSet", version: "2.1" } as const;

/**
 * Rule groups of the default rule set 2.1 an exclusion may name: the DRS
 * groups among the names azurerm 4.55.0 accepts for `rule_group_name`
 * (internal/services/network/validate/web_application_firewall_policy.go).
 */
export const AZURE_DRS_RULE_GROUPS = [
  "General", "METHOD-ENFORCEMENT", "PROTOCOL-ENFORCEMENT", "PROTOCOL-ATTACK", "LFI", "RFI", "RCE", "PHP", "NODEJS", "XSS", "SQLI", "FIX", "JAVA",
  "MS-ThreatIntel-WebShells", "MS-ThreatIntel-AppSec", "MS-ThreatIntel-SQLI", "MS-ThreatIntel-CVEs",
] as const;

/** What `waf.exclusions.azure` may name: a rule ID in one of {@link AZURE_DRS_RULE_GROUPS}. */
export const AZURE_WAF_CATALOGUE: WafRuleCatalogue = {
  groups: AZURE_DRS_RULE_GROUPS,
  rule: /^[0-9]{3,7}$/,
  ruleDescription: "a numeric rule ID, e.g. 942430",
};
