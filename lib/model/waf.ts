import { CloudName } from "./cloud";

/**
 * What the web application firewall does with a request that matches a rule:
 * - `block`: refuse it (AWS `block`, Azure `Prevention`, GCP enforced rules);
 * - `count`: only log it, for a rollout (AWS `count`, Azure `Detection`, GCP `preview`).
 */
export type WafMode = "block" | "count";

/**
 * Managed-rule exclusions keyed by cloud, each written `<group>/<rule>`. Each
 * cloud's plugin says which groups exist and what a rule looks like
 * (`CloudPlugin.wafCatalogue`):
 * - `aws`: `<managed rule group>/<rule name>`, e.g. `AWSManagedRulesCommonRuleSet/SizeRestrictions_BODY`
 *   (the rule is overridden to count);
 * - `azure`: `<DRS 2.1 rule group>/<rule id>`, e.g. `SQLI/942430` (the rule is disabled);
 * - `gcp`: `<preconfigured rule>/<signature id>`, e.g. `sqli-v33-stable/owasp-crs-v030301-id942421-sqli`
 *   (the signature is opted out).
 */
export type WafExclusions = { readonly [C in CloudName]?: string[] };

/** The web application firewall in front of every datacentre, the same on every cloud. */
export interface WafProps {
  /**
   * `block` refuses matching requests; `count` only logs them (for a rollout).
   * @default "block"
   */
  readonly mode?: WafMode;
  /**
   * Requests one client IP may send to one datacentre in five minutes before
   * the WAF refuses it (100 to 2,000,000,000). Keep it well above what a health
   * checker sends: one probe every 10 s is 30 per five minutes.
   * @default 2000
   */
  readonly rateLimitPerFiveMinutes?: number;
  /**
   * Managed rules to switch off, per cloud, where they refuse legitimate traffic.
   * @default - none
   */
  readonly exclusions?: WafExclusions;
  /**
   * Clouds whose datacentres run without a WAF. On AWS and GCP the load
   * balancer is then unprotected; on Azure the gateway runs as Standard_v2
   * without a WAF policy. Each is a documented loosening, reported in the summary.
   * @default - none: every datacentre has a WAF
   */
  readonly disabledOn?: CloudName[];
}

/** A managed rule switched off: its group and its rule. */
export interface WafRuleRef {
  /** The managed rule group (AWS), DRS rule group (Azure) or preconfigured rule (GCP). */
  readonly group: string;
  /** The rule name (AWS), rule ID (Azure) or signature ID (GCP). */
  readonly rule: string;
}

/** The WAF with defaults applied. */
export interface WafModel {
  /** `block` or `count`. */
  readonly mode: WafMode;
  /** Requests per client IP per five minutes before the rate rule refuses them. */
  readonly rateLimitPerFiveMinutes: number;
  /** Exclusions by cloud; a cloud left out has none. */
  readonly exclusions: Readonly<Partial<Record<CloudName, readonly WafRuleRef[]>>>;
  /** Clouds without a WAF. */
  readonly disabledOn: readonly CloudName[];
}

/** The WAF's rate window, in seconds, on every cloud (AWS `evaluation_window_sec`, Azure `FiveMins`, GCP `interval_sec`). */
export const WAF_RATE_WINDOW_SECONDS = 300;

/** Default requests per client IP per five minutes. */
export const DEFAULT_WAF_RATE_LIMIT = 2000;

/** Lowest rate limit accepted: AWS WAF's minimum for a rate-based rule in the provider's validation (100). */
export const MIN_WAF_RATE_LIMIT = 100;

/** Highest rate limit accepted: AWS WAF's maximum (2,000,000,000). */
export const MAX_WAF_RATE_LIMIT = 2_000_000_000;

/** The WAF every datacentre gets when `waf` is left out. */
export const DEFAULT_WAF: WafModel = {
  mode: "block",
  rateLimitPerFiveMinutes: DEFAULT_WAF_RATE_LIMIT,
  exclusions: {},
  disabledOn: [],
};

/** The exclusions of one cloud (none when it has no entry). */
export function wafExclusionsOf(waf: WafModel, cloud: CloudName): readonly WafRuleRef[] {
  return waf.exclusions[cloud] ?? [];
}

/** What a datacentre's WAF does, for summaries: its mode, or `off` when its cloud opted out. */
export function wafModeOf(waf: WafModel, cloud: CloudName): WafMode | "off" {
  return waf.disabledOn.includes(cloud) ? "off" : waf.mode;
}
