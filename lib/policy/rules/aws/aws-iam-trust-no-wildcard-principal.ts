import { iamStatements, POLICY_DOCUMENT_TYPE } from "../../helpers/aws-iam";
import { defineRule, PolicyViolation } from "../../rule";
import { asObject, strings, unknownProblem } from "../../values";

/** Only named principals can assume a role. */
export const rule = defineRule({
  id: "aws-iam-trust-no-wildcard-principal",
  description: "No IAM role's assume_role_policy (literal JSON, or the aws_iam_policy_document it references) lets the principal \"*\" assume it.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_iam_role", POLICY_DOCUMENT_TYPE],
  equivalents: {
    checkovCaveats: [
      { id: "CKV_AWS_60", kind: "blind", reason: "it reads aws_iam_role.assume_role_policy, which here is a reference to a data source's JSON: it passed with the trust principal set to \"*\" (checkov-scan review, section 7)" },
      { id: "CKV_AWS_283", kind: "partial", reason: "it reads every aws_iam_policy_document (trust or not) and fails only an unconditioned Allow to principal type AWS \"*\"; it misses type \"*\" and conditioned statements" },
    ],
  },
  fix: "trust a specific service principal (e.g. ecs-tasks.amazonaws.com) or account, with conditions such as aws:SourceAccount.",
  checkStack(index) {
    const out: PolicyViolation[] = [];
    for (const role of index.ofType("aws_iam_role")) {
      const statements = iamStatements(role.config.assume_role_policy, index);
      if (statements === undefined) {
        out.push({ resource: role, message: unknownProblem("assume_role_policy", role.config.assume_role_policy) ?? "assume_role_policy is not a policy document" });
        continue;
      }
      for (const s of statements) {
        if (s.Effect === "Deny") continue;
        const p = s.Principal;
        const principals = p === "*" ? ["*"] : Object.values(asObject(p) ?? {}).flatMap((v) => strings(v));
        if (principals.includes("*")) {
          out.push({ resource: role, message: "the trust policy lets anyone assume the role" });
          break;
        }
      }
    }
    return out;
  },
});
