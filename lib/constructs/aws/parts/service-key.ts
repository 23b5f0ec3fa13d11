import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { Construct } from "constructs";
import { physicalName } from "../../../naming/physical-name";
import { wafLogGroupName } from "./web-acl";

/** What the account may do with a key dualcloud creates: administer it and delegate its use to IAM (no `kms:*`). */
export const KMS_ACCOUNT_ACTIONS: readonly string[] = [
  "kms:CancelKeyDeletion", "kms:CreateAlias", "kms:CreateGrant", "kms:Decrypt", "kms:DeleteAlias", "kms:DescribeKey", "kms:DisableKey",
  "kms:DisableKeyRotation", "kms:EnableKey", "kms:EnableKeyRotation", "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext",
  "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListAliases", "kms:ListGrants", "kms:ListKeyPolicies", "kms:ListResourceTags",
  "kms:PutKeyPolicy", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:RetireGrant", "kms:RevokeGrant", "kms:ScheduleKeyDeletion",
  "kms:TagResource", "kms:UntagResource", "kms:UpdateAlias", "kms:UpdateKeyDescription",
];

/** The datacentre's customer-managed key and its alias. */
export interface AwsServiceKey {
  /** The key (rotated yearly) for logs, secrets and the registry. */
  readonly key: KmsKey;
  /** `alias/dualcloud/<service>`. */
  readonly alias: KmsAlias;
  /** The deploying account's ID (a reference to `aws_caller_identity`). */
  readonly accountId: string;
  /** The AWS partition (a reference to `aws_partition`). */
  readonly partition: string;
}

/**
 * Creates the datacentre's KMS key and alias in `scope` (IDs `partition`,
 * `account`, `kms-key-policy`, `kms-key`, `kms-alias`). The account
 * administers the key; CloudWatch Logs may use it only for this service's log
 * groups in `region` (its `/dualcloud/<service>/` groups and its WAF log group).
 */
export function createServiceKey(scope: Construct, serviceName: string, region: string): AwsServiceKey {
  const partition = new DataAwsPartition(scope, "partition", {});
  const account = new DataAwsCallerIdentity(scope, "account", {});
  const root = `arn:${partition.partition}:iam::${account.accountId}:root`;
  const policy = new DataAwsIamPolicyDocument(scope, "kms-key-policy", {
    statement: [
      {
        sid: "AccountAdministersAndDelegatesToIam",
        effect: "Allow",
        principals: [{ type: "AWS", identifiers: [root] }],
        actions: [...KMS_ACCOUNT_ACTIONS],
        resources: ["*"],
      },
      {
        sid: "CloudWatchLogsEncryptsThisServicesLogGroups",
        effect: "Allow",
        principals: [{ type: "Service", identifiers: [`logs.${region}.amazonaws.com`] }],
        actions: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"],
        resources: ["*"],
        condition: [
          {
            test: "ArnLike",
            variable: "kms:EncryptionContext:aws:logs:arn",
            values: [
              `arn:${partition.partition}:logs:${region}:${account.accountId}:log-group:/dualcloud/${serviceName}/*`,
              `arn:${partition.partition}:logs:${region}:${account.accountId}:log-group:${wafLogGroupName(serviceName)}`,
            ],
          },
        ],
      },
    ],
  });
  const key = new KmsKey(scope, "kms-key", {
    description: `${serviceName} in ${region}: logs, secrets and the image registry`,
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    policy: policy.json,
  });
  const alias = new KmsAlias(scope, "kms-alias", { name: physicalName("kmsAliasName", [`alias/dualcloud/${serviceName}`]), targetKeyId: key.keyId });
  return { key, alias, accountId: account.accountId, partition: partition.partition };
}
