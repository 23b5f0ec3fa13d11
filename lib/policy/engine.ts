import { DefaultTokenResolver, StringConcat, TerraformDataSource, TerraformElement, TerraformResource, TerraformStack, Tokenization } from "cdktf";
import { IConstruct } from "constructs";
import { PolicyResource, PolicyRule, PolicySeverity, PolicyStackIndex, ResourceConfig } from "./rule";
import { ALL_RULES } from "./rules";
import { suppressionReason } from "./suppressions";

/** One finding of one rule on one resource. */
export interface PolicyFinding {
  /** The rule. */
  readonly ruleId: string;
  /** The rule's severity. */
  readonly severity: PolicySeverity;
  /** Construct path of the offending resource. */
  readonly path: string;
  /** Terraform address of the offending resource. */
  readonly address: string;
  /** What is wrong, how to fix it, and how to suppress it. */
  readonly message: string;
  /** The suppression's reason when the finding is suppressed. */
  readonly suppressedReason?: string;
}

/** Rules by Terraform type, built once. */
const PER_RESOURCE = new Map<string, PolicyRule[]>();
const CROSS_RESOURCE: PolicyRule[] = [];
const CROSS_TYPES = new Set<string>();
for (const rule of ALL_RULES) {
  if (rule.checkStack) {
    CROSS_RESOURCE.push(rule);
    rule.resourceTypes.forEach((t) => CROSS_TYPES.add(t));
  } else {
    for (const t of rule.resourceTypes) PER_RESOURCE.set(t, [...(PER_RESOURCE.get(t) ?? []), rule]);
  }
}

/** Whether any rule reads resources of this Terraform type. */
export function isPolicyRelevantType(type: string): boolean {
  return PER_RESOURCE.has(type) || CROSS_TYPES.has(type);
}

/** A resource or data source with a Terraform type, as opposed to outputs, providers, locals... */
export function policyElementType(node: IConstruct): string | undefined {
  if (TerraformResource.isTerraformResource(node) || node instanceof TerraformDataSource) {
    return (node as TerraformResource | TerraformDataSource).terraformResourceType;
  }
  return undefined;
}

/**
 * The rules that apply to the app under `root`: those reading at least one
 * Terraform type that a resource or data source under it has. The others
 * judge nothing there.
 */
export function applicableRules(root: IConstruct): PolicyRule[] {
  const present = new Set(root.node.findAll().map(policyElementType).filter((t): t is string => t !== undefined));
  return ALL_RULES.filter((r) => r.resourceTypes.some((t) => present.has(t)));
}

function resolveConfig(stack: TerraformStack, element: TerraformElement, type: string, isData: boolean): ResourceConfig {
  let tf: Record<string, unknown>;
  try {
    tf = Tokenization.resolve(element.toTerraform(), { scope: stack, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) }) as Record<string, unknown>;
  } catch {
    // Unresolvable (e.g. a token from another app): fall back to the raw attributes; unknown values stay unknown.
    tf = element.toTerraform() as Record<string, unknown>;
  }
  const byType = (tf[isData ? "data" : "resource"] as Record<string, Record<string, ResourceConfig>> | undefined)?.[type];
  return (byType && Object.values(byType)[0]) ?? {};
}

function message(rule: PolicyRule, resource: PolicyResource, problem: string): string {
  return (
    `${rule.id} (${rule.severity}): ${resource.address}: ${problem}. Fix: ${rule.fix} ` +
    `To accept it as an intended exception: suppressPolicy(<construct>, "${rule.id}", "<reason>").`
  );
}

/**
 * Evaluates every rule over the given elements of one stack: one pass over
 * the elements, dispatched by Terraform type, then the cross-resource rules
 * over what was collected.
 */
export function evaluateElements(stack: TerraformStack, elements: readonly IConstruct[]): PolicyFinding[] {
  const findings: PolicyFinding[] = [];
  const byType = new Map<string, PolicyResource[]>();
  const add = (rule: PolicyRule, resource: PolicyResource, problem: string) => {
    const suppressedReason = suppressionReason(resource.construct, rule.id);
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      path: resource.construct.node.path,
      address: resource.address,
      message: message(rule, resource, problem),
      ...(suppressedReason !== undefined ? { suppressedReason } : {}),
    });
  };
  for (const node of elements) {
    const type = policyElementType(node);
    if (type === undefined) continue;
    const rules = PER_RESOURCE.get(type);
    if (!rules && !CROSS_TYPES.has(type)) continue;
    const element = node as TerraformElement;
    const isData = node instanceof TerraformDataSource;
    const resource: PolicyResource = {
      construct: element,
      type,
      address: `${isData ? "data." : ""}${type}.${element.friendlyUniqueId}`,
      config: resolveConfig(stack, element, type, isData),
    };
    if (CROSS_TYPES.has(type)) byType.set(type, [...(byType.get(type) ?? []), resource]);
    for (const rule of rules ?? []) {
      const problems = rule.check!(resource) ?? [];
      if (problems.length > 0) add(rule, resource, problems.join("; "));
    }
  }
  const index: PolicyStackIndex = { ofType: (t) => byType.get(t) ?? [] };
  for (const rule of CROSS_RESOURCE) {
    if (!rule.resourceTypes.some((t) => byType.has(t))) continue;
    const byResource = new Map<PolicyResource, string[]>();
    for (const v of rule.checkStack!(index)) byResource.set(v.resource, [...(byResource.get(v.resource) ?? []), v.message]);
    for (const [resource, problems] of byResource) add(rule, resource, problems.join("; "));
  }
  return findings;
}

/** Evaluates every rule over one stack as its construct tree stands now. */
export function evaluateStack(stack: TerraformStack): PolicyFinding[] {
  return evaluateElements(stack, stack.node.findAll());
}

/**
 * Findings of the policy pack on every stack under `scope` (or on the stack
 * that holds it), suppressed findings excluded unless `includeSuppressed`.
 * Evaluates the tree as it stands: it does not need the aspect to be applied.
 */
export function policyFindings(scope: IConstruct, options: { readonly includeSuppressed?: boolean } = {}): PolicyFinding[] {
  const stacks = scope.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
  if (stacks.length === 0) stacks.push(TerraformStack.of(scope));
  const all = stacks.flatMap((s) => evaluateStack(s));
  return options.includeSuppressed ? all : all.filter((f) => f.suppressedReason === undefined);
}
