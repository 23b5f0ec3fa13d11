import { DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Construct } from "constructs";

/** A log bucket and the last of its baseline sub-resources. */
export interface LogBucket {
  /** The bucket. */
  readonly bucket: S3Bucket;
  /**
   * The lifecycle configuration, the last link of the baseline's creation
   * chain: whatever else configures the bucket (logging, policy) must depend
   * on it, so S3 never sees two of the bucket's sub-resources written at once.
   */
  readonly lifecycle: S3BucketLifecycleConfiguration;
}

/**
 * Creates a bucket that AWS services deliver logs into (IDs `bucket`,
 * `public-access-block`, `ownership`, `versioning`, `encryption`,
 * `lifecycle` in `scope`, each after `idPrefix`): every public access
 * blocked, bucket-owner-enforced ownership, versioning, SSE-S3 default
 * encryption (the only encryption both ELB log delivery and S3 server access
 * log delivery are documented to accept, docs/aws.md), and expiry after
 * `retentionDays` (non-current versions after one day). The sub-resources are
 * created one after another, in that order (`depends_on`): S3 can reject
 * concurrent configuration writes to one bucket with `OperationAborted`, and
 * the provider asks for the lifecycle configuration after versioning
 * (docs/aws.md, "S3 sub-resources are created one at a time").
 */
export function createLogBucket(scope: Construct, bucketName: string, retentionDays: number, idPrefix = ""): LogBucket {
  const bucket = new S3Bucket(scope, `${idPrefix}bucket`, { bucket: bucketName, forceDestroy: false });
  const publicAccessBlock = new S3BucketPublicAccessBlock(scope, `${idPrefix}public-access-block`, {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  const ownership = new S3BucketOwnershipControls(scope, `${idPrefix}ownership`, {
    bucket: bucket.id,
    rule: { objectOwnership: "BucketOwnerEnforced" },
    dependsOn: [publicAccessBlock],
  });
  const versioning = new S3BucketVersioningA(scope, `${idPrefix}versioning`, {
    bucket: bucket.id,
    versioningConfiguration: { status: "Enabled" },
    dependsOn: [ownership],
  });
  const encryption = new S3BucketServerSideEncryptionConfigurationA(scope, `${idPrefix}encryption`, {
    bucket: bucket.id,
    rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
    dependsOn: [versioning],
  });
  const lifecycle = new S3BucketLifecycleConfiguration(scope, `${idPrefix}lifecycle`, {
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
    dependsOn: [versioning, encryption],
  });
  return { bucket, lifecycle };
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
