import { DataAwsElbServiceAccount } from "@cdktf/provider-aws/lib/data-aws-elb-service-account";
import { DataAwsIamPolicyDocument, DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLoggingA } from "@cdktf/provider-aws/lib/s3-bucket-logging";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { Construct } from "constructs";
import { AwsServerAccessLogBucket, SERVER_ACCESS_LOG_PREFIX } from "./aws-server-access-log-bucket";
import { createLogBucket, denyInsecureTransport } from "./log-bucket-baseline";

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
  /** Name of the bucket that receives this bucket's S3 server access logs (globally unique). */
  readonly serverAccessLogBucketName: string;
  /** The account the load balancer belongs to: ELB may write only under `alb/AWSLogs/<account>/`. */
  readonly accountId: string;
  /** Region of the bucket and its load balancer. */
  readonly region: string;
  /** Days objects (and non-current versions) are kept. */
  readonly retentionDays: number;
}

/**
 * An S3 bucket for load balancer access logs: SSE-S3 encryption (the only
 * encryption ELB log delivery supports), versioning, every public access
 * blocked, bucket-owner-enforced ownership, TLS-only access, lifecycle
 * retention, and ELB log delivery allowed to write only under
 * `alb/AWSLogs/<this account>/`, so no other account's load balancer can
 * write into it. Requests to the bucket itself are recorded by S3 server
 * access logging into {@link AwsServerAccessLogBucket} (ID `server-access-logs`).
 * The bucket's sub-resources are written one at a time: the baseline chain,
 * then the logging configuration, then the policy (docs/aws.md).
 */
export class AwsAccessLogBucket extends Construct {
  /** The bucket. */
  public readonly bucket: S3Bucket;
  /** The bucket policy; the load balancer must depend on it. */
  public readonly policy: S3BucketPolicy;
  /** The policy document. */
  public readonly policyDocument: DataAwsIamPolicyDocument;
  /** The bucket that receives this bucket's server access logs. */
  public readonly serverAccessLogs: AwsServerAccessLogBucket;
  /** Server access logging of {@link bucket} into {@link serverAccessLogs}. */
  public readonly serverAccessLogging: S3BucketLoggingA;

  constructor(scope: Construct, id: string, props: AwsAccessLogBucketProps) {
    super(scope, id);
    const logBucket = createLogBucket(this, props.bucketName, props.retentionDays);
    this.bucket = logBucket.bucket;

    this.serverAccessLogs = new AwsServerAccessLogBucket(this, "server-access-logs", {
      bucketName: props.serverAccessLogBucketName,
      sourceBucketArn: this.bucket.arn,
      accountId: props.accountId,
      retentionDays: props.retentionDays,
    });
    this.serverAccessLogging = new S3BucketLoggingA(this, "server-access-logging", {
      bucket: this.bucket.id,
      targetBucket: this.serverAccessLogs.bucket.id,
      targetPrefix: SERVER_ACCESS_LOG_PREFIX,
      dependsOn: [this.serverAccessLogs.policy, logBucket.lifecycle],
    });

    const objects = `${this.bucket.arn}/${ACCESS_LOG_PREFIX}/AWSLogs/${props.accountId}/*`;
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
        denyInsecureTransport(this.bucket.arn),
        ...delivery,
      ],
    });
    this.policy = new S3BucketPolicy(this, "policy", {
      bucket: this.bucket.id,
      policy: this.policyDocument.json,
      dependsOn: [this.serverAccessLogging],
    });
  }
}
