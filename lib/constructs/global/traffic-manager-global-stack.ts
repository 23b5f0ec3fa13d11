import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { ServiceModel } from "../../model/service-model";
import { configureAzureState } from "../azure/azure-state-backend";
import { globalHomeRegion, trafficManagerStackName } from "./global-stack-names";

/** The Azure side of the global layer in its own stack: Traffic Manager behind Azure DNS answers for the hostname. */
export class TrafficManagerGlobalStack extends TerraformStack {
  /** The service. */
  public readonly service: ServiceModel;
  /** The stack's only provider. */
  public readonly provider: AzurermProvider;

  constructor(scope: Construct, service: ServiceModel) {
    super(scope, trafficManagerStackName(service));
    this.service = service;
    this.provider = new AzurermProvider(this, "azurerm", { features: [{}], storageUseAzuread: true });
    configureAzureState(this, service, globalHomeRegion(service, "azure"));
  }
}
