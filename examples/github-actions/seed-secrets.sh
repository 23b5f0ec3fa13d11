#!/usr/bin/env bash
# Gives every declared secret of one datacentre its first value, from the
# environment variable of the same name (a GitHub Actions secret), through the
# stack's outputs. A secret that already has a value is left alone: rotating
# is a separate, deliberate step (docs/secrets-and-images.md). Values never
# appear on a command line or in Terraform.
#
# usage: seed-secrets.sh <aws|azure|gcp> <cdktf.out/stacks/<stack>> NAME...
# needs: terraform, jq; aws (AWS), az (Azure), gcloud (GCP)
set -euo pipefail
cloud="${1:?usage: seed-secrets.sh <aws|azure|gcp> <stack directory> NAME...}"
dir="${2:?stack directory}"
shift 2
umask 077
for name in "$@"; do   # every value present before anything is written
  if [ -z "${!name:-}" ]; then echo "seed-secrets.sh: $name is not set in the environment" >&2; exit 2; fi
done
value_of() { printf '%s' "${!1}"; }

case "$cloud" in
  aws)
    arns="$(terraform -chdir="$dir" output -json secret_arns)"
    for name in "$@"; do
      arn="$(jq -er --arg n "$name" '.[$n]' <<<"$arns")"
      if [ "$(aws secretsmanager describe-secret --secret-id "$arn" --query 'length(keys(VersionIdsToStages || `{}`))' --output text)" != "0" ]; then
        echo "$name: has a value, left alone"; continue
      fi
      value_of "$name" | aws secretsmanager put-secret-value --secret-id "$arn" --secret-string file:///dev/stdin >/dev/null
      echo "$name: first value set"
    done
    ;;
  azure)
    # Key Vault's data plane is closed (public network access off), so the
    # secret is written through the management plane (azure-key-vault.sh).
    # shellcheck source=azure-key-vault.sh
    source "$(dirname "${BASH_SOURCE[0]}")/azure-key-vault.sh"
    key_vault_of "$dir"
    body="$(mktemp -p /dev/shm)"; trap 'rm -f "$body"' EXIT
    for name in "$@"; do
      url="$(vault_secret_url "$(echo "$name" | tr 'A-Z_' 'a-z-')")"   # DATABASE_URL -> database-url
      if vault_secret_exists "$url"; then echo "$name: has a value, left alone"; continue; fi
      value_of "$name" | jq -Rsc '{properties: {value: .}}' > "$body"
      put_vault_secret "$url" "$body"
      echo "$name: first value set"
    done
    ;;
  gcp)
    ids="$(terraform -chdir="$dir" output -json secret_ids)"
    for name in "$@"; do
      id="$(jq -er --arg n "$name" '.[$n]' <<<"$ids")"
      if [ -n "$(gcloud secrets versions list "$id" --limit=1 --format='value(name)')" ]; then
        echo "$name: has a value, left alone"; continue
      fi
      value_of "$name" | gcloud secrets versions add "$id" --data-file=- >/dev/null
      echo "$name: first value set"
    done
    ;;
  *) echo "seed-secrets.sh: unknown cloud $cloud (aws, azure or gcp)" >&2; exit 2 ;;
esac
