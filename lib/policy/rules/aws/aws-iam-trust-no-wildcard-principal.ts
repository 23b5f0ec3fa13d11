import { defineRule } from "../../rule";
import { asObject, jsonDocument, strings } from "../../values";

/** Only named principals can assume a role. */
export const rule = defineRule({
  id: "aws-iam-trust-no-wildcard-principal",
  description: "No IAM role's assume_role_policy lets the principal \"*\" assume it.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_iam_role"],
  equivalents: { checkov: ["CKV_AWS_60"] },
  fix: "trust a specific service principal (e.g. ecs-tasks.amazonaws.com) or account, with conditions such as aws:SourceAccount.",
  check(r) {
    const doc = asObject(jsonDocument(r.config.assume_role_policy));
    const statements = Array.isArray(doc?.Statement) ? doc!.Statement : doc?.Statement !== undefined ? [doc.Statement] : [];
    for (const s of statements.map(asObject)) {
      if (!s || s.Effect === "Deny") continue;
      const p = s.Principal;
      const principals = p === "*" ? ["*"] : Object.values(asObject(p) ?? {}).flatMap((v) => strings(v));
      if (principals.includes("*")) return ["the trust policy lets anyone assume the role"];
    }
    return undefined;
  },
});
