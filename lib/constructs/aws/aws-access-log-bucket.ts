import { DataAwsElbServiceAccount } from "@cdktf/provider-aws/lib/data-aws-elb-service-account";
import { DataAwsIamPolicyDocument, DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Construct } from "constructs";

/**
 * Regions opened before August 2022, where Elastic Load Balancing delivers
 * access logs from a per-region AWS account (the `aws_elb_service_account`
 * data source) rather than only the `logdelivery.elasticloadbalancing.amazonaws.com`
 * service principal used by newer regions.
 */
export const ELB_LEGACY_LOG_DELIVERY_REGIONS: readonly string[] = [
  "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2",
  "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ca-central-1", "eu-central-1", "eu-west-1", "eu-west-2",
  "eu-west-3", "eu-south-1", "eu-north-1", "me-south-1", "sa-east-1",
];

/** The object key prefix the load balancer writes under. */
export const ACCESS_LOG_PREFIX = "alb";

/** Props of {@link AwsAccessLogBucket}. */
export interface AwsAccessLogBucketProps {
  /** Bucket name (globally unique; from physicalName). */
  readonly bucketName: string;
  /** Region of the bucket and its load balancer. */
  readonly region: string;
  /** Days objects (and non-current versions) are kept. */
  readonly retentionDays: number;
}

/**
 * An S3 bucket for load balancer access logs: SSE-S3 encryption (the only
 * encryption ELB log delivery supports), versioning, every public access
 * blocked, bucket-owner-enforced ownership, TLS-only access, ELB log delivery
 * allowed to write under the `alb` prefix, and lifecycle retention.
 */
export class AwsAccessLogBucket extends Construct {
  /** The bucket. */
  public readonly bucket: S3Bucket;
  /** The bucket policy; the load balancer must depend on it. */
  public readonly policy: S3BucketPolicy;
  /** The policy document. */
  public readonly policyDocument: DataAwsIamPolicyDocument;

  constructor(scope: Construct, id: string, props: AwsAccessLogBucketProps) {
    super(scope, id);
    this.bucket = new S3Bucket(this, "bucket", { bucket: props.bucketName, forceDestroy: false });
    new S3BucketOwnershipControls(this, "ownership", { bucket: this.bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } });
    new S3BucketPublicAccessBlock(this, "public-access-block", {
      bucket: this.bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketVersioningA(this, "versioning", { bucket: this.bucket.id, versioningConfiguration: { status: "Enabled" } });
    new S3BucketServerSideEncryptionConfigurationA(this, "encryption", {
      bucket: this.bucket.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
    });
    new S3BucketLifecycleConfiguration(this, "lifecycle", {
      bucket: this.bucket.id,
      rule: [
        {
          id: "retention",
          status: "Enabled",
          filter: [{ prefix: "" }],
          expiration: [{ days: props.retentionDays }],
          noncurrentVersionExpiration: [{ noncurrentDays: 1 }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 1 }],
        },
      ],
    });

    const objects = `${this.bucket.arn}/${ACCESS_LOG_PREFIX}/*`;
    const delivery: DataAwsIamPolicyDocumentStatement[] = [
      {
        sid: "ElbLogDeliveryServicePrincipal",
        effect: "Allow",
        actions: ["s3:PutObject"],
        resources: [objects],
        principals: [{ type: "Service", identifiers: ["logdelivery.elasticloadbalancing.amazonaws.com"] }],
      },
    ];
    if (ELB_LEGACY_LOG_DELIVERY_REGIONS.includes(props.region)) {
      const elbAccount = new DataAwsElbServiceAccount(this, "elb-account", {});
      delivery.push({
        sid: "ElbLogDeliveryRegionalAccount",
        effect: "Allow",
        actions: ["s3:PutObject"],
        resources: [objects],
        principals: [{ type: "AWS", identifiers: [elbAccount.arn] }],
      });
    }
    this.policyDocument = new DataAwsIamPolicyDocument(this, "policy-document", {
      statement: [
        {
          sid: "DenyInsecureTransport",
          effect: "Deny",
          actions: ["s3:*"],
          resources: [this.bucket.arn, `${this.bucket.arn}/*`],
          principals: [{ type: "*", identifiers: ["*"] }],
          condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
        },
        ...delivery,
      ],
    });
    this.policy = new S3BucketPolicy(this, "policy", { bucket: this.bucket.id, policy: this.policyDocument.json });
  }
}
