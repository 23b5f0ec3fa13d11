import { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { Construct } from "constructs";
import { ACR_PULL, KEY_VAULT_SECRETS_USER } from "../azure-constants";

/** The identity's two role assignments. */
export interface AzureRoleAssignments {
  /** AcrPull on the datacentre's registry only. */
  readonly acrPull: RoleAssignment;
  /** Key Vault Secrets User on the datacentre's vault only. */
  readonly keyVaultSecretsUser: RoleAssignment;
}

/**
 * Grants the app's identity {@link ACR_PULL} on `registry` and
 * {@link KEY_VAULT_SECRETS_USER} on `keyVault`, nothing wider (IDs
 * `acr-pull`, `key-vault-secrets-user`).
 */
export function grantIdentity(scope: Construct, identity: UserAssignedIdentity, registry: ContainerRegistry, keyVault: KeyVault): AzureRoleAssignments {
  const acrPull = new RoleAssignment(scope, "acr-pull", { scope: registry.id, roleDefinitionName: ACR_PULL, principalId: identity.principalId, principalType: "ServicePrincipal" });
  const keyVaultSecretsUser = new RoleAssignment(scope, "key-vault-secrets-user", {
    scope: keyVault.id,
    roleDefinitionName: KEY_VAULT_SECRETS_USER,
    principalId: identity.principalId,
    principalType: "ServicePrincipal",
  });
  return { acrPull, keyVaultSecretsUser };
}
