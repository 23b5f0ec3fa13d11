/* The Azure policy area: one import per rule file (test/policy/registry.test.ts checks none is missing). */
import { PolicyRule } from "../../rule";
import { rule as azureAcrAdminDisabled } from "./azure-acr-admin-disabled";
import { rule as azureAcrNoAnonymousPull } from "./azure-acr-no-anonymous-pull";
import { rule as azureApplicationGatewayWaf } from "./azure-application-gateway-waf";
import { rule as azureContainerAppsSubnetEgressDeny } from "./azure-container-apps-subnet-egress-deny";
import { rule as azureContainerAppEnvironmentInternal } from "./azure-container-app-environment-internal";
import { rule as azureContainerAppEnvironmentLogs } from "./azure-container-app-environment-logs";
import { rule as azureContainerAppManagedIdentity } from "./azure-container-app-managed-identity";
import { rule as azureContainerAppNoInsecureIngress } from "./azure-container-app-no-insecure-ingress";
import { rule as azureContainerAppNoPlaintextSecrets } from "./azure-container-app-no-plaintext-secrets";
import { rule as azureContainerAppProbes } from "./azure-container-app-probes";
import { rule as azureContainerAppSecretsFromKeyVault } from "./azure-container-app-secrets-from-key-vault";
import { rule as azureKeyVaultNetworkAcls } from "./azure-key-vault-network-acls";
import { rule as azureKeyVaultPurgeProtection } from "./azure-key-vault-purge-protection";
import { rule as azureKeyVaultRbac } from "./azure-key-vault-rbac";
import { rule as azureKeyVaultSoftDelete } from "./azure-key-vault-soft-delete";
import { rule as azureLogAnalyticsRetention } from "./azure-log-analytics-retention";
import { rule as azureNsgInternetIngressWebPortsOnly } from "./azure-nsg-internet-ingress-web-ports-only";
import { rule as azureNsgNoInternetIngress } from "./azure-nsg-no-internet-ingress";
import { rule as azureStorageContainerPrivate } from "./azure-storage-container-private";
import { rule as azureStorageHttpsOnly } from "./azure-storage-https-only";
import { rule as azureStorageMinTls } from "./azure-storage-min-tls";
import { rule as azureStorageNoPublicBlob } from "./azure-storage-no-public-blob";

/** Every rule of the Azure policy area. */
export const AZURE_RULES: readonly PolicyRule[] = [
  azureAcrAdminDisabled,
  azureAcrNoAnonymousPull,
  azureApplicationGatewayWaf,
  azureContainerAppsSubnetEgressDeny,
  azureContainerAppEnvironmentInternal,
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
];
