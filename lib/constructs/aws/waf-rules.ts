import { WafRuleCatalogue } from "../../model/waf-catalogue";

/**
 * The AWS managed rule groups every AWS datacentre's web ACL runs (vendor
 * `AWS`), in evaluation order after the rate rule. None is a paid add-on
 * (Bot Control and Fraud Control are, and are not used). See docs/edge.md.
 */
export const AWS_MANAGED_RULE_GROUPS = ["AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"] as const;

/** What `waf.exclusions.aws` may name: a rule of one of {@link AWS_MANAGED_RULE_GROUPS}. */
export const AWS_WAF_CATALOGUE: WafRuleCatalogue = {
  groups: AWS_MANAGED_RULE_GROUPS,
  rule: /^[A-Za-z0-9_-]{1,128}$/,
  ruleDescription: "a rule name of 1-128 letters, digits, _ and -, e.g. SizeRestrictions_BODY",
};
