/**
 * Helpers that read resolved Terraform attributes without crashing on
 * unresolved values. After resolution a reference or an expression is a
 * string containing `${`: such a value is "unknown" at synth. A rule never
 * passes a resource because of it: it resolves what it can (e.g. a policy
 * document in the same stack) and reports the rest with {@link unknownProblem}.
 */
import { decodeJsonArgument } from "../private/json-arguments";
import { asObject, blocks } from "../private/terraform-values";

/** A value the synth cannot know: an expression, a reference or a token. */
export function isUnknown(value: unknown): boolean {
  return typeof value === "string" && (value.includes("${") || value.includes("TfToken[") || value.includes("Token["));
}

export { asObject, blocks } from "../private/terraform-values";

/** The first nested block, if any. */
export function firstBlock(value: unknown): Record<string, unknown> | undefined {
  return blocks(value)[0];
}

/** A literal boolean, or undefined when absent or unknown ("true"/"false" strings count). */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

/** A literal number, or undefined when absent or unknown (numeric strings count). */
export function num(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && !isUnknown(value) && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

/** A literal string, or undefined when absent or unknown. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" && !isUnknown(value) ? value : undefined;
}

/** A list of literal strings (unknown entries dropped); a single string counts as a list of one. */
export function strings(value: unknown): string[] {
  if (typeof value === "string") return isUnknown(value) ? [] : [value];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === "string" && !isUnknown(v));
}

/**
 * Parses a JSON document attribute (policies, container definitions): a JSON
 * string or a `${jsonencode(...)}` expression. References inside it stay as
 * `${...}` text on the values that hold them, so the rest of the document is
 * still read. Undefined only when the whole attribute is a reference or not JSON.
 */
export function jsonDocument(value: unknown): unknown {
  if (typeof value !== "string") return asObject(value) ?? (Array.isArray(value) ? value : undefined);
  return decodeJsonArgument(value);
}

/**
 * Whether attribute `value` points at `target`: a resolved reference
 * `${<type>.<name>...}` to it, or the literal value of one of the target's
 * naming attributes (e.g. a bucket name).
 */
export function refersTo(value: unknown, target: { readonly address: string; readonly config: Record<string, unknown> }, nameAttributes: readonly string[] = []): boolean {
  if (typeof value !== "string") return false;
  if (value.includes(`\${${target.address}.`) || value.includes(`\${${target.address}}`)) return true;
  return nameAttributes.some((attr) => {
    const literal = str(target.config[attr]);
    return literal !== undefined && literal === value;
  });
}

/**
 * The problem to report when attribute `name` holds a value only known at
 * apply (a reference or an expression), so the rule cannot show the resource
 * complies; undefined for a literal. Fix: a literal value, or a suppression
 * with the reason the value is safe.
 */
export function unknownProblem(name: string, value: unknown): string | undefined {
  return isUnknown(value) ? `${name} is only known at apply (${String(value)}), so nothing shows it complies` : undefined;
}
