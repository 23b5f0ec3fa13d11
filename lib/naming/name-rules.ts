/** Where a physical name must be unique. */
export type UniquenessScope = "resource-group" | "region" | "account" | "global";

/** The limits one resource type puts on its physical name. */
export interface NameRule {
  /** Provider resource type the rule is for, for docs and messages. */
  readonly resourceType: string;
  /** Minimum length. */
  readonly minLength: number;
  /** Maximum length. */
  readonly maxLength: number;
  /** The whole name must match. */
  readonly pattern: RegExp;
  /** Separator placed between parts: a hyphen, or nothing where hyphens are not allowed. */
  readonly separator: "-" | "";
  /** Characters outside this class are removed from each part. */
  readonly keep: RegExp;
  /** Case folding applied to the name. */
  readonly lowerCase: boolean;
  /** Uniqueness scope; `global` names get a stable hash suffix. */
  readonly scope: UniquenessScope;
  /** A fixed start every name has (e.g. `alias/`), added when the parts lack it. */
  readonly prefix?: string;
}

/** Characters kept by default: lower-case letters, digits, hyphens. */
export const LOWER_HYPHEN = /[^a-z0-9-]/g;
/** Letters of either case, digits, hyphens. */
export const ALNUM_HYPHEN = /[^a-zA-Z0-9-]/g;
/** Lower-case letters and digits only. */
export const LOWER_ALNUM = /[^a-z0-9]/g;

/** A rule that lower-cases its names. */
export function rule(resourceType: string, minLength: number, maxLength: number, pattern: RegExp, scope: UniquenessScope, keep = LOWER_HYPHEN, separator: "-" | "" = "-"): NameRule {
  return { resourceType, minLength, maxLength, pattern, separator, keep, lowerCase: true, scope };
}

/** A rule that keeps the case of its parts. */
export function caseKept(base: NameRule): NameRule {
  return { ...base, lowerCase: false };
}

/** A rule whose names all start with a fixed `prefix`. */
export function prefixed(base: NameRule, prefix: string): NameRule {
  return { ...base, prefix };
}
