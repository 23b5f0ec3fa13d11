/* The AWS policy area: one import per rule file (test/policy/registry.test.ts checks none is missing). */
import { PolicyRule } from "../../rule";
import { rule as awsAlbAccessLogs } from "./aws-alb-access-logs";
import { rule as awsAlbDeletionProtection } from "./aws-alb-deletion-protection";
import { rule as awsAlbDropInvalidHeaders } from "./aws-alb-drop-invalid-headers";
import { rule as awsAlbHttpRedirectsToHttps } from "./aws-alb-http-redirects-to-https";
import { rule as awsAlbListenerTlsPolicy } from "./aws-alb-listener-tls-policy";
import { rule as awsAlbWaf } from "./aws-alb-waf";
import { rule as awsDefaultSgRestrictsAll } from "./aws-default-sg-restricts-all";
import { rule as awsEcrImmutableTags } from "./aws-ecr-immutable-tags";
import { rule as awsEcrKmsEncryption } from "./aws-ecr-kms-encryption";
import { rule as awsEcrScanOnPush } from "./aws-ecr-scan-on-push";
import { rule as awsEcsContainerInsights } from "./aws-ecs-container-insights";
import { rule as awsEcsNoPlaintextSecrets } from "./aws-ecs-no-plaintext-secrets";
import { rule as awsEcsNoPrivileged } from "./aws-ecs-no-privileged";
import { rule as awsEcsNoPublicIp } from "./aws-ecs-no-public-ip";
import { rule as awsEcsReadonlyRootFilesystem } from "./aws-ecs-readonly-root-filesystem";
import { rule as awsEcsTaskLogging } from "./aws-ecs-task-logging";
import { rule as awsIamNoWildcardAction } from "./aws-iam-no-wildcard-action";
import { rule as awsIamTrustNoWildcardPrincipal } from "./aws-iam-trust-no-wildcard-principal";
import { rule as awsKmsKeyRotation } from "./aws-kms-key-rotation";
import { rule as awsLogGroupKms } from "./aws-log-group-kms";
import { rule as awsLogGroupRetention } from "./aws-log-group-retention";
import { rule as awsS3AccessLogging } from "./aws-s3-access-logging";
import { rule as awsS3ElbLogDeliveryOwnAccount } from "./aws-s3-elb-log-delivery-own-account";
import { rule as awsS3Encryption } from "./aws-s3-encryption";
import { rule as awsS3PublicAccessBlock } from "./aws-s3-public-access-block";
import { rule as awsS3TlsOnly } from "./aws-s3-tls-only";
import { rule as awsS3Versioning } from "./aws-s3-versioning";
import { rule as awsSecretKmsCmk } from "./aws-secret-kms-cmk";
import { rule as awsSecretRecoveryWindow } from "./aws-secret-recovery-window";
import { rule as awsSgEgressAllowList } from "./aws-sg-egress-allow-list";
import { rule as awsSgNoPublicIngress } from "./aws-sg-no-public-ingress";
import { rule as awsSgPublicIngressWebPortsOnly } from "./aws-sg-public-ingress-web-ports-only";
import { rule as awsSgRuleDescription } from "./aws-sg-rule-description";
import { rule as awsSnsTopicKmsCmk } from "./aws-sns-topic-kms-cmk";
import { rule as awsSubnetNoPublicIpOnLaunch } from "./aws-subnet-no-public-ip-on-launch";
import { rule as awsVpcFlowLogs } from "./aws-vpc-flow-logs";

/** Every rule of the AWS policy area. */
export const AWS_RULES: readonly PolicyRule[] = [
  awsAlbAccessLogs,
  awsAlbDeletionProtection,
  awsAlbDropInvalidHeaders,
  awsAlbHttpRedirectsToHttps,
  awsAlbListenerTlsPolicy,
  awsAlbWaf,
  awsDefaultSgRestrictsAll,
  awsEcrImmutableTags,
  awsEcrKmsEncryption,
  awsEcrScanOnPush,
  awsEcsContainerInsights,
  awsEcsNoPlaintextSecrets,
  awsEcsNoPrivileged,
  awsEcsNoPublicIp,
  awsEcsReadonlyRootFilesystem,
  awsEcsTaskLogging,
  awsIamNoWildcardAction,
  awsIamTrustNoWildcardPrincipal,
  awsKmsKeyRotation,
  awsLogGroupKms,
  awsLogGroupRetention,
  awsS3AccessLogging,
  awsS3ElbLogDeliveryOwnAccount,
  awsS3Encryption,
  awsS3PublicAccessBlock,
  awsS3TlsOnly,
  awsS3Versioning,
  awsSecretKmsCmk,
  awsSecretRecoveryWindow,
  awsSgEgressAllowList,
  awsSgNoPublicIngress,
  awsSgPublicIngressWebPortsOnly,
  awsSgRuleDescription,
  awsSnsTopicKmsCmk,
  awsSubnetNoPublicIpOnLaunch,
  awsVpcFlowLogs,
];
