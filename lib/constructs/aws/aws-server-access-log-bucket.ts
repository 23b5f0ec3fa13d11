import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { Construct } from "constructs";
import { createLogBucket, denyInsecureTransport } from "./log-bucket-baseline";

/** The object key prefix S3 server access logs are written under. */
export const SERVER_ACCESS_LOG_PREFIX = "s3-access/";

/** Props of {@link AwsServerAccessLogBucket}. */
export interface AwsServerAccessLogBucketProps {
  /** Bucket name (globally unique; from physicalName). */
  readonly bucketName: string;
  /** ARN of the one bucket whose server access logs this bucket receives. */
  readonly sourceBucketArn: string;
  /** The account both buckets belong to. */
  readonly accountId: string;
  /** Days objects (and non-current versions) are kept. */
  readonly retentionDays: number;
}

/**
 * The destination of S3 server access logs for the load balancer's log
 * bucket: the same baseline as that bucket (SSE-S3, versioning, public access
 * blocked, bucket-owner-enforced, lifecycle, TLS only), and a policy that
 * lets the S3 logging service principal write under `s3-access/` only for
 * the source bucket in this account (construct IDs `target-*`, unique per
 * type in the stack) (`aws:SourceArn`, `aws:SourceAccount`,
 * as the S3 User Guide prescribes for bucket-owner-enforced destinations),
 * written after the rest of the baseline (one sub-resource at a time). It
 * does not log itself: AWS advises against logging a destination bucket.
 */
export class AwsServerAccessLogBucket extends Construct {
  /** The bucket. */
  public readonly bucket: S3Bucket;
  /** The bucket policy; the logging configuration must depend on it. */
  public readonly policy: S3BucketPolicy;
  /** The policy document. */
  public readonly policyDocument: DataAwsIamPolicyDocument;

  constructor(scope: Construct, id: string, props: AwsServerAccessLogBucketProps) {
    super(scope, id);
    const logBucket = createLogBucket(this, props.bucketName, props.retentionDays, "target-");
    this.bucket = logBucket.bucket;
    this.policyDocument = new DataAwsIamPolicyDocument(this, "target-policy-document", {
      statement: [
        denyInsecureTransport(this.bucket.arn),
        {
          sid: "S3ServerAccessLogDelivery",
          effect: "Allow",
          actions: ["s3:PutObject"],
          resources: [`${this.bucket.arn}/${SERVER_ACCESS_LOG_PREFIX}*`],
          principals: [{ type: "Service", identifiers: ["logging.s3.amazonaws.com"] }],
          condition: [
            { test: "ArnLike", variable: "aws:SourceArn", values: [props.sourceBucketArn] },
            { test: "StringEquals", variable: "aws:SourceAccount", values: [props.accountId] },
          ],
        },
      ],
    });
    this.policy = new S3BucketPolicy(this, "target-policy", {
      bucket: this.bucket.id,
      policy: this.policyDocument.json,
      dependsOn: [logBucket.lifecycle],
    });
  }
}
