import { IConstruct } from "constructs";
import { FieldChecker } from "../validation/checker";
import { findRule } from "./rules";

/** Metadata type under which suppressions are recorded on a construct. */
export const POLICY_SUPPRESSION_METADATA = "dualcloud/policy-suppression";

/** One recorded suppression. */
export interface PolicySuppression {
  /** Path of the construct the suppression was added to; it covers that construct and its children. */
  readonly path: string;
  /** The suppressed rule. */
  readonly ruleId: string;
  /** Why the finding is an intended exception. */
  readonly reason: string;
}

interface SuppressionData {
  readonly ruleId: string;
  readonly reason: string;
}

/**
 * Suppresses one policy rule on a construct and all of its children, with a
 * written reason that shows in the synth summary (`listSuppressions`).
 *
 * @throws DualCloudValidationError when the rule ID is unknown or the reason is empty
 * @example
 * suppressPolicy(albSecurityGroup, "aws-sg-no-public-ingress", "The public load balancer answers on 443 (and 80, to redirect).");
 */
export function suppressPolicy(construct: IConstruct, ruleId: string, reason: string): void {
  const check = new FieldChecker(construct.node.path);
  if (typeof ruleId !== "string" || !findRule(ruleId)) check.fail("ruleId", ruleId, "the ID of a dualcloud policy rule (see docs/POLICY.md)");
  if (typeof reason !== "string" || reason.trim().length < 10) {
    check.fail("reason", reason, "a written reason of at least 10 characters saying why this finding is an intended exception");
  }
  const data: SuppressionData = { ruleId, reason: reason.trim() };
  construct.node.addMetadata(POLICY_SUPPRESSION_METADATA, data);
}

function suppressionsOn(construct: IConstruct): SuppressionData[] {
  return construct.node.metadata.filter((m) => m.type === POLICY_SUPPRESSION_METADATA).map((m) => m.data as SuppressionData);
}

/** Every suppression under `root`, in tree order. */
export function listSuppressions(root: IConstruct): PolicySuppression[] {
  const out: PolicySuppression[] = [];
  for (const c of root.node.findAll()) {
    for (const s of suppressionsOn(c)) out.push({ path: c.node.path, ruleId: s.ruleId, reason: s.reason });
  }
  return out;
}

/** The reason `ruleId` is suppressed on `construct` or one of its scopes, or undefined. */
export function suppressionReason(construct: IConstruct, ruleId: string): string | undefined {
  for (const scope of [...construct.node.scopes].reverse()) {
    const hit = suppressionsOn(scope).find((s) => s.ruleId === ruleId);
    if (hit) return hit.reason;
  }
  return undefined;
}
