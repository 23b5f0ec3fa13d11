import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SnsTopicPolicy } from "@cdktf/provider-aws/lib/sns-topic-policy";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";
import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { AlertsModel } from "../../model/alerts";
import { physicalName } from "../../naming/physical-name";
import { alertWebhookUrl } from "../alert-webhook-variable";
import { alertReceiverId } from "../alert-receiver-id";
import { KMS_ACCOUNT_ACTIONS } from "./parts/service-key";

/** Props of {@link AwsAlertTopic}. */
export interface AwsAlertTopicProps {
  /** Topic name parts, e.g. `["orders", "alerts"]` (through the naming module). */
  readonly nameParts: readonly string[];
  /** What the key and topic are for, for their descriptions. */
  readonly purpose: string;
  /** Who is notified. */
  readonly alerts: AlertsModel;
  /**
   * Also let EventBridge publish (rules on ECS events).
   * @default false
   */
  readonly eventBridge?: boolean;
  /**
   * The provider of the topic's region (the Route 53 layer's us-east-1 alias).
   * @default - the stack's default AWS provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * An SNS topic that CloudWatch alarms (and optionally EventBridge) publish to,
 * encrypted with its own customer-managed KMS key (rotated yearly). The
 * AWS-managed `alias/aws/sns` key cannot be used: its policy cannot be changed
 * to let `cloudwatch.amazonaws.com` use it, so alarm notifications would be
 * dropped. The key policy therefore grants the publishing services
 * `kms:Decrypt` and `kms:GenerateDataKey` (docs/aws.md cites the SNS
 * documentation), and the topic policy lets them `sns:Publish` from this
 * account only. One email subscription per `alerts.emails` entry and one HTTPS
 * subscription per webhook, whose URL is a sensitive variable.
 */
export class AwsAlertTopic extends Construct {
  /** The topic's customer-managed key. */
  public readonly key: KmsKey;
  /** The topic. */
  public readonly topic: SnsTopic;
  /** Who may publish: the account, CloudWatch (and EventBridge). */
  public readonly topicPolicy: SnsTopicPolicy;
  /** Email and webhook subscriptions, by construct ID (`email-<hash>`, `webhook-<name>`). */
  public readonly subscriptions: Readonly<Record<string, SnsTopicSubscription>>;

  constructor(scope: Construct, id: string, props: AwsAlertTopicProps) {
    super(scope, id);
    const provider = props.provider ? { provider: props.provider } : {};
    const partition = new DataAwsPartition(this, "partition", { ...provider });
    const account = new DataAwsCallerIdentity(this, "account", { ...provider });
    const publishers = ["cloudwatch.amazonaws.com", ...(props.eventBridge ? ["events.amazonaws.com"] : [])];
    const keyPolicy = new DataAwsIamPolicyDocument(this, "key-policy", {
      ...provider,
      statement: [
        {
          sid: "AccountAdministersAndDelegatesToIam",
          effect: "Allow",
          principals: [{ type: "AWS", identifiers: [`arn:${partition.partition}:iam::${account.accountId}:root`] }],
          actions: [...KMS_ACCOUNT_ACTIONS],
          resources: ["*"],
        },
        {
          // Without this grant an alarm publishing to the encrypted topic is dropped (SNS: "Enable compatibility
          // between event sources from AWS services and encrypted topics", which grants kms:GenerateDataKey*; SNS
          // calls kms:GenerateDataKey, so no wildcard). EventBridge's KMS requests carry no aws:SourceAccount, so
          // the grant cannot be conditioned on it.
          sid: "AlarmServicesPublishToTheEncryptedTopic",
          effect: "Allow",
          principals: [{ type: "Service", identifiers: publishers }],
          actions: ["kms:Decrypt", "kms:GenerateDataKey"],
          resources: ["*"],
        },
      ],
    });
    this.key = new KmsKey(this, "key", {
      ...provider,
      description: `${props.purpose}: encrypts the alert topic`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: keyPolicy.json,
    });
    this.topic = new SnsTopic(this, "topic", {
      ...provider,
      name: physicalName("snsTopicName", props.nameParts),
      displayName: props.purpose.slice(0, 100),
      kmsMasterKeyId: this.key.arn,
    });
    const topicPolicy = new DataAwsIamPolicyDocument(this, "topic-policy-document", {
      ...provider,
      statement: [
        {
          sid: "AccountManagesTheTopic",
          effect: "Allow",
          principals: [{ type: "AWS", identifiers: [`arn:${partition.partition}:iam::${account.accountId}:root`] }],
          actions: ["sns:GetTopicAttributes", "sns:SetTopicAttributes", "sns:AddPermission", "sns:RemovePermission", "sns:DeleteTopic", "sns:Subscribe", "sns:ListSubscriptionsByTopic", "sns:Publish"],
          resources: [this.topic.arn],
        },
        {
          sid: "AlarmServicesOfThisAccountPublish",
          effect: "Allow",
          principals: [{ type: "Service", identifiers: publishers }],
          actions: ["sns:Publish"],
          resources: [this.topic.arn],
          condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: [account.accountId] }],
        },
      ],
    });
    this.topicPolicy = new SnsTopicPolicy(this, "topic-policy", { ...provider, arn: this.topic.arn, policy: topicPolicy.json });

    const subscriptions: Record<string, SnsTopicSubscription> = {};
    for (const email of props.alerts.emails) {
      const subId = alertReceiverId("email", email);
      subscriptions[subId] = new SnsTopicSubscription(this, subId, { ...provider, topicArn: this.topic.arn, protocol: "email", endpoint: email });
    }
    for (const name of props.alerts.webhooks) {
      const subId = alertReceiverId("webhook", name);
      subscriptions[subId] = new SnsTopicSubscription(this, subId, { ...provider, topicArn: this.topic.arn, protocol: "https", endpoint: alertWebhookUrl(this, name).stringValue });
    }
    this.subscriptions = subscriptions;
  }

  /** The topic's ARN, what alarms and rules publish to. */
  public get topicArn(): string {
    return this.topic.arn;
  }
}
