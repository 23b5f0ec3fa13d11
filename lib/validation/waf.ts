import { CLOUD_NAMES, CloudName } from "../clouds/registry";
import { WafRuleCatalogue } from "../model/waf-catalogue";
import { DEFAULT_WAF, DEFAULT_WAF_RATE_LIMIT, MAX_WAF_RATE_LIMIT, MIN_WAF_RATE_LIMIT, WafModel, WafRuleRef } from "../model/waf";
import { FieldChecker, PlainObject } from "./checker";

/** Most exclusions one cloud's list may hold. */
export const MAX_WAF_EXCLUSIONS = 50;

/**
 * Parses `waf`: the mode, the rate limit, exclusions checked against each
 * cloud's managed-rule catalogue, and the clouds that opted out.
 */
export function resolveWaf(check: FieldChecker, raw: unknown, catalogues: Readonly<Record<CloudName, WafRuleCatalogue>>): WafModel {
  if (raw === undefined) return DEFAULT_WAF;
  const waf = check.object("waf", raw, ["mode", "rateLimitPerFiveMinutes", "exclusions", "disabledOn"]);
  const mode = check.optional(waf.mode, DEFAULT_WAF.mode, (v) => check.oneOf("waf.mode", v, ["block", "count"] as const));
  const rateLimitPerFiveMinutes = check.optional(waf.rateLimitPerFiveMinutes, DEFAULT_WAF_RATE_LIMIT, (v) =>
    check.integer("waf.rateLimitPerFiveMinutes", v, MIN_WAF_RATE_LIMIT, MAX_WAF_RATE_LIMIT),
  );
  const exclusionsRaw = check.optional(waf.exclusions, {} as PlainObject, (v) => check.object("waf.exclusions", v, CLOUD_NAMES));
  const exclusions: Partial<Record<CloudName, readonly WafRuleRef[]>> = {};
  for (const cloud of CLOUD_NAMES) {
    if (exclusionsRaw[cloud] !== undefined) exclusions[cloud] = resolveExclusions(check, `waf.exclusions.${cloud}`, exclusionsRaw[cloud], catalogues[cloud]);
  }
  const disabledOn = check.optional(waf.disabledOn, [], (v) =>
    check.array("waf.disabledOn", v, 0, CLOUD_NAMES.length).map((c, i, all) => {
      const cloud = check.oneOf(`waf.disabledOn[${i}]`, c, CLOUD_NAMES);
      if (all.indexOf(c) !== i) check.fail(`waf.disabledOn[${i}]`, c, "each cloud at most once");
      return cloud;
    }),
  );
  return { mode, rateLimitPerFiveMinutes, exclusions, disabledOn };
}

function resolveExclusions(check: FieldChecker, field: string, raw: unknown, catalogue: WafRuleCatalogue): WafRuleRef[] {
  const allowed = `"<group>/<rule>" with <group> one of ${catalogue.groups.join(", ")} and <rule> ${catalogue.ruleDescription}`;
  return check.array(field, raw, 0, MAX_WAF_EXCLUSIONS).map((item, i, all) => {
    const text = check.literal(`${field}[${i}]`, item, allowed);
    const slash = text.indexOf("/");
    const group = text.slice(0, slash);
    const rule = text.slice(slash + 1);
    if (slash < 0 || !catalogue.groups.includes(group) || !catalogue.rule.test(rule)) check.fail(`${field}[${i}]`, text, allowed);
    if (all.indexOf(item) !== i) check.fail(`${field}[${i}]`, text, "each exclusion at most once");
    return { group, rule };
  });
}
