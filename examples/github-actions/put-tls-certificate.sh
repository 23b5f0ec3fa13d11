#!/usr/bin/env bash
# Puts one Azure datacentre's TLS certificate in its Key Vault before the
# serving stage: the Application Gateway (with `azure.ingress: "direct"`, the
# environment) reads it there by secret ID, `<vault uri>secrets/<name>`. The
# certificate is an unencrypted PFX, base64, in the environment variable
# TLS_PFX_BASE64 (a GitHub Actions secret); it is written as the vault secret
# <name> through Azure Resource Manager, because the vault's data plane is
# closed (public network access off), and never appears on a command line.
# A certificate already in the vault is left alone: renewing is a separate,
# deliberate step (docs/secrets-and-images.md#the-azure-tls-certificate).
#
# usage: put-tls-certificate.sh <cdktf.out/stacks/<stack>> [name, default tls: azure.certificateName]
# needs: terraform, jq, base64, az
set -euo pipefail
dir="${1:?usage: put-tls-certificate.sh <stack directory> [certificate name]}"
name="${2:-tls}"
umask 077
if [ -z "${TLS_PFX_BASE64:-}" ]; then echo "put-tls-certificate.sh: TLS_PFX_BASE64 is not set in the environment" >&2; exit 2; fi
if ! printf '%s' "$TLS_PFX_BASE64" | base64 -d >/dev/null 2>&1; then echo "put-tls-certificate.sh: TLS_PFX_BASE64 is not base64 (base64 -w0 tls.pfx)" >&2; exit 2; fi

# shellcheck source=azure-key-vault.sh
source "$(dirname "${BASH_SOURCE[0]}")/azure-key-vault.sh"
key_vault_of "$dir"
url="$(vault_secret_url "$name")"
if vault_secret_exists "$url"; then echo "$name: already in $vault, left alone"; exit 0; fi
body="$(mktemp -p /dev/shm)"; trap 'rm -f "$body"' EXIT
printf '%s' "$TLS_PFX_BASE64" | tr -d '\n' | jq -Rc '{properties: {value: ., contentType: "application/x-pkcs12"}}' > "$body"
put_vault_secret "$url" "$body"
echo "$name: put in $vault"
