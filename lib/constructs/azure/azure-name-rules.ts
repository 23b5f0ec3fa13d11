import { ALNUM_HYPHEN, LOWER_ALNUM, NameRule, rule } from "../../naming/name-rules";

/** Every physical name the Azure constructs (and the Traffic Manager layer) generate, and its limits. */
export const AZURE_NAME_RULES = {
  /** Azure resource group (subscription-wide). */
  resourceGroupName: rule("azurerm_resource_group", 1, 90, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "account"),
  /** Azure virtual network. */
  virtualNetworkName: rule("azurerm_virtual_network", 2, 64, /^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** Azure subnet. */
  subnetName: rule("azurerm_subnet", 1, 80, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "resource-group"),
  /** Azure network security group. */
  networkSecurityGroupName: rule("azurerm_network_security_group", 1, 80, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "resource-group"),
  /** Log Analytics workspace. */
  logAnalyticsWorkspaceName: rule("azurerm_log_analytics_workspace", 4, 63, /^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** Container Apps environment. */
  containerAppEnvironmentName: rule("azurerm_container_app_environment", 2, 60, /^(?!.*--)[a-z][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** Container app. */
  containerAppName: rule("azurerm_container_app", 2, 32, /^(?!.*--)[a-z][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** User-assigned managed identity. */
  userAssignedIdentityName: rule("azurerm_user_assigned_identity", 3, 128, /^[a-z0-9][a-z0-9-]*$/, "resource-group"),
  /** Key Vault (globally unique). */
  keyVaultName: rule("azurerm_key_vault", 3, 24, /^(?!.*--)[a-z][a-z0-9-]*[a-z0-9]$/, "global", ALNUM_HYPHEN),
  /** Key Vault secret. */
  keyVaultSecretName: rule("azurerm_key_vault_secret", 1, 127, /^[a-z0-9-]+$/, "resource-group"),
  /** Azure Container Registry (globally unique, letters and digits). */
  containerRegistryName: rule("azurerm_container_registry", 5, 50, /^[a-z0-9]+$/, "global", LOWER_ALNUM, ""),
  /** Storage account (globally unique, letters and digits). */
  storageAccountName: rule("azurerm_storage_account", 3, 24, /^[a-z0-9]+$/, "global", LOWER_ALNUM, ""),
  /** Traffic Manager profile (globally unique DNS label). */
  trafficManagerProfileName: rule("azurerm_traffic_manager_profile", 1, 63, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "global"),
  /** Private endpoint (Key Vault, registry). */
  privateEndpointName: rule("azurerm_private_endpoint", 2, 64, /^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** Link of a private DNS zone to a virtual network. */
  privateDnsZoneLinkName: rule("azurerm_private_dns_zone_virtual_network_link", 1, 80, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "resource-group"),
  /** Application Gateway: letters, digits, `.`, `_`, `-`, 1-80. */
  applicationGatewayName: rule("azurerm_application_gateway", 1, 80, /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9_])?$/, "resource-group"),
  /** Application Gateway WAF policy: letters, digits, `-` and `_`, 1-128. */
  webApplicationFirewallPolicyName: rule("azurerm_web_application_firewall_policy", 1, 128, /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9_])?$/, "resource-group"),
  /** Public IP address: 1-80. */
  publicIpName: rule("azurerm_public_ip", 1, 80, /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9_])?$/, "resource-group"),
  /** Azure Monitor action group (its `name`). */
  actionGroupName: rule("azurerm_monitor_action_group", 1, 260, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "resource-group"),
  /** Azure Monitor action group short name, shown in its notifications: at most 12 characters. */
  actionGroupShortName: rule("azurerm_monitor_action_group", 1, 12, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "resource-group"),
  /** Azure Monitor metric alert rule. */
  metricAlertName: rule("azurerm_monitor_metric_alert", 1, 260, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "resource-group"),
} as const satisfies Record<string, NameRule>;
