import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { ServiceRuntimeContract } from "../../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { DatacentreStack } from "../datacentre-stack";
import { AzureDatacentre } from "./azure-datacentre";
import { AZURE_DATACENTRE_RESOURCE_PROVIDERS, azureProviderRegistrations } from "./azure-resource-providers";
import { configureAzureState } from "./azure-state-backend";

/**
 * One Azure datacentre in its own stack: the azurerm provider, Azure Storage
 * state in that region, and an {@link AzureDatacentre} under the datacentre key.
 *
 * The datacentre in `azure.verificationRecordsRegion` (the first Azure one listed,
 * unless pinned) owns the verification records every Azure
 * datacentre shares (`asuid.<domain>`, `asuid.azure.<domain>`); the other
 * Azure stacks deploy after it. That is a deploy order only: no Azure stack
 * reads another's state.
 */
export class AzureDatacentreStack extends DatacentreStack {
  /** The stack's only provider. */
  public readonly provider: AzurermProvider;
  /** The datacentre's resources. */
  public readonly azure: AzureDatacentre;

  constructor(scope: Construct, service: ServiceModel, datacentre: DatacentreModel) {
    super(scope, service, datacentre);
    this.provider = new AzurermProvider(this, "azurerm", {
      features: [{ keyVault: [{ purgeSoftDeleteOnDestroy: false, recoverSoftDeletedKeyVaults: true }], resourceGroup: [{ preventDeletionIfContainsResources: true }] }],
      storageUseAzuread: true,
      ...azureProviderRegistrations(AZURE_DATACENTRE_RESOURCE_PROVIDERS),
    });
    configureAzureState(this, service, datacentre.region.name);
    this.azure = new AzureDatacentre(this, datacentre.key, { service, datacentre });

    const env = this.azure.environment;
    new TerraformOutput(this, "environment_static_ip", { value: env.staticIpAddress, description: "Static IP of the Container Apps environment: with the default gateway ingress a private address of the apps subnet, which the gateway's backend FQDN resolves to (the endpoint hostname's A record is the gateway's public IP); with direct ingress its public inbound IP and the A record's target." });
    new TerraformOutput(this, "custom_domain_verification_id", { value: env.customDomainVerificationId, description: "Value of the asuid TXT records for this subscription." });
    new TerraformOutput(this, "registry_login_server", { value: this.azure.registry.loginServer, description: "Registry to import the image into (az acr import)." });
    new TerraformOutput(this, "key_vault_uri", { value: this.azure.keyVault.vaultUri, description: "Vault to set secret values and import the TLS certificate into." });
    new TerraformOutput(this, "alert_action_group_id", { value: this.azure.alerts.actionGroup.id, description: "Azure Monitor action group this datacentre's alerts notify." });
    if (this.azure.containerApp) {
      new TerraformOutput(this, "app_fqdn", { value: this.azure.containerApp.ingress.fqdn, description: "The container app's own FQDN (ingress)." });
    }
  }

  /** What this datacentre runs. */
  public runtimeContract(): ServiceRuntimeContract {
    return this.azure.runtimeContract();
  }
}
