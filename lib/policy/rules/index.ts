/*
 * The registry of every policy rule. Each area's rules are listed in
 * `rules/<area>/index.ts` (test/policy/registry.test.ts checks none is
 * missing); each cloud's area comes from its plugin in the cloud registry.
 */
import { CLOUD_NAMES, CLOUD_PLUGINS } from "../../clouds/registry";
import { PolicyRule } from "../rule";
import { GLOBAL_RULES } from "./global";

/** Every rule of the pack: each cloud's area in registry order, then the global layer. */
export const ALL_RULES: readonly PolicyRule[] = [...CLOUD_NAMES.flatMap((cloud) => CLOUD_PLUGINS[cloud].policyRules), ...GLOBAL_RULES];

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

/** The rule with this ID, or undefined. */
export function findRule(id: string): PolicyRule | undefined {
  return BY_ID.get(id);
}
