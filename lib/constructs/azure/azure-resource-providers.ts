/**
 * Azure resource providers (namespaces) a datacentre stack creates resources
 * in. azurerm 4.55's default registration set (`legacy`) lacks
 * `Microsoft.App`, so a fresh subscription refuses the Container Apps
 * environment (hashicorp/terraform-provider-azurerm#29525). dualcloud turns
 * the preset off (`resource_provider_registrations = "none"`) and registers
 * exactly these: the provider registers only those not yet registered and
 * waits for each (internal/resourceproviders/registration.go@v4.55.0).
 * Sources: docs/first-deployment.md#azure-resource-providers.
 */
export const AZURE_DATACENTRE_RESOURCE_PROVIDERS: readonly string[] = [
  "Microsoft.App",
  "Microsoft.Authorization",
  "Microsoft.ContainerRegistry",
  "Microsoft.Insights",
  "Microsoft.KeyVault",
  "Microsoft.ManagedIdentity",
  "Microsoft.Network",
  "Microsoft.OperationalInsights",
  "Microsoft.Resources",
];

/** Resource providers the Traffic Manager global stack uses: Azure DNS and Traffic Manager are both `Microsoft.Network`; action groups and metric alerts are `Microsoft.Insights`. */
export const AZURE_GLOBAL_RESOURCE_PROVIDERS: readonly string[] = ["Microsoft.Insights", "Microsoft.Network", "Microsoft.Resources"];

/** The azurerm provider arguments that register exactly `namespaces` and nothing else. */
export function azureProviderRegistrations(namespaces: readonly string[]): { resourceProviderRegistrations: string; resourceProvidersToRegister: string[] } {
  return { resourceProviderRegistrations: "none", resourceProvidersToRegister: [...namespaces] };
}
