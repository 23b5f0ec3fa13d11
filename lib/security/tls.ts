/*
 * TLS predicates shared by the HTTPS-only invariant check and the policy rules.
 */

/**
 * ALB/NLB security policies that allow nothing older than TLS 1.2:
 * `ELBSecurityPolicy-TLS13-1-2-*`, `-TLS13-1-3-*`, `-TLS-1-2-*` and `-FS-1-2-*`.
 * Every predefined policy name carries a suffix (a variant and/or a date) after
 * its version, so the version is followed by `-`; `ELBSecurityPolicy-2016-08`
 * (the API default, TLS 1.0), `-TLS13-1-1-*`, `-TLS-1-1-*` and `-FS-1-1-*` do not match.
 * Source: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
 */
export const ALB_TLS12_POLICY = /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)-/;

/** Whether an ALB/NLB `ssl_policy` allows TLS 1.2 or later only. */
export function isTls12AlbPolicy(policy: unknown): boolean {
  return typeof policy === "string" && ALB_TLS12_POLICY.test(policy);
}

/** `min_tls_version` values of an Azure storage account that allow TLS 1.2 or later only (azurerm 4; unset means TLS1_2). */
export const STORAGE_MIN_TLS_VERSIONS: readonly string[] = ["TLS1_2", "TLS1_3"];

/** `min_tls_version` values of a Google SSL policy that allow TLS 1.2 or later only (unset means TLS_1_0). */
export const GCP_MIN_TLS_VERSIONS: readonly string[] = ["TLS_1_2", "TLS_1_3"];
