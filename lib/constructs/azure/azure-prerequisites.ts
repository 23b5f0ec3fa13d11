import type { FoundPrerequisite, StackTerraformJson } from "../../clouds/prerequisite";

/**
 * What an Azure stack assumes exists: the state storage account and container
 * of its backend (Entra ID only, versioned, no public blob access; Azure
 * Storage always encrypts at rest) and the Azure DNS zones it reads or writes
 * records into, with their resource group.
 */
export function azurePrerequisites(json: StackTerraformJson, region: string): FoundPrerequisite[] {
  const out: FoundPrerequisite[] = [];
  const b = json.terraform?.backend?.azurerm;
  if (b) {
    out.push({
      what: `state storage account ${String(b.storage_account_name)}, container ${String(b.container_name)} (resource group ${String(b.resource_group_name)})`,
      command: azureStateAccount(String(b.resource_group_name), String(b.storage_account_name), String(b.container_name), region),
    });
  }
  for (const [name, group] of azureZones(json)) {
    out.push({
      what: `Azure DNS zone ${name} (resource group ${group})`,
      command: `az group create --name ${group} --location ${region} && az network dns zone create --resource-group ${group} --name ${name}`,
      zone: { name, nameServersCommand: `az network dns zone show --name ${name} --resource-group ${group} --query nameServers` },
    });
  }
  return out;
}

/** Azure DNS zones a stack reads (data source) or writes records into, as [zone, resource group]. */
function azureZones(json: StackTerraformJson): [string, string][] {
  const out = new Map<string, [string, string]>();
  const note = (zone: unknown, group: unknown): void => {
    if (typeof zone === "string" && typeof group === "string" && !zone.includes("${") && !group.includes("${")) out.set(`${zone}/${group}`, [zone, group]);
  };
  for (const zone of Object.values(json.data?.azurerm_dns_zone ?? {})) note(zone.name, zone.resource_group_name);
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    if (/^azurerm_dns_[a-z]+_record$/.test(type)) for (const record of Object.values(byName)) note(record.zone_name, record.resource_group_name);
  }
  return [...out.values()];
}

/** Creates the state resource group, a storage account with Entra ID only, versioning and no public blob access, and the container. */
export function azureStateAccount(resourceGroup: string, account: string, container: string, region: string): string {
  return [
    `az group create --name ${resourceGroup} --location ${region}`,
    `az storage account create --name ${account} --resource-group ${resourceGroup} --location ${region} --sku Standard_ZRS --kind StorageV2 --https-only true --min-tls-version TLS1_2 --allow-blob-public-access false --allow-shared-key-access false`,
    `az storage account blob-service-properties update --account-name ${account} --resource-group ${resourceGroup} --enable-versioning true --enable-delete-retention true --delete-retention-days 30`,
    `az storage container create --account-name ${account} --name ${container} --auth-mode login`,
  ].join(" && ");
}
