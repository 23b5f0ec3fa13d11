import { defineRule, PolicyResource } from "../../rule";
import { asObject, blocks, jsonDocument, str, strings } from "../../values";

function wildcard(action: string): boolean {
  return action === "*" || /^[a-z0-9-]+:\*$/i.test(action);
}

function statementsOf(r: PolicyResource): { effect: string; actions: string[] }[] {
  if (r.type === "aws_iam_policy_document") {
    return blocks(r.config.statement).map((s) => ({ effect: str(s.effect) ?? "Allow", actions: strings(s.actions) }));
  }
  const docs: unknown[] = [];
  if (r.type === "aws_iam_role") docs.push(...blocks(r.config.inline_policy).map((p) => p.policy));
  else docs.push(r.config.policy);
  const out: { effect: string; actions: string[] }[] = [];
  for (const d of docs) {
    const doc = asObject(jsonDocument(d));
    const statements = Array.isArray(doc?.Statement) ? doc!.Statement : doc?.Statement !== undefined ? [doc.Statement] : [];
    for (const s of statements.map(asObject)) {
      if (s) out.push({ effect: str(s.Effect) ?? "Allow", actions: strings(s.Action) });
    }
  }
  return out;
}

/** Least privilege: no IAM statement allows every action, or every action of a service. */
export const rule = defineRule({
  id: "aws-iam-no-wildcard-action",
  description: "No IAM policy statement with Effect Allow grants the action \"*\" or \"<service>:*\".",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_role", "aws_iam_policy_document"],
  equivalents: { checkov: ["CKV_AWS_63", "CKV_AWS_49"], trivy: ["AVD-AWS-0057"], cdkNag: ["AwsSolutions-IAM5"] },
  fix: "list the exact actions the workload needs (e.g. secretsmanager:GetSecretValue) and scope resources to ARNs.",
  check(r) {
    return statementsOf(r)
      .filter((s) => s.effect === "Allow")
      .flatMap((s) => s.actions.filter(wildcard))
      .map((a) => `a statement allows the wildcard action ${a}`);
  },
});
