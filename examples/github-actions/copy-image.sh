#!/usr/bin/env bash
# Copies the service's one image, by digest, into one datacentre's registry,
# read from the stack's outputs. Idempotent: a digest already there is
# skipped by the registry (content addressed). The digest never changes:
# crane and az acr import copy the manifest as is.
#
# usage: copy-image.sh <aws|azure|gcp> <cdktf.out/stacks/<stack>> <image by digest>
# needs: terraform, jq; aws + crane (AWS), az (Azure), gcloud + crane (GCP)
set -euo pipefail
cloud="${1:?usage: copy-image.sh <aws|azure|gcp> <stack directory> <image>}"
dir="${2:?stack directory}"
image="${3:?image by digest}"
digest="${image##*@}"
case "$digest" in sha256:*) ;; *) echo "copy-image.sh: $image is not pinned by digest" >&2; exit 2 ;; esac
output() { terraform -chdir="$dir" output -raw "$1"; }

case "$cloud" in
  aws)
    repository="$(output repository_url)"              # <account>.dkr.ecr.<region>.amazonaws.com/<name>
    host="${repository%%/*}"
    region="$(echo "$host" | cut -d. -f4)"
    aws ecr get-login-password --region "$region" | crane auth login "$host" -u AWS --password-stdin
    crane copy "$image" "$repository@$digest"          # by digest: the repository's tags are immutable
    ;;
  azure)
    server="$(output registry_login_server)"          # <registry>.azurecr.io
    path="${image#*/}"                                 # acme/orders@sha256:...
    # Runs inside Azure as a trusted service, so it works with the registry's public access off.
    az acr import --name "${server%%.*}" --source "$image" --repository "${path%@*}"
    ;;
  gcp)
    target="$(output image)"                           # <region>-docker.pkg.dev/<project>/<repo>/<name>@sha256:...
    gcloud auth configure-docker "${target%%/*}" --quiet
    crane copy "$image" "$target"
    ;;
  *) echo "copy-image.sh: unknown cloud $cloud (aws, azure or gcp)" >&2; exit 2 ;;
esac
echo "copied $digest into $(basename "$dir")"
