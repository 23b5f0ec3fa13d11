import { Construct } from "constructs";
import { FieldChecker } from "../validation/checker";

/**
 * The future flag (a context key) with which the core refuses any construct
 * that sits directly under the App and is not a stack. CDK Terrain's
 * `cdktn init` and its Testing app (future flags on by default) turn it on; cdktf 0.21 has no such flag.
 */
export const FAIL_ON_CONSTRUCTS_OUTSIDE_OF_STACKS = "failOnConstructsOutsideOfStacks";

/** The setting the error asks for, as it goes into cdktf.json. */
export const FUTURE_FLAG_FIX = `"context": { "${FAIL_ON_CONSTRUCTS_OUTSIDE_OF_STACKS}": false } in cdktf.json (the JSON boolean: the string "false" still turns it on), or Testing.app({ enableFutureFlags: false }) in tests`;

/** True when the core in use honours {@link FAIL_ON_CONSTRUCTS_OUTSIDE_OF_STACKS}. */
export function coreHonoursFailOnConstructsOutsideOfStacks(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const features = require("cdktf/lib/features") as { FUTURE_FLAGS?: Record<string, unknown> };
  return features.FUTURE_FLAGS !== undefined && FAIL_ON_CONSTRUCTS_OUTSIDE_OF_STACKS in features.FUTURE_FLAGS;
}

/**
 * A service construct sits under the App and owns its stacks, so a core that
 * honours {@link FAIL_ON_CONSTRUCTS_OUTSIDE_OF_STACKS} would refuse it at synth
 * with a message that names neither the flag nor the fix. This fails first,
 * at construction, with both. The core reads the flag as truthy/falsy, so any
 * truthy value (including the string "false") is refused.
 */
export function checkFutureFlags(scope: Construct, check: FieldChecker): void {
  const value: unknown = scope.node.tryGetContext(FAIL_ON_CONSTRUCTS_OUTSIDE_OF_STACKS);
  if (value && coreHonoursFailOnConstructsOutsideOfStacks()) {
    check.fail(`context.${FAIL_ON_CONSTRUCTS_OUTSIDE_OF_STACKS}`, value, `the flag off: DualCloudService sits under the App and owns its stacks, which this future flag refuses; set ${FUTURE_FLAG_FIX}`);
  }
}
