#!/usr/bin/env bash
# Project roles for the service account that deploys the example service's
# GCP stacks. Run once, as a project Owner or Project IAM Admin:
#   bash gcp-deployer-roles.sh <deployer service account email> <project id>
# What each one is for, and the sources: docs/deployer-permissions.md#google-cloud.
set -euo pipefail
member="serviceAccount:$1"
project="$2"
roles=(
  roles/run.admin                       # Cloud Run service, invoker_iam_disabled (run.services.setIamPolicy)
  roles/iam.serviceAccountAdmin         # the runtime service account
  roles/iam.serviceAccountUser          # deploy Cloud Run as that service account (actAs)
  roles/compute.networkAdmin            # VPC, subnet, router, Cloud NAT, global address, serverless NEG
  roles/compute.loadBalancerAdmin       # backend service, URL maps, proxies, forwarding rules
  roles/compute.securityAdmin           # SSL policy
  roles/certificatemanager.owner        # certificate, DNS authorizations, certificate map and entries
  roles/dns.admin                       # the gcp.<domain> zone and its records
  roles/secretmanager.admin             # secrets and their IAM bindings
  roles/artifactregistry.admin          # the repository
  roles/cloudkms.admin                  # the registry key ring, key and its grant to the Artifact Registry service agent
  roles/logging.configWriter            # log bucket and sink
  roles/monitoring.alertPolicyEditor    # the datacentre's alert policies
  roles/monitoring.notificationChannelEditor # their email and webhook notification channels
  roles/serviceusage.serviceUsageAdmin  # gcloud services enable (bootstrap) and API checks
  roles/storage.objectAdmin             # Terraform state objects and lock files in the state buckets
)
for role in "${roles[@]}"; do
  gcloud projects add-iam-policy-binding "$project" --member "$member" --role "$role" --condition None
done
