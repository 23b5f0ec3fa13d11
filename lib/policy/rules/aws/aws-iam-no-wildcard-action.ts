import { documentStatements, IamStatement, iamStatements, POLICY_DOCUMENT_TYPE, referencesDocument } from "../../helpers/aws-iam";
import { defineRule, PolicyResource, PolicyStackIndex, PolicyViolation } from "../../rule";
import { blocks, str, strings, unknownProblem } from "../../values";

function wildcard(action: string): boolean {
  return action === "*" || /^[a-z0-9-]+:\*$/i.test(action);
}

/** The policy arguments a resource carries: one for a policy, one per inline_policy of a role. */
function policyArguments(r: PolicyResource): unknown[] {
  return r.type === "aws_iam_role" ? blocks(r.config.inline_policy).map((p) => p.policy) : [r.config.policy];
}

/**
 * The problems of one resource. A policy argument that references a policy
 * document of this stack is judged on that document (reported there once);
 * one only known at apply is reported as such.
 */
function problemsOf(r: PolicyResource, index: PolicyStackIndex): string[] {
  const judge = (statements: readonly IamStatement[]) =>
    statements.filter((s) => (str(s.Effect) ?? "Allow") === "Allow").flatMap((s) => strings(s.Action).filter(wildcard)).map((a) => `a statement allows the wildcard action ${a}`);
  if (r.type === POLICY_DOCUMENT_TYPE) return judge(documentStatements(r, index) ?? []);
  return policyArguments(r)
    .filter((value) => !referencesDocument(value, index))
    .flatMap((value) => {
      const statements = iamStatements(value, index);
      return statements === undefined ? [unknownProblem("the policy", value) ?? "the policy is not a policy document"] : judge(statements);
    });
}

/** Least privilege: no IAM statement allows every action, or every action of a service. */
export const rule = defineRule({
  id: "aws-iam-no-wildcard-action",
  description: "No IAM policy statement with Effect Allow grants the action \"*\" or \"<service>:*\" (policy documents are judged themselves; a policy that references one is judged on it).",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_role", POLICY_DOCUMENT_TYPE],
  equivalents: {
    trivy: ["AVD-AWS-0057"],
    cdkNag: ["AwsSolutions-IAM5"],
    checkovCaveats: [
      { id: "CKV_AWS_63", kind: "blind", reason: "it reads aws_iam_role_policy.policy, which here is a reference to a data source's JSON: it passed with Action \"*\" added to the document (checkov-scan review, section 7)" },
      { id: "CKV_AWS_49", kind: "partial", reason: "it reads the aws_iam_policy_document itself and fails Action \"*\", but not \"<service>:*\"" },
    ],
  },
  fix: "list the exact actions the workload needs (e.g. secretsmanager:GetSecretValue) and scope resources to ARNs.",
  checkStack(index) {
    const out: PolicyViolation[] = [];
    for (const type of ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_role", POLICY_DOCUMENT_TYPE]) {
      for (const r of index.ofType(type)) out.push(...problemsOf(r, index).map((message) => ({ resource: r, message })));
    }
    return out;
  },
});
