import { PolicyResource } from "../rule";
import { bool, firstBlock, str } from "../values";

/** Normalizes a DNS name for comparison (lower case, no trailing dot). */
export function dnsName(value: unknown): string {
  return (str(value) ?? String(value)).toLowerCase().replace(/\.$/, "");
}

/**
 * Whether Route 53 evaluates the record's health: it has a health check, or it
 * is an alias with evaluate_target_health = true (healthy while its target set has a healthy record).
 */
export function isHealthEvaluated(r: PolicyResource): boolean {
  if (r.config.health_check_id !== undefined && r.config.health_check_id !== "") return true;
  return bool(firstBlock(r.config.alias)?.evaluate_target_health) === true;
}

/** The names that alias records point at (nested pools). */
export function aliasTargets(records: readonly PolicyResource[]): Set<string> {
  return new Set(records.map((r) => firstBlock(r.config.alias)?.name).filter((n) => n !== undefined).map(dnsName));
}
