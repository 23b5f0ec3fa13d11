#!/usr/bin/env bash
# Role assignments for the identity that deploys the example service's Azure
# stacks (the pipeline's Entra ID app or managed identity). Run once, as an
# Owner or User Access Administrator of the subscription:
#   bash azure-deployer-roles.sh <deployer object id> <subscription id> <state resource group>
# What each one is for, and the sources: docs/deployer-permissions.md#azure.
set -euo pipefail
principal="$1"
subscription="/subscriptions/$2"
state_group="$3"

# 1. Create every resource of the stacks, resource groups included, and register
#    the resource providers the azurerm provider lists (Contributor's "*" covers
#    Microsoft.<namespace>/register/action). It also writes the secrets and the
#    TLS certificate through the management plane (Microsoft.KeyVault/vaults/secrets/write),
#    so no Key Vault data-plane role is granted; `az keyvault certificate import`
#    would need Key Vault Certificates Officer and a path into the closed vault.
az role assignment create --assignee-object-id "$principal" --assignee-principal-type ServicePrincipal \
  --role "Contributor" --scope "$subscription"

# 2. Create (and delete) exactly the two role assignments each Azure datacentre
#    makes: AcrPull (7f951dda-4ed3-4680-a7ca-43fe172d538d) and Key Vault Secrets
#    User (4633458b-17de-408a-b874-0445c86b69e6), to service principals only.
#    Role Based Access Control Administrator (f58310d9-a9f6-439a-9e8d-f62e7b41a168)
#    with a condition; Contributor cannot write role assignments.
condition="((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {7f951dda-4ed3-4680-a7ca-43fe172d538d, 4633458b-17de-408a-b874-0445c86b69e6} AND @Request[Microsoft.Authorization/roleAssignments:PrincipalType] ForAnyOfAnyValues:StringEqualsIgnoreCase {'ServicePrincipal'})) AND ((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR (@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {7f951dda-4ed3-4680-a7ca-43fe172d538d, 4633458b-17de-408a-b874-0445c86b69e6} AND @Resource[Microsoft.Authorization/roleAssignments:PrincipalType] ForAnyOfAnyValues:StringEqualsIgnoreCase {'ServicePrincipal'}))"
az role assignment create --assignee-object-id "$principal" --assignee-principal-type ServicePrincipal \
  --role "Role Based Access Control Administrator" --scope "$subscription" \
  --condition "$condition" --condition-version "2.0"

# 3. Read and write Terraform state with Entra ID (the backend sets use_azuread_auth).
az role assignment create --assignee-object-id "$principal" --assignee-principal-type ServicePrincipal \
  --role "Storage Blob Data Contributor" --scope "$subscription/resourceGroups/$state_group"
