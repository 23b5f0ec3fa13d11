import { ComputeSecurityPolicy, ComputeSecurityPolicyRule } from "@cdktf/provider-google/lib/compute-security-policy";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { WAF_RATE_WINDOW_SECONDS, wafExclusionsOf } from "../../../model/waf";
import { physicalName } from "../../../naming/physical-name";
import { CLOUD_ARMOR_PRECONFIGURED_RULES, CLOUD_ARMOR_SENSITIVITY } from "../waf-rules";

/** Priority of the first preconfigured WAF rule; the others follow in steps of 10. */
export const CLOUD_ARMOR_WAF_PRIORITY = 1000;

/** Priority of the per-IP rate limit, after every WAF rule (a conforming request is allowed and ends evaluation). */
export const CLOUD_ARMOR_RATE_LIMIT_PRIORITY = 2000;

/** Priority Cloud Armor reserves for the default rule. */
export const CLOUD_ARMOR_DEFAULT_PRIORITY = 2147483647;

const EVERY_SOURCE = { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } };

/**
 * Creates the datacentre's Cloud Armor backend security policy in `scope`
 * (ID `security-policy`): each of {@link CLOUD_ARMOR_PRECONFIGURED_RULES} at
 * sensitivity {@link CLOUD_ARMOR_SENSITIVITY} refusing with 403, then a
 * throttle of `waf.rateLimitPerFiveMinutes` per client IP answering 429, then
 * the default allow. In `count` mode every rule is in preview. Attach it with
 * the backend service's `security_policy`.
 */
export function createCloudArmorPolicy(scope: Construct, service: ServiceModel, region: string): ComputeSecurityPolicy {
  const waf = service.waf;
  const preview = waf.mode === "count";
  const wafRules: ComputeSecurityPolicyRule[] = CLOUD_ARMOR_PRECONFIGURED_RULES.map((ruleName, i) => {
    const optOut = wafExclusionsOf(waf, "gcp").filter((e) => e.group === ruleName).map((e) => `'${e.rule}'`);
    const options = `{'sensitivity': ${CLOUD_ARMOR_SENSITIVITY}${optOut.length > 0 ? `, 'opt_out_rule_ids': [${optOut.join(", ")}]` : ""}}`;
    return {
      priority: CLOUD_ARMOR_WAF_PRIORITY + i * 10,
      action: "deny(403)",
      preview,
      description: `OWASP CRS 3.3 ${ruleName}`,
      match: { expr: { expression: `evaluatePreconfiguredWaf('${ruleName}', ${options})` } },
    };
  });
  return new ComputeSecurityPolicy(scope, "security-policy", {
    name: physicalName("computeSecurityPolicyName", [service.name, region]),
    description: `${service.name} in ${region}: OWASP CRS 3.3 preconfigured rules and a rate limit per client IP, ${waf.mode} mode`,
    type: "CLOUD_ARMOR",
    rule: [
      ...wafRules,
      {
        priority: CLOUD_ARMOR_RATE_LIMIT_PRIORITY,
        action: "throttle",
        preview,
        description: "Rate limit per client IP",
        match: EVERY_SOURCE,
        rateLimitOptions: {
          conformAction: "allow",
          exceedAction: "deny(429)",
          enforceOnKey: "IP",
          rateLimitThreshold: { count: waf.rateLimitPerFiveMinutes, intervalSec: WAF_RATE_WINDOW_SECONDS },
        },
      },
      { priority: CLOUD_ARMOR_DEFAULT_PRIORITY, action: "allow", description: "Default: allow", match: EVERY_SOURCE },
    ],
  });
}
