/**
 * Prefix length of the Container Apps infrastructure subnet. The environment
 * has workload profiles (its subnet must be delegated to
 * Microsoft.App/environments, /27 at least). Apps run on the Consumption
 * profile, which takes about one address per ten replicas, not one per
 * replica, on top of the addresses the environment reserves (Microsoft,
 * "Custom virtual networks"; the ratio as quoted by the Azure apply review,
 * N9). A /23 is therefore far more than `maxInstances` needs; it is kept
 * because changing it would move the subnet and replace the environment.
 */
export const CONTAINER_APPS_SUBNET_PREFIX = 23;

/**
 * Prefix length of the private-endpoint subnet, carved right after the
 * Container Apps /23 (so that subnet's CIDR never moves). The vault's endpoint
 * takes one address and the registry's two (registry and regional data
 * endpoint); a /27 leaves 27 usable addresses for more endpoints later.
 */
export const PRIVATE_ENDPOINT_SUBNET_PREFIX = 27;

/** Private DNS zone of Key Vault private endpoints (subresource `vault`). */
export const KEY_VAULT_PRIVATE_DNS_ZONE = "privatelink.vaultcore.azure.net";

/** Private DNS zone of container registry private endpoints (subresource `registry`). */
export const CONTAINER_REGISTRY_PRIVATE_DNS_ZONE = "privatelink.azurecr.io";

/** The workload profile every dualcloud container app runs on. */
export const CONTAINER_APPS_WORKLOAD_PROFILE = "Consumption";

/** Soft-delete retention of each datacentre's Key Vault, in days (7-90). */
export const KEY_VAULT_SOFT_DELETE_DAYS = 90;

/** TTL of the endpoint and verification records each Azure datacentre writes. */
export const AZURE_ENDPOINT_RECORD_TTL = 60;

/** Built-in role that reads Key Vault secret contents (and certificates through their secret). */
export const KEY_VAULT_SECRETS_USER = "Key Vault Secrets User";

/** Built-in role that pulls images from a container registry. */
export const ACR_PULL = "AcrPull";
