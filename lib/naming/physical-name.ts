import { createHash } from "node:crypto";
import { NAME_RULES, NamedResource, NameRule } from "./name-rules";

/** Length of the stable hash suffix appended to globally unique names. */
export const HASH_SUFFIX_LENGTH = 6;

/**
 * Builds the physical name of a resource from readable parts, within the
 * resource type's limits.
 *
 * Parts are cleaned of characters the type forbids and joined with its
 * separator. Names with global scope end in a stable, deterministic hash of
 * `uniqueSeed` (or of all the parts), so the same inputs give the same name
 * on every synth and different services never collide. Overlong names are
 * truncated before the suffix, and a truncated regional name also gets the
 * suffix so two long inputs cannot collapse into one name.
 */
export function physicalName(resource: NamedResource, parts: readonly string[], uniqueSeed?: string): string {
  const rule: NameRule = NAME_RULES[resource];
  const cleaned = parts
    .map((p) => (rule.lowerCase ? p.toLowerCase() : p).replace(rule.keep, ""))
    .filter((p) => p.length > 0);
  let base = cleaned.join(rule.separator);
  const seed = uniqueSeed ?? parts.join("/");
  const needsSuffix = rule.scope === "global" || base.length > rule.maxLength;
  if (needsSuffix) {
    const suffix = stableHash(seed, HASH_SUFFIX_LENGTH);
    const room = rule.maxLength - suffix.length - rule.separator.length;
    base = trimEdges(base.slice(0, room), rule.separator);
    base = base.length > 0 ? `${base}${rule.separator}${suffix}` : suffix;
  }
  base = trimEdges(base, "-");
  if (base.length < rule.minLength) base = `${base}${stableHash(seed, rule.minLength)}`.slice(0, Math.max(rule.minLength, base.length));
  if (!rule.pattern.test(base) || base.length > rule.maxLength) {
    throw new Error(`dualcloud naming produced ${JSON.stringify(base)} for ${rule.resourceType}, outside its limits: this is a bug`);
  }
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
