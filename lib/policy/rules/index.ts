/* The registry of every policy rule: one import per rule file (test/policy/registry.test.ts checks none is missing). */
import { PolicyRule } from "../rule";
import { rule as awsAlbAccessLogs } from "./aws/aws-alb-access-logs";
import { rule as awsAlbDeletionProtection } from "./aws/aws-alb-deletion-protection";
import { rule as awsAlbDropInvalidHeaders } from "./aws/aws-alb-drop-invalid-headers";
import { rule as awsAlbHttpRedirectsToHttps } from "./aws/aws-alb-http-redirects-to-https";
import { rule as awsAlbListenerTlsPolicy } from "./aws/aws-alb-listener-tls-policy";
import { rule as awsDefaultSgRestrictsAll } from "./aws/aws-default-sg-restricts-all";
import { rule as awsEcrImmutableTags } from "./aws/aws-ecr-immutable-tags";
import { rule as awsEcrKmsEncryption } from "./aws/aws-ecr-kms-encryption";
import { rule as awsEcrScanOnPush } from "./aws/aws-ecr-scan-on-push";
import { rule as awsEcsContainerInsights } from "./aws/aws-ecs-container-insights";
import { rule as awsEcsNoPlaintextSecrets } from "./aws/aws-ecs-no-plaintext-secrets";
import { rule as awsEcsNoPrivileged } from "./aws/aws-ecs-no-privileged";
import { rule as awsEcsNoPublicIp } from "./aws/aws-ecs-no-public-ip";
import { rule as awsEcsReadonlyRootFilesystem } from "./aws/aws-ecs-readonly-root-filesystem";
import { rule as awsEcsTaskLogging } from "./aws/aws-ecs-task-logging";
import { rule as awsIamNoWildcardAction } from "./aws/aws-iam-no-wildcard-action";
import { rule as awsIamTrustNoWildcardPrincipal } from "./aws/aws-iam-trust-no-wildcard-principal";
import { rule as awsKmsKeyRotation } from "./aws/aws-kms-key-rotation";
import { rule as awsLogGroupKms } from "./aws/aws-log-group-kms";
import { rule as awsLogGroupRetention } from "./aws/aws-log-group-retention";
import { rule as awsS3Encryption } from "./aws/aws-s3-encryption";
import { rule as awsS3PublicAccessBlock } from "./aws/aws-s3-public-access-block";
import { rule as awsS3TlsOnly } from "./aws/aws-s3-tls-only";
import { rule as awsS3Versioning } from "./aws/aws-s3-versioning";
import { rule as awsSecretKmsCmk } from "./aws/aws-secret-kms-cmk";
import { rule as awsSecretRecoveryWindow } from "./aws/aws-secret-recovery-window";
import { rule as awsSgNoPublicIngress } from "./aws/aws-sg-no-public-ingress";
import { rule as awsSgPublicIngressWebPortsOnly } from "./aws/aws-sg-public-ingress-web-ports-only";
import { rule as awsSgRuleDescription } from "./aws/aws-sg-rule-description";
import { rule as awsSubnetNoPublicIpOnLaunch } from "./aws/aws-subnet-no-public-ip-on-launch";
import { rule as awsVpcFlowLogs } from "./aws/aws-vpc-flow-logs";
import { rule as azureAcrAdminDisabled } from "./azure/azure-acr-admin-disabled";
import { rule as azureAcrNoAnonymousPull } from "./azure/azure-acr-no-anonymous-pull";
import { rule as azureContainerAppEnvironmentLogs } from "./azure/azure-container-app-environment-logs";
import { rule as azureContainerAppManagedIdentity } from "./azure/azure-container-app-managed-identity";
import { rule as azureContainerAppNoInsecureIngress } from "./azure/azure-container-app-no-insecure-ingress";
import { rule as azureContainerAppNoPlaintextSecrets } from "./azure/azure-container-app-no-plaintext-secrets";
import { rule as azureContainerAppProbes } from "./azure/azure-container-app-probes";
import { rule as azureContainerAppSecretsFromKeyVault } from "./azure/azure-container-app-secrets-from-key-vault";
import { rule as azureKeyVaultNetworkAcls } from "./azure/azure-key-vault-network-acls";
import { rule as azureKeyVaultPurgeProtection } from "./azure/azure-key-vault-purge-protection";
import { rule as azureKeyVaultRbac } from "./azure/azure-key-vault-rbac";
import { rule as azureKeyVaultSoftDelete } from "./azure/azure-key-vault-soft-delete";
import { rule as azureLogAnalyticsRetention } from "./azure/azure-log-analytics-retention";
import { rule as azureNsgInternetIngressWebPortsOnly } from "./azure/azure-nsg-internet-ingress-web-ports-only";
import { rule as azureNsgNoInternetIngress } from "./azure/azure-nsg-no-internet-ingress";
import { rule as azureStorageContainerPrivate } from "./azure/azure-storage-container-private";
import { rule as azureStorageHttpsOnly } from "./azure/azure-storage-https-only";
import { rule as azureStorageMinTls } from "./azure/azure-storage-min-tls";
import { rule as azureStorageNoPublicBlob } from "./azure/azure-storage-no-public-blob";
import { rule as gcpArtifactRegistryImmutableTags } from "./gcp/gcp-artifact-registry-immutable-tags";
import { rule as gcpArtifactRegistryNoPublicAccess } from "./gcp/gcp-artifact-registry-no-public-access";
import { rule as gcpCloudRunDedicatedServiceAccount } from "./gcp/gcp-cloud-run-dedicated-service-account";
import { rule as gcpCloudRunIngressLoadBalancerOnly } from "./gcp/gcp-cloud-run-ingress-load-balancer-only";
import { rule as gcpCloudRunNoPlaintextSecrets } from "./gcp/gcp-cloud-run-no-plaintext-secrets";
import { rule as gcpCloudRunNoPublicInvoker } from "./gcp/gcp-cloud-run-no-public-invoker";
import { rule as gcpCloudRunProbes } from "./gcp/gcp-cloud-run-probes";
import { rule as gcpDnsDnssec } from "./gcp/gcp-dns-dnssec";
import { rule as gcpHttpProxyRedirectsToHttps } from "./gcp/gcp-http-proxy-redirects-to-https";
import { rule as gcpHttpsProxySslPolicy } from "./gcp/gcp-https-proxy-ssl-policy";
import { rule as gcpLogBucketRetention } from "./gcp/gcp-log-bucket-retention";
import { rule as gcpSslPolicyMinTls } from "./gcp/gcp-ssl-policy-min-tls";
import { rule as gcpSubnetFlowLogs } from "./gcp/gcp-subnet-flow-logs";
import { rule as gcpSubnetPrivateGoogleAccess } from "./gcp/gcp-subnet-private-google-access";
import { rule as globalRoute53HealthCheckHttps } from "./global/global-route53-health-check-https";
import { rule as globalRoute53MinTwoHealthCheckedRecords } from "./global/global-route53-min-two-health-checked-records";
import { rule as globalRoute53RoutedRecordHealthCheck } from "./global/global-route53-routed-record-health-check";
import { rule as globalTrafficManagerHttpsMonitor } from "./global/global-traffic-manager-https-monitor";
import { rule as globalTrafficManagerMinTwoEndpoints } from "./global/global-traffic-manager-min-two-endpoints";

/** Every rule of the pack, AWS first, then Azure, then Google Cloud, then the global layer. */
export const ALL_RULES: readonly PolicyRule[] = [
  awsAlbAccessLogs,
  awsAlbDeletionProtection,
  awsAlbDropInvalidHeaders,
  awsAlbHttpRedirectsToHttps,
  awsAlbListenerTlsPolicy,
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
  awsS3Encryption,
  awsS3PublicAccessBlock,
  awsS3TlsOnly,
  awsS3Versioning,
  awsSecretKmsCmk,
  awsSecretRecoveryWindow,
  awsSgNoPublicIngress,
  awsSgPublicIngressWebPortsOnly,
  awsSgRuleDescription,
  awsSubnetNoPublicIpOnLaunch,
  awsVpcFlowLogs,
  azureAcrAdminDisabled,
  azureAcrNoAnonymousPull,
  azureContainerAppEnvironmentLogs,
  azureContainerAppManagedIdentity,
  azureContainerAppNoInsecureIngress,
  azureContainerAppNoPlaintextSecrets,
  azureContainerAppProbes,
  azureContainerAppSecretsFromKeyVault,
  azureKeyVaultNetworkAcls,
  azureKeyVaultPurgeProtection,
  azureKeyVaultRbac,
  azureKeyVaultSoftDelete,
  azureLogAnalyticsRetention,
  azureNsgInternetIngressWebPortsOnly,
  azureNsgNoInternetIngress,
  azureStorageContainerPrivate,
  azureStorageHttpsOnly,
  azureStorageMinTls,
  azureStorageNoPublicBlob,
  gcpArtifactRegistryImmutableTags,
  gcpArtifactRegistryNoPublicAccess,
  gcpCloudRunDedicatedServiceAccount,
  gcpCloudRunIngressLoadBalancerOnly,
  gcpCloudRunNoPlaintextSecrets,
  gcpCloudRunNoPublicInvoker,
  gcpCloudRunProbes,
  gcpDnsDnssec,
  gcpHttpProxyRedirectsToHttps,
  gcpHttpsProxySslPolicy,
  gcpLogBucketRetention,
  gcpSslPolicyMinTls,
  gcpSubnetFlowLogs,
  gcpSubnetPrivateGoogleAccess,
  globalRoute53HealthCheckHttps,
  globalRoute53MinTwoHealthCheckedRecords,
  globalRoute53RoutedRecordHealthCheck,
  globalTrafficManagerHttpsMonitor,
  globalTrafficManagerMinTwoEndpoints,
];

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

/** The rule with this ID, or undefined. */
export function findRule(id: string): PolicyRule | undefined {
  return BY_ID.get(id);
}
