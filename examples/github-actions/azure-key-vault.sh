# Sourced by seed-secrets.sh and put-tls-certificate.sh: one Azure datacentre's
# Key Vault, written through Azure Resource Manager (Microsoft.KeyVault/vaults/
# secrets) because the vault's data plane is closed (public network access
# off; docs/secrets-and-images.md).
# needs: terraform, az

# key_vault_of <stack directory>: sets $vault (its name) and $vault_id (its ARM ID).
key_vault_of() {
  local uri
  uri="$(terraform -chdir="$1" output -raw key_vault_uri)"   # https://<vault>.vault.azure.net/
  vault="${uri#https://}"; vault="${vault%%.*}"
  vault_id="$(az keyvault show --name "$vault" --query id -o tsv)"   # management plane
}

# vault_secret_url <secret name>: the secret's ARM URL in the vault key_vault_of found.
vault_secret_url() {
  printf 'https://management.azure.com%s/secrets/%s?api-version=2023-07-01' "$vault_id" "$1"
}

# vault_secret_exists <url>: true when the secret already has a value.
vault_secret_exists() {
  az rest --method get --url "$1" >/dev/null 2>&1
}

# put_vault_secret <url> <body file>: writes the secret from a JSON body file.
put_vault_secret() {
  az rest --method put --url "$1" --body "@$2" >/dev/null
}
