import type { CloudName } from "../clouds/registry";
import { TerraformElement } from "cdktf";
import { internalBug } from "../errors";

/** How bad a finding is: an `error` fails the synth, a `warning` is reported. */
export type PolicySeverity = "error" | "warning";

/** The cloud, or the global traffic layer, a rule belongs to. */
export type PolicyArea = CloudName | "global";

/** How far a related checkov check falls short of a rule on this library's cdktf JSON. */
export type ScannerCaveatKind =
  /** It agrees where it runs, but checks less than the rule (e.g. only ports 22 and 3389). */
  | "partial"
  /** It cannot read this library's output (a reference to a data source, a JSON string), so it passes whatever the control says. */
  | "blind"
  /** It reads a resource type this library never builds, so it runs only on resources a user adds. */
  | "absent"
  /** It demands more than the rule and fails on this library's output by design. */
  | "stricter";

/** A checkov check related to a rule that does not simply agree with it, and why. */
export interface ScannerCaveat {
  /** checkov ID, e.g. `CKV_AWS_60`. */
  readonly id: string;
  /** How it falls short. */
  readonly kind: ScannerCaveatKind;
  /** What it reads and why that differs, with evidence where there is some. */
  readonly reason: string;
}

/** The same check in other scanners, where one exists. Empty when none does. */
export interface PolicyEquivalents {
  /**
   * checkov IDs that agree with the rule on this library's output: each reads
   * the same resource type and attribute, passes where the rule passes and
   * fails where it fails (docs/POLICY.md, "How the checkov column was checked").
   */
  readonly checkov?: readonly string[];
  /** Related checkov IDs that do not agree, each with its reason. */
  readonly checkovCaveats?: readonly ScannerCaveat[];
  /** trivy (Aqua vulnerability database) IDs, e.g. `AVD-AWS-0052`. */
  readonly trivy?: readonly string[];
  /** cdk-nag AwsSolutions IDs, e.g. `AwsSolutions-ELB2`. */
  readonly cdkNag?: readonly string[];
}

/** Resolved Terraform attributes of one resource or data source, as written to JSON (snake_case keys). */
export type ResourceConfig = Record<string, unknown>;

/** One Terraform resource or data source, as a rule sees it. */
export interface PolicyResource {
  /** The construct; findings attach to it. */
  readonly construct: TerraformElement;
  /** Terraform type, e.g. `aws_lb`. */
  readonly type: string;
  /** Terraform address, e.g. `aws_lb.orders_alb_1A2B3C4D` or `data.aws_iam_policy_document.x`. */
  readonly address: string;
  /** Resolved attributes, escape-hatch overrides included. References stay as `${type.name.attr}` strings. */
  readonly config: ResourceConfig;
}

/** Every checked resource of one stack, by Terraform type, for rules that compare resources. */
export interface PolicyStackIndex {
  /** The resources of `type`, in construct-tree order (empty when none). */
  ofType(type: string): readonly PolicyResource[];
}

/** One violation a rule found on a resource. */
export interface PolicyViolation {
  /** The offending resource. */
  readonly resource: PolicyResource;
  /** What is wrong with it, for humans. */
  readonly message: string;
}

/**
 * One policy rule. A rule is either per resource (`check`, called once per
 * resource of `resourceTypes`) or cross-resource (`checkStack`, called once
 * per stack with every resource of `resourceTypes` collected first).
 */
export interface PolicyRule {
  /** Stable ID, equal to the rule's file name, e.g. `aws-alb-drop-invalid-headers`. */
  readonly id: string;
  /** One line: what a compliant configuration looks like. */
  readonly description: string;
  /** `error` fails the synth; `warning` is reported. */
  readonly severity: PolicySeverity;
  /** The cloud or layer the rule covers. */
  readonly area: PolicyArea;
  /** Terraform types the rule reads (data sources included, e.g. `aws_iam_policy_document`). */
  readonly resourceTypes: readonly string[];
  /** The same check in checkov, trivy and cdk-nag. */
  readonly equivalents: PolicyEquivalents;
  /** How to fix a finding. */
  readonly fix: string;
  /**
   * Set when no app the library builds has a resource of these types, so the
   * rule guards only resources a user adds: says which additions it is for.
   * test/policy/real-output.test.ts checks it against the apps the library builds.
   */
  readonly userAdditionsOnly?: string;
  /** Per-resource check: returns one message per problem, or nothing when compliant. */
  check?(resource: PolicyResource): readonly string[] | undefined;
  /** Cross-resource check over one stack. */
  checkStack?(index: PolicyStackIndex): readonly PolicyViolation[];
}

/** Declares a rule; exists so every rule file reads the same and the compiler checks its shape. */
export function defineRule(rule: PolicyRule): PolicyRule {
  if (!rule.check === !rule.checkStack) throw internalBug(`policy rule ${rule.id} must define exactly one of check or checkStack`);
  return rule;
}
