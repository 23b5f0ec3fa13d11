#!/usr/bin/env bash
# Applies one datacentre stack's foundation synth, unless the plan deletes
# anything: on a datacentre that already serves, the foundation plan would
# delete its workload, so it is skipped (docs/first-deployment.md#stages).
#
# usage: apply-foundation.sh <cdktf.out.foundation/stacks/<stack>>
set -euo pipefail
dir="${1:?usage: apply-foundation.sh <foundation stack directory>}"
stack="$(basename "$dir")"
cd "$dir"
terraform init -input=false
terraform plan -input=false -out=foundation.tfplan
deletes="$(terraform show -json foundation.tfplan | jq '[.resource_changes[]? | select(.change.actions | index("delete"))] | length')"
if [ "$deletes" -gt 0 ]; then
  echo "$stack: the foundation plan would delete $deletes resource(s); the datacentre already serves, so its foundation apply is skipped"
  exit 0
fi
terraform apply -input=false foundation.tfplan
