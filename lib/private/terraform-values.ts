/*
 * Reading Terraform JSON values, shared by the invariant checks (lib/checks)
 * and the policy engine (lib/policy). Internal: not exported from the package.
 */

/** A plain object (not null, not an array), else undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * A nested block as a list. cdktf writes a block that holds at most one item
 * as an object and a repeatable block as an array; both come back as a list.
 */
export function blocks(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.map(asObject).filter((v): v is Record<string, unknown> => v !== undefined);
  const single = asObject(value);
  return single ? [single] : [];
}
