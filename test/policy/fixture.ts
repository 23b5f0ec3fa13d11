import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

/** Builds resources in a bare stack and returns the one the rule judges. */
export type FixtureBuilder = (stack: TerraformStack) => IConstruct;

/** The two fixtures every rule has. */
export interface RuleFixture {
  /** Resources the rule accepts. */
  readonly compliant: FixtureBuilder;
  /** Resources the rule flags; returns the construct the finding must be on. */
  readonly nonCompliant: FixtureBuilder;
}
