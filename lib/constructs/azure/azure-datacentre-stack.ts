import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { DatacentreStack } from "../datacentre-stack";
import { configureAzureState } from "./azure-state-backend";

/** One Azure datacentre in its own stack: the azurerm provider, Azure Storage state in that region. */
export class AzureDatacentreStack extends DatacentreStack {
  /** The stack's only provider. */
  public readonly provider: AzurermProvider;

  constructor(scope: Construct, service: ServiceModel, datacentre: DatacentreModel) {
    super(scope, service, datacentre);
    this.provider = new AzurermProvider(this, "azurerm", {
      features: [{ keyVault: [{ purgeSoftDeleteOnDestroy: false, recoverSoftDeletedKeyVaults: true }], resourceGroup: [{ preventDeletionIfContainsResources: true }] }],
      storageUseAzuread: true,
    });
    configureAzureState(this, service, datacentre.region.name);
  }
}
