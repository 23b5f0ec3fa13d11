import { Annotations, Aspects, IAspect, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { applicableRules, evaluateElements, evaluateStack, isPolicyRelevantType, PolicyFinding, policyElementType } from "./engine";
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
 * cdktf validates and writes one stack at a time, so a finding in a later
 * stack would fail the synth only after earlier stacks were written. The
 * first validation therefore also judges every other stack the pack was
 * applied to, as constructed (escape hatches included), and fails before
 * anything is written when one has an unsuppressed error. A stack under an
 * aspect that is not marked {@link POLICY_NEUTRAL} is left to its own
 * validation, since that aspect may still change what the rules read.
 *
 * cdktf runs aspects per stack, so add it to stacks (or use `PolicyPack.applyTo`).
 */
export class DualCloudPolicy implements IAspect {
  private readonly stacks = new Map<TerraformStack, StackState>();
  private preflightDone = false;

  /**
   * @param preflightStacks the stacks the first validation also judges before anything is written
   * @default - none: each stack is judged only by its own validation
   */
  constructor(private readonly preflightStacks: readonly TerraformStack[] = []) {}

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

  /** Unsuppressed errors of the other stacks, once, at the first validation (see the class comment). */
  private preflight(current: TerraformStack): string[] {
    if (this.preflightDone) return [];
    this.preflightDone = true;
    return this.preflightStacks
      .filter((s) => s !== current && !underForeignAspect(s))
      .flatMap((s) => evaluateStack(s))
      .filter((f) => f.severity === "error" && f.suppressedReason === undefined)
      .map((f) => `[${f.path}] ${f.message}`);
  }

  private validateStack(stack: TerraformStack, state: StackState): string[] {
    const preflight = this.preflight(stack);
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
    return [...preflight, ...state.findings.filter((f) => f.severity === "error" && f.suppressedReason === undefined).map((f) => `[${f.path}] ${f.message}`)];
  }
}

/**
 * Marks an aspect that changes nothing a policy rule reads (e.g. one that only
 * adds tags): `readonly [POLICY_NEUTRAL] = true`. Stacks under other aspects
 * are judged only after their aspects ran.
 */
export const POLICY_NEUTRAL = Symbol.for("dualcloud.policy-neutral-aspect");

function isNeutral(aspect: IAspect): boolean {
  return aspect instanceof DualCloudPolicy || (aspect as { [POLICY_NEUTRAL]?: boolean })[POLICY_NEUTRAL] === true;
}

/** Whether an aspect that may change what the rules read applies to the stack (on it, an ancestor or a descendant). */
function underForeignAspect(stack: TerraformStack): boolean {
  return [...stack.node.scopes, ...stack.node.findAll()].some((c) => Aspects.of(c).all.some((a) => !isNeutral(a)));
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
    const stacks = scope.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
    const aspect = new DualCloudPolicy(stacks);
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
