import type { FoundPrerequisite, StackTerraformJson } from "../../clouds/prerequisite";
import { blocks } from "../../private/terraform-values";

/**
 * What an Azure stack assumes exists: the state storage account and container
 * of its backend (Entra ID only, versioned, no public blob access; Azure
 * Storage always encrypts at rest), the Azure DNS zones it reads or writes
 * records into, with their resource group, and, before the serving stage, the
 * TLS certificate its gateway (or environment) reads from the datacentre's vault.
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
  for (const [vault, certificate] of azureVaultCertificates(json)) {
    out.push({
      what: `TLS certificate ${certificate} in Key Vault ${vault} (${certificate}.pfx, unencrypted, for the service's host names; the foundation stage creates the vault)`,
      command: azureCertificateUpload(vault, certificate),
      beforeStage: "serving",
    });
  }
  return out;
}

/** A versionless secret ID the stack builds from one of its own vaults: `${azurerm_key_vault.<id>.vault_uri}secrets/<name>`. */
const VAULT_SECRET_REF = /^\$\{azurerm_key_vault\.([^.}]+)\.vault_uri\}secrets\/([A-Za-z0-9-]+)$/;

/**
 * Certificates a stack's TLS listeners read from its own Key Vault, as
 * [vault name, certificate name]: the Application Gateway's `ssl_certificate`
 * and, with direct ingress, the environment certificate's `certificate_key_vault`.
 */
function azureVaultCertificates(json: StackTerraformJson): [string, string][] {
  const refs = [
    ...Object.values(json.resource?.azurerm_application_gateway ?? {}).flatMap((gateway) => blocks(gateway.ssl_certificate)),
    ...Object.values(json.resource?.azurerm_container_app_environment_certificate ?? {}).flatMap((certificate) => blocks(certificate.certificate_key_vault)),
  ].map((block) => block.key_vault_secret_id);
  const out = new Map<string, [string, string]>();
  for (const ref of refs) {
    const match = typeof ref === "string" ? VAULT_SECRET_REF.exec(ref) : null;
    const vault = match ? json.resource?.azurerm_key_vault?.[match[1]]?.name : undefined;
    if (match && typeof vault === "string" && !vault.includes("${")) out.set(`${vault}/${match[2]}`, [vault, match[2]]);
  }
  return [...out.values()];
}

/**
 * Writes `<certificate>.pfx` (unencrypted) as the vault secret `<certificate>`
 * through Azure Resource Manager, the secret resource
 * `Microsoft.KeyVault/vaults/secrets` (base64, content type
 * `application/x-pkcs12`): Key Vault's firewall and network rules apply to
 * its data plane only, so this works with the vault's public access off,
 * where `az keyvault certificate import` would be refused.
 */
export function azureCertificateUpload(vault: string, certificate: string): string {
  const body = `${certificate}-secret.json`;
  return [
    `base64 < ${certificate}.pfx | tr -d '\\n' | jq -Rc '{properties: {value: ., contentType: "application/x-pkcs12"}}' > ${body}`,
    `az rest --method put --url "https://management.azure.com$(az keyvault show --name ${vault} --query id -o tsv)/secrets/${certificate}?api-version=2023-07-01" --body @${body}`,
    `rm -f ${body}`,
  ].join(" && ");
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
