import { AzurermBackend, TerraformStack } from "cdktf";
import { ServiceModel } from "../../model/service-model";
import { warnLocalState } from "../datacentre-stack";
import { azureStateBackend } from "./azure-options";

/** The state storage account of an Azure region: the configured prefix followed by the region name. */
export function azureStateAccountName(prefix: string, region: string): string {
  return `${prefix}${region}`;
}

/**
 * Puts a stack's state in the Azure Storage account of `region`, with Entra ID
 * authentication; or leaves it local with a warning when no Azure backend is configured.
 */
export function configureAzureState(stack: TerraformStack, service: ServiceModel, region: string): AzurermBackend | undefined {
  const props = azureStateBackend(service);
  if (!props) {
    warnLocalState(stack, "azure");
    return undefined;
  }
  return new AzurermBackend(stack, {
    resourceGroupName: props.resourceGroupName,
    storageAccountName: azureStateAccountName(props.storageAccountNamePrefix, region),
    containerName: props.containerName,
    key: `${props.keyPrefix}/${stack.node.id}.tfstate`,
    useAzureadAuth: true,
  });
}
