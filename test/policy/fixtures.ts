import { TerraformStack, Testing } from "cdktf";
import { CLOUD_NAMES, CloudName, cloudPlugin } from "../../lib/clouds/registry";
import type { PolicyRule } from "../../lib/policy/rule";
import { TEST_CLOUDS } from "../support/clouds";
import { RuleFixture } from "./fixture";
import { GLOBAL_FIXTURES } from "./fixtures-global";

/** A cloud's rule fixtures, from `test/policy/fixtures-<cloud>.ts` (found through the registry). */
function cloudFixtures(cloud: CloudName): Record<string, RuleFixture> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(`./fixtures-${cloud}`) as { RULE_FIXTURES?: Record<string, RuleFixture> };
  if (loaded.RULE_FIXTURES === undefined) throw new Error(`test/policy/fixtures-${cloud}.ts exports no RULE_FIXTURES`);
  return loaded.RULE_FIXTURES;
}

/** Every rule's fixtures, keyed by rule ID. */
export const FIXTURES: Record<string, RuleFixture> = Object.assign({}, ...CLOUD_NAMES.map(cloudFixtures), GLOBAL_FIXTURES);

/** A bare stack with one provider of the cloud. */
export function bareStack(cloud: CloudName): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "fixture");
  TEST_CLOUDS[cloud].provider(stack);
  return stack;
}

/**
 * The cloud whose provider a rule's fixtures need: the rule's own area, or for
 * a global rule the cloud whose Terraform footprint owns its resource types.
 */
export function fixtureCloud(rule: PolicyRule): CloudName {
  if (rule.area !== "global") return rule.area;
  const owner = CLOUD_NAMES.find((cloud) => rule.resourceTypes.some((type) => cloudPlugin(cloud).footprint.providers.some((p) => type.startsWith(`${p}_`))));
  if (owner === undefined) throw new Error(`global rule ${rule.id} judges no resource type of a known cloud`);
  return owner;
}
