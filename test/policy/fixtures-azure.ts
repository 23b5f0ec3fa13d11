import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { ContainerApp, ContainerAppConfig } from "@cdktf/provider-azurerm/lib/container-app";
import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { KeyVault, KeyVaultConfig } from "@cdktf/provider-azurerm/lib/key-vault";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { RuleFixture } from "./fixture";

function gateway(stack: TerraformStack, tier: "WAF_v2" | "Standard_v2", firewallPolicyId?: string): ApplicationGateway {
  return new ApplicationGateway(stack, "gateway", {
    name: "gateway",
    location: "eastus",
    resourceGroupName: "rg",
    sku: { name: tier, tier },
    ...(firewallPolicyId ? { firewallPolicyId } : {}),
    gatewayIpConfiguration: [{ name: "ip", subnetId: "subnet" }],
    frontendIpConfiguration: [{ name: "public", publicIpAddressId: "pip" }],
    frontendPort: [{ name: "https", port: 443 }],
    httpListener: [{ name: "https", frontendIpConfigurationName: "public", frontendPortName: "https", protocol: "Https", sslCertificateName: "tls" }],
    backendAddressPool: [{ name: "app", fqdns: ["orders.internal.azurecontainerapps.io"] }],
    backendHttpSettings: [{ name: "app", protocol: "Https", port: 443, cookieBasedAffinity: "Disabled", pickHostNameFromBackendAddress: true }],
    requestRoutingRule: [{ name: "rule", priority: 100, ruleType: "Basic", httpListenerName: "https", backendAddressPoolName: "app", backendHttpSettingsName: "app" }],
  });
}

const PROBE = { transport: "HTTP", port: 8080, path: "/healthz" };

function app(stack: TerraformStack, change: (c: ContainerAppConfig) => ContainerAppConfig = (c) => c): ContainerApp {
  const base: ContainerAppConfig = {
    name: "orders",
    resourceGroupName: "rg",
    containerAppEnvironmentId: "env",
    revisionMode: "Single",
    identity: { type: "UserAssigned", identityIds: ["id"] },
    ingress: { externalEnabled: true, targetPort: 8080, allowInsecureConnections: false, trafficWeight: [{ percentage: 100, latestRevision: true }] },
    secret: [{ name: "database-url", keyVaultSecretId: "https://kv.vault.azure.net/secrets/database-url", identity: "id" }],
    template: {
      container: [
        {
          name: "app",
          image: "x",
          cpu: 0.5,
          memory: "1Gi",
          env: [{ name: "DATABASE_URL", secretName: "database-url" }, { name: "LOG_LEVEL", value: "info" }],
          livenessProbe: [PROBE],
          readinessProbe: [PROBE],
        },
      ],
    },
  };
  return new ContainerApp(stack, "app", change(base));
}

function vault(stack: TerraformStack, extra: Partial<KeyVaultConfig> = {}): KeyVault {
  return new KeyVault(stack, "kv", {
    name: "kv",
    location: "eastus",
    resourceGroupName: "rg",
    skuName: "standard",
    tenantId: "t",
    purgeProtectionEnabled: true,
    rbacAuthorizationEnabled: true,
    networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
    ...extra,
  });
}

function account(stack: TerraformStack): StorageAccount {
  return new StorageAccount(stack, "sa", { name: "sa", location: "eastus", resourceGroupName: "rg", accountTier: "Standard", accountReplicationType: "ZRS", allowNestedItemsToBePublic: false, minTlsVersion: "TLS1_2" });
}

function registry(stack: TerraformStack, extra: { adminEnabled?: boolean; anonymousPullEnabled?: boolean } = {}): ContainerRegistry {
  return new ContainerRegistry(stack, "acr", { name: "acr", location: "eastus", resourceGroupName: "rg", sku: "Standard", ...extra });
}

function nsgRule(stack: TerraformStack, source: string): NetworkSecurityRule {
  return new NetworkSecurityRule(stack, "rule", {
    name: "in",
    resourceGroupName: "rg",
    networkSecurityGroupName: "nsg",
    priority: 100,
    direction: "Inbound",
    access: "Allow",
    protocol: "Tcp",
    sourceAddressPrefix: source,
    sourcePortRange: "*",
    destinationPortRange: "443",
    destinationAddressPrefix: "*",
  });
}

/** A Container Apps subnet whose NSG denies everything else to the internet; `allowAllFirst` puts an allow of everything ahead of that deny. */
function appsSubnet(stack: TerraformStack, allowAllFirst: boolean): IConstruct {
  const subnet = new Subnet(stack, "apps", {
    name: "apps",
    resourceGroupName: "rg",
    virtualNetworkName: "vnet",
    addressPrefixes: ["10.64.0.0/23"],
    delegation: [{ name: "apps", serviceDelegation: { name: "Microsoft.App/environments" } }],
  });
  const outbound = (name: string, priority: number, access: string, ports: string) =>
    ({ name, priority, direction: "Outbound", access, protocol: ports === "*" ? "*" : "Tcp", sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "Internet", destinationPortRange: ports });
  const rules = [outbound("https", 160, "Allow", "443"), outbound("deny", 4000, "Deny", "*"), ...(allowAllFirst ? [outbound("everything", 300, "Allow", "*")] : [])];
  const nsg = new NetworkSecurityGroup(stack, "nsg", { name: "nsg", location: "eastus", resourceGroupName: "rg", securityRule: rules });
  new SubnetNetworkSecurityGroupAssociation(stack, "assoc", { subnetId: subnet.id, networkSecurityGroupId: nsg.id });
  return subnet;
}

/** A compliant and a non-compliant fixture for every Azure rule. */
export const RULE_FIXTURES: Record<string, RuleFixture> = {
  "azure-container-app-no-insecure-ingress": { compliant: (s) => app(s), nonCompliant: (s) => { const a = app(s); a.addOverride("ingress.allow_insecure_connections", true); return a; } },
  "azure-container-app-managed-identity": { compliant: (s) => app(s), nonCompliant: (s) => app(s, (c) => ({ ...c, identity: undefined, secret: undefined })) },
  "azure-container-app-probes": {
    compliant: (s) => app(s),
    nonCompliant: (s) => app(s, (c) => ({ ...c, template: { container: [{ name: "app", image: "x", cpu: 0.5, memory: "1Gi" }] } })),
  },
  "azure-container-app-secrets-from-key-vault": { compliant: (s) => app(s), nonCompliant: (s) => app(s, (c) => ({ ...c, secret: [{ name: "database-url", value: "postgres://u:p@h/db" }] })) },
  "azure-container-app-no-plaintext-secrets": {
    compliant: (s) => app(s),
    nonCompliant: (s) => app(s, (c) => ({ ...c, template: { container: [{ name: "app", image: "x", cpu: 0.5, memory: "1Gi", env: [{ name: "API_TOKEN", value: "t0ken" }], livenessProbe: [PROBE], readinessProbe: [PROBE] }] } })),
  },
  "azure-container-app-environment-logs": {
    compliant: (s) => new ContainerAppEnvironment(s, "env", { name: "env", location: "eastus", resourceGroupName: "rg", logAnalyticsWorkspaceId: "law" }),
    nonCompliant: (s) => new ContainerAppEnvironment(s, "env", { name: "env", location: "eastus", resourceGroupName: "rg" }),
  },
  "azure-key-vault-purge-protection": { compliant: (s) => vault(s), nonCompliant: (s) => vault(s, { purgeProtectionEnabled: false }) },
  "azure-key-vault-soft-delete": { compliant: (s) => vault(s, { softDeleteRetentionDays: 90 }), nonCompliant: (s) => vault(s, { softDeleteRetentionDays: 7 }) },
  "azure-key-vault-network-acls": { compliant: (s) => vault(s), nonCompliant: (s) => vault(s, { networkAcls: { defaultAction: "Allow", bypass: "AzureServices" } }) },
  "azure-key-vault-rbac": { compliant: (s) => vault(s), nonCompliant: (s) => vault(s, { rbacAuthorizationEnabled: false }) },
  "azure-storage-min-tls": { compliant: account, nonCompliant: (s) => { const a = account(s); a.addOverride("min_tls_version", "TLS1_0"); return a; } },
  "azure-storage-https-only": { compliant: account, nonCompliant: (s) => { const a = account(s); a.addOverride("https_traffic_only_enabled", false); return a; } },
  "azure-storage-no-public-blob": { compliant: account, nonCompliant: (s) => { const a = account(s); a.addOverride("allow_nested_items_to_be_public", undefined); return a; } },
  "azure-storage-container-private": {
    compliant: (s) => new StorageContainer(s, "c", { name: "tfstate", storageAccountId: "sa" }),
    nonCompliant: (s) => new StorageContainer(s, "c", { name: "tfstate", storageAccountId: "sa", containerAccessType: "blob" }),
  },
  "azure-nsg-no-internet-ingress": {
    compliant: (s) => nsgRule(s, "AzureLoadBalancer"),
    nonCompliant: (s) => {
      nsgRule(s, "AzureLoadBalancer");
      return new NetworkSecurityGroup(s, "nsg", {
        name: "nsg",
        location: "eastus",
        resourceGroupName: "rg",
        securityRule: [{ name: "ssh", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationPortRange: "22", destinationAddressPrefix: "*" }],
      });
    },
  },
  "azure-nsg-internet-ingress-web-ports-only": {
    compliant: (s) => nsgRule(s, "Internet"),
    nonCompliant: (s) =>
      new NetworkSecurityGroup(s, "nsg", {
        name: "nsg",
        location: "eastus",
        resourceGroupName: "rg",
        securityRule: [{ name: "rdp", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationPortRange: "3389", destinationAddressPrefix: "*" }],
      }),
  },
  "azure-acr-admin-disabled": { compliant: (s) => registry(s), nonCompliant: (s) => registry(s, { adminEnabled: true }) },
  "azure-acr-no-anonymous-pull": { compliant: (s) => registry(s), nonCompliant: (s) => registry(s, { anonymousPullEnabled: true }) },
  "azure-log-analytics-retention": {
    compliant: (s) => new LogAnalyticsWorkspace(s, "law", { name: "law", location: "eastus", resourceGroupName: "rg", retentionInDays: 30 }),
    nonCompliant: (s) => new LogAnalyticsWorkspace(s, "law", { name: "law", location: "eastus", resourceGroupName: "rg", retentionInDays: 7 }),
  },
  "azure-application-gateway-waf": { compliant: (s) => gateway(s, "WAF_v2", "policy-id"), nonCompliant: (s) => gateway(s, "Standard_v2") },
  "azure-container-app-environment-internal": {
    compliant: (s) => new ContainerAppEnvironment(s, "env", { name: "env", location: "eastus", resourceGroupName: "rg", logAnalyticsWorkspaceId: "law", internalLoadBalancerEnabled: true }),
    nonCompliant: (s) => new ContainerAppEnvironment(s, "env", { name: "env", location: "eastus", resourceGroupName: "rg", logAnalyticsWorkspaceId: "law", internalLoadBalancerEnabled: false }),
  },
  "azure-container-apps-subnet-egress-deny": {
    compliant: (s) => appsSubnet(s, false),
    nonCompliant: (s) => appsSubnet(s, true),
  },
};
