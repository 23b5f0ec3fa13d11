import { NameRule, prefixed, rule } from "../../naming/name-rules";

/** Every physical name the AWS constructs generate, and its limits. */
export const AWS_NAME_RULES = {
  /** Application Load Balancer. */
  albName: rule("aws_lb", 1, 32, /^(?!internal-)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "region"),
  /** Load balancer target group. */
  targetGroupName: rule("aws_lb_target_group", 1, 32, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "region"),
  /** ECS cluster. */
  ecsClusterName: rule("aws_ecs_cluster", 1, 255, /^[a-z0-9][a-z0-9-]*$/, "region"),
  /** ECS service. */
  ecsServiceName: rule("aws_ecs_service", 1, 255, /^[a-z0-9][a-z0-9-]*$/, "region"),
  /** IAM role (account-wide). */
  iamRoleName: rule("aws_iam_role", 1, 64, /^[a-z0-9][a-z0-9-]*$/, "account"),
  /** CloudWatch Logs log group. */
  logGroupName: rule("aws_cloudwatch_log_group", 1, 512, /^[a-z0-9/][a-z0-9/-]*$/, "region", /[^a-z0-9/-]/g),
  /** Secrets Manager secret. */
  secretName: rule("aws_secretsmanager_secret", 1, 512, /^[a-zA-Z0-9/_+=.@-]+$/, "region", /[^a-zA-Z0-9/_+=.@-]/g),
  /** ECR repository. */
  ecrRepositoryName: rule("aws_ecr_repository", 2, 256, /^[a-z0-9](?:[a-z0-9._/-]*[a-z0-9])?$/, "region"),
  /** S3 bucket (globally unique). */
  s3BucketName: rule("aws_s3_bucket", 3, 63, /^(?!xn--|sthree-|amzn-s3-demo-)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?<!-s3alias|--ol-s3)$/, "global"),
  /** KMS key alias, always `alias/...`. */
  kmsAliasName: prefixed(rule("aws_kms_alias", 7, 256, /^alias\/(?!aws\/)[a-zA-Z0-9/_-]+$/, "region", /[^a-zA-Z0-9/_-]/g), "alias/"),
  /** VPC security group. */
  securityGroupName: rule("aws_security_group", 1, 255, /^[a-z0-9][a-z0-9-]*$/, "region"),
  /** ECS task definition family. */
  ecsTaskFamily: rule("aws_ecs_task_definition", 1, 255, /^[a-z0-9][a-z0-9-]*$/, "region"),
  /** WAFv2 web ACL (regional scope): letters, digits, `_` and `-`, 1-128. */
  wafWebAclName: rule("aws_wafv2_web_acl", 1, 128, /^[a-z0-9_-]+$/, "region", /[^a-z0-9_-]/g),
  /** WAFv2 logging destination: a log group whose name AWS WAF requires to start with `aws-waf-logs-`. */
  wafLogGroupName: prefixed(rule("aws_cloudwatch_log_group", 14, 512, /^aws-waf-logs-[a-z0-9/-]+$/, "region", /[^a-z0-9/-]/g), "aws-waf-logs-"),
  /** SNS topic (standard): letters, digits, `_` and `-`, 1-256. */
  snsTopicName: rule("aws_sns_topic", 1, 256, /^[a-z0-9_-]+$/, "region", /[^a-z0-9_-]/g),
  /** CloudWatch metric alarm. */
  cloudwatchAlarmName: rule("aws_cloudwatch_metric_alarm", 1, 255, /^[a-z0-9][a-z0-9-]*$/, "region"),
  /** EventBridge rule on the default bus: letters, digits, `.`, `_` and `-`, 1-64. */
  eventRuleName: rule("aws_cloudwatch_event_rule", 1, 64, /^[a-z0-9][a-z0-9-]*$/, "region"),
} as const satisfies Record<string, NameRule>;
