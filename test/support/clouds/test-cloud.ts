import { TerraformStack } from "cdktf";

/**
 * What the cross-cloud test generators need from one cloud: the fuzzer
 * (test/fuzz.test.ts) and the policy rules test's bare stacks. Each cloud
 * has one, in `test/support/clouds/<cloud>.ts`, exporting `TEST_CLOUD`; the
 * generators find it through the registry, so a new cloud adds that file and
 * changes no generator.
 */
export interface TestCloud {
  /** Adds the cloud's provider, bare, to a stack (what a policy fixture's resources need). */
  provider(stack: TerraformStack): void;
  /** A valid `stateBackend.<cloud>`. */
  readonly stateBackend: Readonly<Record<string, unknown>>;
  /** A valid `dns.nameServers.<cloud>`: the full set of 4 its DNS assigns. */
  readonly nameServers: readonly string[];
  /** A valid `props.<cloud>`, when a datacentre of the cloud needs one. */
  readonly requiredOptions?: Readonly<Record<string, unknown>>;
  /**
   * How fuzzed specs use the cloud: `always` (one or two datacentres, in any
   * order with the other `always` clouds) or `sometimes` (in about one spec in
   * four, one datacentre listed last, as the break-glass procedure adds a cloud).
   */
  readonly fuzz: "always" | "sometimes";
}
