import { WafRuleCatalogue } from "../../model/waf-catalogue";

/**
 * The Cloud Armor preconfigured WAF rules (OWASP CRS 3.3) every GCP backend
 * evaluates, at sensitivity {@link CLOUD_ARMOR_SENSITIVITY}. `methodenforcement`
 * is left out on purpose: at sensitivity 1 it refuses PUT, PATCH and DELETE,
 * which REST services need.
 */
export const CLOUD_ARMOR_PRECONFIGURED_RULES = [
  "sqli-v33-stable", "xss-v33-stable", "lfi-v33-stable", "rfi-v33-stable", "rce-v33-stable",
  "scannerdetection-v33-stable", "protocolattack-v33-stable", "sessionfixation-v33-stable",
] as const;

/** Sensitivity (OWASP paranoia level) of every preconfigured rule: 1, the high-confidence signatures only. */
export const CLOUD_ARMOR_SENSITIVITY = 1;

/** What `waf.exclusions.gcp` may name: a signature of one of {@link CLOUD_ARMOR_PRECONFIGURED_RULES}. */
export const GCP_WAF_CATALOGUE: WafRuleCatalogue = {
  groups: CLOUD_ARMOR_PRECONFIGURED_RULES,
  rule: /^owasp-crs-v[0-9]+-id[0-9]+-[a-z]+$/,
  ruleDescription: "a signature ID, e.g. owasp-crs-v030301-id942421-sqli",
};
