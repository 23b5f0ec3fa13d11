import { Annotations, Aspects, IAspect, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { applicableRules, evaluateElements, isPolicyRelevantType, PolicyFinding, policyElementType } from "./engine";
import { ALL_RULES } from "./rules";
import { PolicyRule } from "./rule";
import { listSuppressions } from "./suppressions";

/** Metadata type under which a suppressed finding is recorded on its construct: `<rule> suppressed: <reason>`. */
export const SUPPRESSED_METADATA = "dualcloud/policy-suppressed";

interface StackState {
  readonly elements: IConstruct[];
  readonly seen: Set<IConstruct>;
  findings?: PolicyFinding[];
}

/**
 * The dualcloud security policy pack as a cdktf aspect.
 *
 * Each visit is O(1): the aspect records resources of a type some rule reads
 * and, once per stack, registers a validation. The validation (which cdktf
 * runs after every aspect, so escape-hatch overrides and other aspects' edits
 * are seen) evaluates the rules in one pass, dispatched by Terraform type, and
 * annotates each finding on its construct: unsuppressed errors as errors
 * (which also fail the synth through the validation), warnings as warnings,
 * and records each suppressed finding with its reason as
 * {@link SUPPRESSED_METADATA} metadata (not a cdktf info annotation: the synth
 * summary lists suppressions, so the CLI does not print them a second time).
 *
 * cdktf runs aspects per stack, so add it to stacks (or use `PolicyPack.applyTo`).
 */
export class DualCloudPolicy implements IAspect {
  private readonly stacks = new Map<TerraformStack, StackState>();

  public visit(node: IConstruct): void {
    const type = policyElementType(node);
    if (type === undefined || !isPolicyRelevantType(type)) return;
    const stack = TerraformStack.of(node);
    let state = this.stacks.get(stack);
    if (!state) {
      const created: StackState = { elements: [], seen: new Set() };
      state = created;
      this.stacks.set(stack, created);
      stack.node.addValidation({ validate: () => this.validateStack(stack, created) });
    }
    if (state.seen.has(node)) return;
    state.seen.add(node);
    state.elements.push(node);
  }

  /** The findings of the last validation of each stack this aspect has seen. */
  public get findings(): PolicyFinding[] {
    return [...this.stacks.values()].flatMap((s) => s.findings ?? []);
  }

  private validateStack(stack: TerraformStack, state: StackState): string[] {
    const first = state.findings === undefined;
    state.findings = evaluateElements(stack, state.elements);
    if (first) {
      const byPath = new Map(state.elements.map((e) => [e.node.path, e]));
      for (const f of state.findings) {
        const annotations = Annotations.of(byPath.get(f.path) ?? stack);
        if (f.suppressedReason !== undefined) (byPath.get(f.path) ?? stack).node.addMetadata(SUPPRESSED_METADATA, `${f.ruleId} suppressed: ${f.suppressedReason}`);
        else if (f.severity === "error") annotations.addError(f.message);
        else annotations.addWarning(f.message);
      }
    }
    return state.findings.filter((f) => f.severity === "error" && f.suppressedReason === undefined).map((f) => `[${f.path}] ${f.message}`);
  }
}

/** Entry points of the policy pack. */
export class PolicyPack {
  /** Every rule of the pack. */
  public static readonly rules: readonly PolicyRule[] = ALL_RULES;

  /**
   * Applies the pack to every stack under `scope` (or to `scope` itself when it
   * is inside a stack). Call it after the stacks exist, e.g. after
   * `new DualCloudService(...)`. Returns the aspect, whose `findings` fill in at synth.
   *
   * @example
   * const service = new DualCloudService(app, "orders", props);
   * PolicyPack.applyTo(app);
   * app.synth();
   */
  public static applyTo(scope: IConstruct): DualCloudPolicy {
    const aspect = new DualCloudPolicy();
    const stacks = scope.node.findAll().filter((c) => TerraformStack.isStack(c));
    for (const target of stacks.length > 0 ? stacks : [scope]) Aspects.of(target).add(aspect);
    return aspect;
  }
}

/**
 * How many rules apply to the app under `root` (those reading a resource type
 * it has, out of the pack), then its suppressions, as summary lines; fits the synth summary's
 * `suppressions` section: `renderSynthSummary(app, { suppressions: policySummaryLines })`.
 */
export function policySummaryLines(root: IConstruct): string[] {
  const suppressions = listSuppressions(root);
  const applicable = applicableRules(root).length;
  const lines = [`  policy: ${applicable} of ${ALL_RULES.length} rules apply to this app's resources; ${suppressions.length} suppression${suppressions.length === 1 ? "" : "s"}`];
  for (const s of suppressions) lines.push(`    ${s.ruleId} at ${s.path}: ${s.reason}`);
  return lines;
}
