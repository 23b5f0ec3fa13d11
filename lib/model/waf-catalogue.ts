/**
 * The managed rules one cloud's WAF runs, as far as `waf.exclusions.<cloud>`
 * may name them: each entry is `<group>/<rule>`, the group one of `groups`
 * and the rule matching `rule`.
 */
export interface WafRuleCatalogue {
  /** Rule groups (AWS), DRS rule groups (Azure) or preconfigured rules (GCP) an exclusion may name. */
  readonly groups: readonly string[];
  /** Shape of a rule name (AWS), rule ID (Azure) or signature ID (GCP). */
  readonly rule: RegExp;
  /** How the rule part reads, for error messages. */
  readonly ruleDescription: string;
}
