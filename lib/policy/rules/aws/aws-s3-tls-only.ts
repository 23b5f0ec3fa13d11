import { companionsOf } from "../../helpers/aws-s3";
import { defineRule, PolicyViolation } from "../../rule";
import { asObject, unknownProblem } from "../../values";
import { iamStatements, IamStatement, POLICY_DOCUMENT_TYPE } from "../../helpers/aws-iam";

function deniesInsecureTransport(statements: readonly IamStatement[]): boolean {
  return statements.some((st) => {
    const cond = asObject(asObject(st.Condition)?.Bool);
    return st.Effect === "Deny" && cond !== undefined && String(cond["aws:SecureTransport"]) === "false";
  });
}

/** Buckets refuse requests that are not over TLS. */
export const rule = defineRule({
  id: "aws-s3-tls-only",
  description: "Every S3 bucket has a bucket policy that denies requests with aws:SecureTransport = false.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_policy", POLICY_DOCUMENT_TYPE],
  equivalents: { cdkNag: ["AwsSolutions-S10"] },
  fix: "add aws_s3_bucket_policy with a Deny statement for s3:* on the bucket and its objects when Bool aws:SecureTransport is false.",
  checkStack(index) {
    const out: PolicyViolation[] = [];
    for (const bucket of index.ofType("aws_s3_bucket")) {
      const policies = companionsOf(index, bucket, "aws_s3_bucket_policy");
      const documents = policies.map((p) => iamStatements(p.config.policy, index));
      if (documents.some((d) => d !== undefined && deniesInsecureTransport(d))) continue;
      const unknown = policies.filter((_, i) => documents[i] === undefined).map((p) => unknownProblem("the bucket policy", p.config.policy)).find((m) => m !== undefined);
      out.push({ resource: bucket, message: unknown ?? "no bucket policy denies non-TLS requests" });
    }
    return out;
  },
});
