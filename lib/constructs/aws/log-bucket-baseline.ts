import { DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Construct } from "constructs";

/**
 * Creates a bucket that AWS services deliver logs into (IDs `bucket`,
 * `ownership`, `public-access-block`, `versioning`, `encryption`,
 * `lifecycle` in `scope`, each after `idPrefix`): bucket-owner-enforced ownership, every public
 * access blocked, versioning, SSE-S3 default encryption (the only encryption
 * both ELB log delivery and S3 server access log delivery are documented to
 * accept, docs/aws.md), and expiry after `retentionDays` (non-current versions
 * after one day).
 */
export function createLogBucket(scope: Construct, bucketName: string, retentionDays: number, idPrefix = ""): S3Bucket {
  const bucket = new S3Bucket(scope, `${idPrefix}bucket`, { bucket: bucketName, forceDestroy: false });
  new S3BucketOwnershipControls(scope, `${idPrefix}ownership`, { bucket: bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } });
  new S3BucketPublicAccessBlock(scope, `${idPrefix}public-access-block`, {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  new S3BucketVersioningA(scope, `${idPrefix}versioning`, { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } });
  new S3BucketServerSideEncryptionConfigurationA(scope, `${idPrefix}encryption`, {
    bucket: bucket.id,
    rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
  });
  new S3BucketLifecycleConfiguration(scope, `${idPrefix}lifecycle`, {
    bucket: bucket.id,
    rule: [
      {
        id: "retention",
        status: "Enabled",
        filter: [{ prefix: "" }],
        expiration: [{ days: retentionDays }],
        noncurrentVersionExpiration: [{ noncurrentDays: 1 }],
        abortIncompleteMultipartUpload: [{ daysAfterInitiation: 1 }],
      },
    ],
  });
  return bucket;
}

/** A statement denying every request to `bucketArn` and its objects that is not over TLS. */
export function denyInsecureTransport(bucketArn: string): DataAwsIamPolicyDocumentStatement {
  return {
    sid: "DenyInsecureTransport",
    effect: "Deny",
    actions: ["s3:*"],
    resources: [bucketArn, `${bucketArn}/*`],
    principals: [{ type: "*", identifiers: ["*"] }],
    condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
  };
}
