import { createHash } from "node:crypto";
import { NAME_RULES, NamedResource } from "../clouds/registry";
import { NameRule } from "./name-rules";
import { internalBug } from "../errors";

/** Length of the stable hash suffix appended to globally unique names. */
export const HASH_SUFFIX_LENGTH = 6;

/** Prepended when a name would otherwise start with a character or prefix its type forbids. */
export const REPAIR_PREFIX = "x";

/**
 * Builds the physical name of a resource from readable parts, within the
 * resource type's limits.
 *
 * Parts are cleaned of characters the type forbids and joined with its
 * separator; runs of hyphens collapse to one. Names with global scope end in
 * a stable, deterministic hash of `uniqueSeed` (or of all the parts), so the
 * same inputs give the same name on every synth and different services never
 * collide. Overlong names are truncated before the suffix, and a truncated
 * regional name also gets the suffix so two long inputs cannot collapse into
 * one name. A rule's fixed `prefix` (e.g. `alias/`) is added when the parts
 * lack it. A name that would start with something its type forbids (a digit
 * where a letter must lead, a reserved prefix such as `internal-` or
 * `sthree-`) gets an `x` in front; a name that was valid never changes.
 */
export function physicalName(resource: NamedResource, parts: readonly string[], uniqueSeed?: string): string {
  const rule: NameRule = NAME_RULES[resource];
  const seed = uniqueSeed ?? parts.join("/");
  const fixedPrefix = rule.prefix ?? "";
  let body = parts
    .map((p) => (rule.lowerCase ? p.toLowerCase() : p).replace(rule.keep, ""))
    .filter((p) => p.length > 0)
    .join(rule.separator)
    .replace(/-{2,}/g, "-");
  if (fixedPrefix && body.startsWith(fixedPrefix)) body = body.slice(fixedPrefix.length);
  const name = fit(rule, fixedPrefix, body, seed);
  if (isWithin(rule, name)) return name;
  const repaired = fit(rule, fixedPrefix, `${REPAIR_PREFIX}${body}`, seed);
  if (isWithin(rule, repaired)) return repaired;
  throw internalBug(`naming produced ${JSON.stringify(name)} for ${rule.resourceType}, outside its limits`);
}

/** True when `name` is within the rule's length and pattern. */
export function isWithinNameRule(resource: NamedResource, name: string): boolean {
  return isWithin(NAME_RULES[resource], name);
}

function isWithin(rule: NameRule, name: string): boolean {
  return name.length >= rule.minLength && name.length <= rule.maxLength && rule.pattern.test(name);
}

function fit(rule: NameRule, fixedPrefix: string, body: string, seed: string): string {
  const maxLength = rule.maxLength - fixedPrefix.length;
  let base = trimEdges(body, "-");
  const needsSuffix = rule.scope === "global" || base.length > maxLength;
  if (needsSuffix) {
    const suffix = stableHash(seed, HASH_SUFFIX_LENGTH);
    const room = maxLength - suffix.length - rule.separator.length;
    base = trimEdges(base.slice(0, room), "-");
    base = base.length > 0 ? `${base}${rule.separator}${suffix}` : suffix;
  }
  base = `${fixedPrefix}${base}`;
  if (base.length < rule.minLength) base = `${base}${stableHash(seed, rule.minLength)}`.slice(0, rule.minLength);
  return base;
}

/** A short lower-case base-36 hash of `seed`, stable across runs and machines. */
export function stableHash(seed: string, length: number): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return BigInt(`0x${hex}`).toString(36).padStart(length, "0").slice(-length);
}

function trimEdges(s: string, sep: string): string {
  if (!sep) return s;
  let out = s;
  while (out.startsWith(sep)) out = out.slice(sep.length);
  while (out.endsWith(sep)) out = out.slice(0, -sep.length);
  return out;
}
