import { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { KEY_VAULT_SOFT_DELETE_DAYS } from "../azure-constants";
import { azureOptions } from "../azure-options";

/** The datacentre's registry and Key Vault. */
export interface AzureRegistryAndVault {
  /** The registry (Premium, admin off, protected from destroy). */
  readonly registry: ContainerRegistry;
  /** The Key Vault (RBAC, purge protection, default-deny network rules). */
  readonly keyVault: KeyVault;
}

/**
 * Creates the container registry and the Key Vault (IDs `registry`,
 * `client`, `key-vault`). Public network access stays off unless operators
 * list their CIDRs (`azure.operatorCidrs`); even then both firewalls deny by
 * default and admit only those ranges.
 */
export function createRegistryAndVault(scope: Construct, service: ServiceModel, dc: DatacentreModel, resourceGroupName: string): AzureRegistryAndVault {
  const region = dc.region.name;
  const operatorCidrs = [...azureOptions(service).operatorCidrs];
  const publicAccess = operatorCidrs.length > 0;
  const registry = new ContainerRegistry(scope, "registry", {
    name: physicalName("containerRegistryName", [service.name, region], `${service.domain}/${region}/registry`),
    location: region,
    resourceGroupName,
    sku: "Premium",
    adminEnabled: false,
    anonymousPullEnabled: false,
    zoneRedundancyEnabled: dc.region.zones > 0,
    publicNetworkAccessEnabled: publicAccess,
    // Trusted services: `az acr import` into a network-restricted registry needs it.
    networkRuleBypassOption: "AzureServices",
    networkRuleSet: [{ defaultAction: "Deny", ipRule: operatorCidrs.map((ipRange) => ({ action: "Allow", ipRange })) }],
    lifecycle: { preventDestroy: true },
  });
  const client = new DataAzurermClientConfig(scope, "client");
  const keyVault = new KeyVault(scope, "key-vault", {
    name: physicalName("keyVaultName", [service.name, region], `${service.domain}/${region}/key-vault`),
    location: region,
    resourceGroupName,
    tenantId: client.tenantId,
    skuName: "standard",
    rbacAuthorizationEnabled: true,
    purgeProtectionEnabled: true,
    softDeleteRetentionDays: KEY_VAULT_SOFT_DELETE_DAYS,
    publicNetworkAccessEnabled: publicAccess,
    networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: operatorCidrs, virtualNetworkSubnetIds: [] },
    lifecycle: { preventDestroy: true },
  });
  return { registry, keyVault };
}
