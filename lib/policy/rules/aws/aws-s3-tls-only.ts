import { companionsOf } from "../../helpers/aws-s3";
import { defineRule, PolicyViolation } from "../../rule";
import { asObject, jsonDocument } from "../../values";

function deniesInsecureTransport(policy: unknown): boolean {
  const doc = asObject(jsonDocument(policy));
  if (doc === undefined) return typeof policy === "string" && policy.includes("${"); // unknown at synth
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return statements.some((s) => {
    const st = asObject(s);
    const cond = asObject(asObject(st?.Condition)?.Bool);
    return st?.Effect === "Deny" && cond !== undefined && String(cond["aws:SecureTransport"]) === "false";
  });
}

/** Buckets refuse requests that are not over TLS. */
export const rule = defineRule({
  id: "aws-s3-tls-only",
  description: "Every S3 bucket has a bucket policy that denies requests with aws:SecureTransport = false.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_policy"],
  equivalents: { cdkNag: ["AwsSolutions-S10"] },
  fix: "add aws_s3_bucket_policy with a Deny statement for s3:* on the bucket and its objects when Bool aws:SecureTransport is false.",
  checkStack(index) {
    const out: PolicyViolation[] = [];
    for (const bucket of index.ofType("aws_s3_bucket")) {
      if (!companionsOf(index, bucket, "aws_s3_bucket_policy").some((p) => deniesInsecureTransport(p.config.policy))) {
        out.push({ resource: bucket, message: "no bucket policy denies non-TLS requests" });
      }
    }
    return out;
  },
});
