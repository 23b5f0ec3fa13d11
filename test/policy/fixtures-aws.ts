import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DefaultSecurityGroup } from "@cdktf/provider-aws/lib/default-security-group";
import { EcrRepository } from "@cdktf/provider-aws/lib/ecr-repository";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { EcsTaskDefinition } from "@cdktf/provider-aws/lib/ecs-task-definition";
import { FlowLog } from "@cdktf/provider-aws/lib/flow-log";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLoggingA } from "@cdktf/provider-aws/lib/s3-bucket-logging";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { Wafv2WebAclAssociation } from "@cdktf/provider-aws/lib/wafv2-web-acl-association";
import { Fn, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { RuleFixture } from "./fixture";

const CONTAINER = { name: "app", image: "x", readonlyRootFilesystem: true, logConfiguration: { logDriver: "awslogs" }, environment: [{ name: "LOG_LEVEL", value: "info" }] };

function taskDefinition(stack: TerraformStack, container: Record<string, unknown> = CONTAINER): EcsTaskDefinition {
  return new EcsTaskDefinition(stack, "task", { family: "app", containerDefinitions: Fn.jsonencode([container]) });
}

function sg(stack: TerraformStack, cidr: string, port: number, protocol = "tcp", description = "web"): SecurityGroup {
  return new SecurityGroup(stack, "sg", { ingress: [{ fromPort: port, toPort: port, protocol, cidrBlocks: [cidr], description }], egress: [] });
}

function httpListener(stack: TerraformStack): LbListener {
  return new LbListener(stack, "http", {
    loadBalancerArn: "arn:lb",
    port: 80,
    protocol: "HTTP",
    defaultAction: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
  });
}

function alb(stack: TerraformStack): Lb {
  return new Lb(stack, "alb", { dropInvalidHeaderFields: true, enableDeletionProtection: true, accessLogs: { bucket: "logs", enabled: true } });
}

function bucketWithAll(stack: TerraformStack, omit: string): IConstruct {
  const b = new S3Bucket(stack, "bucket", { bucket: "acme-logs" });
  if (omit !== "versioning") new S3BucketVersioningA(stack, "versioning", { bucket: b.id, versioningConfiguration: { status: "Enabled" } });
  if (omit !== "encryption") new S3BucketServerSideEncryptionConfigurationA(stack, "sse", { bucket: b.id, rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] });
  if (omit !== "pab") new S3BucketPublicAccessBlock(stack, "pab", { bucket: b.bucket, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  if (omit !== "tls") {
    const policy = { Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: ["arn:aws:s3:::acme-logs/*"], Condition: { Bool: { "aws:SecureTransport": "false" } } }] };
    new S3BucketPolicy(stack, "policy", { bucket: "acme-logs", policy: JSON.stringify(policy) });
  }
  return b;
}

function vpcWith(stack: TerraformStack, flowLog: boolean, defaultSg: boolean): Vpc {
  const vpc = new Vpc(stack, "vpc", { cidrBlock: "10.0.0.0/16" });
  if (flowLog) new FlowLog(stack, "flow", { vpcId: vpc.id, trafficType: "ALL", logDestination: "arn:logs" });
  if (defaultSg) new DefaultSecurityGroup(stack, "default-sg", { vpcId: vpc.id });
  return vpc;
}

const iamDoc = (action: string) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: [action], Resource: "*" }] });
const trust = (principal: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: principal }] });

function elbDelivery(stack: TerraformStack, resource: string): IConstruct {
  return new DataAwsIamPolicyDocument(stack, "log-policy", {
    statement: [{ effect: "Allow", actions: ["s3:PutObject"], resources: [resource], principals: [{ type: "Service", identifiers: ["logdelivery.elasticloadbalancing.amazonaws.com"] }] }],
  });
}

/** A compliant and a non-compliant fixture for every AWS rule. */
export const RULE_FIXTURES: Record<string, RuleFixture> = {
  "aws-vpc-flow-logs": { compliant: (s) => vpcWith(s, true, true), nonCompliant: (s) => vpcWith(s, false, true) },
  "aws-default-sg-restricts-all": {
    compliant: (s) => vpcWith(s, true, true),
    nonCompliant: (s) => {
      const vpc = vpcWith(s, true, false);
      return new DefaultSecurityGroup(s, "stray-default", { vpcId: vpc.id, ingress: [{ fromPort: 0, toPort: 0, protocol: "-1", selfAttribute: true }] });
    },
  },
  "aws-sg-no-public-ingress": { compliant: (s) => sg(s, "10.0.0.0/16", 8080), nonCompliant: (s) => sg(s, "0.0.0.0/0", 443) },
  "aws-sg-public-ingress-web-ports-only": { compliant: (s) => sg(s, "0.0.0.0/0", 443), nonCompliant: (s) => sg(s, "0.0.0.0/0", 22) },
  "aws-sg-rule-description": {
    compliant: (s) => sg(s, "10.0.0.0/16", 8080),
    nonCompliant: (s) => new SecurityGroupRule(s, "rule", { type: "ingress", fromPort: 8080, toPort: 8080, protocol: "tcp", securityGroupId: "sg-1", cidrBlocks: ["10.0.0.0/16"] }),
  },
  "aws-alb-http-redirects-to-https": {
    compliant: httpListener,
    nonCompliant: (s) => {
      const l = httpListener(s);
      l.addOverride("default_action.0.type", "forward");
      l.addOverride("default_action.0.target_group_arn", "arn:tg");
      l.addOverride("default_action.0.redirect", undefined);
      return l;
    },
  },
  "aws-alb-listener-tls-policy": {
    compliant: (s) => new LbListener(s, "https", { loadBalancerArn: "arn:lb", port: 443, protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06", certificateArn: "arn:cert", defaultAction: [{ type: "forward", targetGroupArn: "arn:tg" }] }),
    nonCompliant: (s) => new LbListener(s, "https", { loadBalancerArn: "arn:lb", port: 443, protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-2016-08", certificateArn: "arn:cert", defaultAction: [{ type: "forward", targetGroupArn: "arn:tg" }] }),
  },
  "aws-alb-drop-invalid-headers": { compliant: alb, nonCompliant: (s) => { const l = alb(s); l.addOverride("drop_invalid_header_fields", false); return l; } },
  "aws-alb-access-logs": { compliant: alb, nonCompliant: (s) => { const l = alb(s); l.addOverride("access_logs.enabled", false); return l; } },
  "aws-alb-deletion-protection": { compliant: alb, nonCompliant: (s) => { const l = alb(s); l.addOverride("enable_deletion_protection", false); return l; } },
  "aws-ecs-no-privileged": { compliant: (s) => taskDefinition(s), nonCompliant: (s) => taskDefinition(s, { ...CONTAINER, privileged: true }) },
  "aws-ecs-readonly-root-filesystem": { compliant: (s) => taskDefinition(s), nonCompliant: (s) => taskDefinition(s, { ...CONTAINER, readonlyRootFilesystem: false }) },
  "aws-ecs-no-plaintext-secrets": {
    compliant: (s) => taskDefinition(s, { ...CONTAINER, secrets: [{ name: "DATABASE_URL", valueFrom: "arn:secret" }] }),
    nonCompliant: (s) => taskDefinition(s, { ...CONTAINER, environment: [{ name: "DATABASE_URL", value: "postgres://u:p@h/db" }] }),
  },
  "aws-ecs-task-logging": { compliant: (s) => taskDefinition(s), nonCompliant: (s) => taskDefinition(s, { ...CONTAINER, logConfiguration: undefined }) },
  "aws-ecs-no-public-ip": {
    compliant: (s) => new EcsService(s, "svc", { name: "app", networkConfiguration: { subnets: ["subnet-1"], assignPublicIp: false } }),
    nonCompliant: (s) => new EcsService(s, "svc", { name: "app", networkConfiguration: { subnets: ["subnet-1"], assignPublicIp: true } }),
  },
  "aws-ecs-container-insights": {
    compliant: (s) => new EcsCluster(s, "cluster", { name: "app", setting: [{ name: "containerInsights", value: "enabled" }] }),
    nonCompliant: (s) => new EcsCluster(s, "cluster", { name: "app" }),
  },
  "aws-ecr-scan-on-push": {
    compliant: (s) => new EcrRepository(s, "repo", { name: "app", imageScanningConfiguration: { scanOnPush: true } }),
    nonCompliant: (s) => new EcrRepository(s, "repo", { name: "app", imageScanningConfiguration: { scanOnPush: false } }),
  },
  "aws-ecr-immutable-tags": {
    compliant: (s) => new EcrRepository(s, "repo", { name: "app", imageTagMutability: "IMMUTABLE" }),
    nonCompliant: (s) => new EcrRepository(s, "repo", { name: "app" }),
  },
  "aws-ecr-kms-encryption": {
    compliant: (s) => new EcrRepository(s, "repo", { name: "app", encryptionConfiguration: [{ encryptionType: "KMS" }] }),
    nonCompliant: (s) => new EcrRepository(s, "repo", { name: "app", encryptionConfiguration: [{ encryptionType: "AES256" }] }),
  },
  "aws-log-group-retention": {
    compliant: (s) => new CloudwatchLogGroup(s, "logs", { retentionInDays: 30 }),
    nonCompliant: (s) => new CloudwatchLogGroup(s, "logs", {}),
  },
  "aws-log-group-kms": {
    compliant: (s) => new CloudwatchLogGroup(s, "logs", { retentionInDays: 30, kmsKeyId: "arn:key" }),
    nonCompliant: (s) => new CloudwatchLogGroup(s, "logs", { retentionInDays: 30 }),
  },
  "aws-secret-kms-cmk": { compliant: (s) => new SecretsmanagerSecret(s, "secret", { kmsKeyId: "arn:key" }), nonCompliant: (s) => new SecretsmanagerSecret(s, "secret", {}) },
  "aws-secret-recovery-window": {
    compliant: (s) => new SecretsmanagerSecret(s, "secret", { recoveryWindowInDays: 7 }),
    nonCompliant: (s) => new SecretsmanagerSecret(s, "secret", { recoveryWindowInDays: 0 }),
  },
  "aws-iam-no-wildcard-action": {
    compliant: (s) => new IamPolicy(s, "policy", { policy: iamDoc("secretsmanager:GetSecretValue") }),
    nonCompliant: (s) => {
      new IamPolicy(s, "policy", { policy: iamDoc("secretsmanager:GetSecretValue") });
      return new DataAwsIamPolicyDocument(s, "doc", { statement: [{ actions: ["s3:*"], resources: ["*"] }] });
    },
  },
  "aws-iam-trust-no-wildcard-principal": {
    compliant: (s) => new IamRole(s, "role", { assumeRolePolicy: trust({ Service: "ecs-tasks.amazonaws.com" }) }),
    nonCompliant: (s) => new IamRole(s, "role", { assumeRolePolicy: trust({ AWS: "*" }) }),
  },
  "aws-sns-topic-kms-cmk": {
    compliant: (s) => new SnsTopic(s, "topic", { name: "alerts", kmsMasterKeyId: new KmsKey(s, "key", { enableKeyRotation: true }).arn }),
    nonCompliant: (s) => new SnsTopic(s, "topic", { name: "alerts", kmsMasterKeyId: "alias/aws/sns" }),
  },
  "aws-kms-key-rotation": { compliant: (s) => new KmsKey(s, "key", { enableKeyRotation: true }), nonCompliant: (s) => new KmsKey(s, "key", {}) },
  "aws-subnet-no-public-ip-on-launch": {
    compliant: (s) => new Subnet(s, "subnet", { vpcId: "vpc-1", cidrBlock: "10.0.0.0/24" }),
    nonCompliant: (s) => new Subnet(s, "subnet", { vpcId: "vpc-1", cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: true }),
  },
  "aws-s3-versioning": { compliant: (s) => bucketWithAll(s, ""), nonCompliant: (s) => bucketWithAll(s, "versioning") },
  "aws-s3-encryption": { compliant: (s) => bucketWithAll(s, ""), nonCompliant: (s) => bucketWithAll(s, "encryption") },
  "aws-s3-public-access-block": { compliant: (s) => bucketWithAll(s, ""), nonCompliant: (s) => bucketWithAll(s, "pab") },
  "aws-s3-tls-only": { compliant: (s) => bucketWithAll(s, ""), nonCompliant: (s) => bucketWithAll(s, "tls") },
  "aws-alb-waf": {
    compliant: (s) => {
      const lb = alb(s);
      new Wafv2WebAclAssociation(s, "waf", { resourceArn: lb.arn, webAclArn: "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/orders/1" });
      return lb;
    },
    nonCompliant: alb,
  },
  "aws-sg-egress-allow-list": {
    compliant: (s) => {
      const sg = new SecurityGroup(s, "tasks", { name: "tasks", description: "tasks", vpcId: "vpc-1" });
      new VpcSecurityGroupEgressRule(s, "https", { securityGroupId: sg.id, ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", description: "HTTPS" });
      return new VpcSecurityGroupEgressRule(s, "db", { securityGroupId: sg.id, ipProtocol: "tcp", fromPort: 5432, toPort: 5432, cidrIpv4: "10.200.0.0/16", description: "database" });
    },
    nonCompliant: (s) => new VpcSecurityGroupEgressRule(s, "db", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 5432, toPort: 5432, cidrIpv4: "0.0.0.0/0", description: "database" }),
  },
  "aws-s3-access-logging": {
    compliant: (s) => {
      const source = new S3Bucket(s, "bucket", { bucket: "acme-logs" });
      const target = new S3Bucket(s, "access-logs", { bucket: "acme-logs-access" });
      new S3BucketLoggingA(s, "logging", { bucket: source.id, targetBucket: target.id, targetPrefix: "s3-access/" });
      return source;
    },
    nonCompliant: (s) => new S3Bucket(s, "bucket", { bucket: "acme-logs" }),
  },
  "aws-s3-elb-log-delivery-own-account": {
    compliant: (s) => elbDelivery(s, "arn:aws:s3:::acme-logs/alb/AWSLogs/123456789012/*"),
    nonCompliant: (s) => elbDelivery(s, "arn:aws:s3:::acme-logs/alb/*"),
  },
};
