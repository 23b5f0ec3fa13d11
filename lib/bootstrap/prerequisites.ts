import { TerraformStack } from "cdktf";
import { CloudName } from "../model/cloud";
import { DatacentreStack } from "../constructs/datacentre-stack";
import { globalHomeRegion } from "../constructs/global/global-stack-names";
import { Route53GlobalStack } from "../constructs/global/route53-global-stack";
import { TrafficManagerGlobalStack } from "../constructs/global/traffic-manager-global-stack";
import { gcpApisFor } from "./gcp-apis";

/**
 * Something a stack assumes exists before its first `terraform init` or
 * `plan`, which no dualcloud stack creates, and the one command that creates it.
 */
export interface Prerequisite {
  /** The cloud it lives in, or `registrar` for the domain's delegation. */
  readonly cloud: CloudName | "registrar";
  /** What it is, e.g. `state bucket s3://acme-tfstate-us-east-1 (us-east-1)`. */
  readonly what: string;
  /** One shell command that creates it (idempotent where the cloud's CLI allows). */
  readonly command: string;
  /** Names of the stacks that need it. */
  readonly neededBy: readonly string[];
}

/** The synthesized JSON parts the prerequisites are read from. */
interface StackJson {
  readonly terraform?: { readonly backend?: Record<string, Record<string, unknown>> };
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly provider?: Record<string, Record<string, unknown>[]>;
}

/**
 * Every prerequisite of `stacks`, read from what they actually reference:
 * state buckets and storage accounts (backends), the DNS zones they read or
 * write into, the Google Cloud APIs their resource types need, and the
 * registrar delegation of each zone. One entry per thing, listing every stack
 * that needs it, in a stable order.
 */
export function prerequisitesOf(stacks: readonly TerraformStack[]): Prerequisite[] {
  const found = new Map<string, { cloud: Prerequisite["cloud"]; what: string; command: string; neededBy: string[] }>();
  const zones = new Map<string, { azureResourceGroup?: string }>();
  const add = (cloud: Prerequisite["cloud"], what: string, command: string, stack: string): void => {
    const key = `${cloud} ${what}`;
    const entry = found.get(key) ?? { cloud, what, command, neededBy: [] };
    if (!entry.neededBy.includes(stack)) entry.neededBy.push(stack);
    found.set(key, entry);
  };
  for (const stack of stacks) {
    const name = stack.node.id;
    const json = stack.toTerraform() as StackJson;
    const backend = json.terraform?.backend ?? {};
    if (backend.s3) add("aws", `state bucket s3://${backend.s3.bucket} (${backend.s3.region})`, s3StateBucket(String(backend.s3.bucket), String(backend.s3.region)), name);
    if (backend.azurerm) {
      const b = backend.azurerm;
      add("azure", `state storage account ${b.storage_account_name}, container ${b.container_name} (resource group ${b.resource_group_name})`,
        azureStateAccount(String(b.resource_group_name), String(b.storage_account_name), String(b.container_name), regionOf(stack)), name);
    }
    const project = json.provider?.google?.[0]?.project;
    if (backend.gcs && typeof project === "string") add("gcp", `state bucket gs://${backend.gcs.bucket}`, gcsStateBucket(String(backend.gcs.bucket), project, regionOf(stack)), name);
    if (typeof project === "string") {
      const apis = gcpApisFor(Object.keys(json.resource ?? {}));
      add("gcp", `APIs enabled in project ${project}`, `gcloud services enable ${apis.join(" ")} --project ${project}`, name);
    }
    for (const zone of Object.values(json.data?.aws_route53_zone ?? {})) {
      const z = String(zone.name);
      add("aws", `Route 53 public hosted zone ${z}`, `aws route53 create-hosted-zone --name ${z} --caller-reference dualcloud-${z}`, name);
      zones.set(z, zones.get(z) ?? {});
    }
    for (const [z, rg] of azureZones(json)) {
      add("azure", `Azure DNS zone ${z} (resource group ${rg})`, `az group create --name ${rg} --location ${regionOf(stack)} && az network dns zone create --resource-group ${rg} --name ${z}`, name);
      zones.set(z, { azureResourceGroup: rg });
    }
  }
  for (const [z, { azureResourceGroup }] of zones) {
    const neededBy = [...found.values()].filter((p) => p.what.includes(` zone ${z}`)).flatMap((p) => p.neededBy);
    for (const stack of neededBy) add("registrar", `delegation of ${z} to the name servers of both DNS copies`, registrarCommand(z, azureResourceGroup), stack);
  }
  const order: Prerequisite["cloud"][] = ["aws", "azure", "gcp", "registrar"];
  return [...found.values()].sort((a, b) => order.indexOf(a.cloud) - order.indexOf(b.cloud));
}

/** Azure DNS zones a stack reads (data source) or writes records into, as [zone, resource group]. */
function azureZones(json: StackJson): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const zone of Object.values(json.data?.azurerm_dns_zone ?? {})) out.set(`${zone.name}/${zone.resource_group_name}`, [String(zone.name), String(zone.resource_group_name)]);
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    if (!/^azurerm_dns_[a-z]+_record$/.test(type)) continue;
    for (const record of Object.values(byName)) {
      const z = record.zone_name;
      const rg = record.resource_group_name;
      if (typeof z === "string" && typeof rg === "string" && !z.includes("${")) out.set(`${z}/${rg}`, [z, rg]);
    }
  }
  return [...out.values()];
}

/** The region a stack deploys to: its datacentre's, or the Traffic Manager global stack's home region. */
function regionOf(stack: TerraformStack): string {
  if (stack instanceof DatacentreStack) return stack.datacentre.region.name;
  if (stack instanceof TrafficManagerGlobalStack) return globalHomeRegion(stack.service, "azure");
  if (stack instanceof Route53GlobalStack) return globalHomeRegion(stack.service, "aws");
  throw new Error(`dualcloud: ${stack.node.id} is not a dualcloud stack`);
}

/** Creates a versioned, encrypted S3 bucket with every public access block on. */
export function s3StateBucket(bucket: string, region: string): string {
  const location = region === "us-east-1" ? "" : ` --create-bucket-configuration LocationConstraint=${region}`;
  return [
    `aws s3api create-bucket --bucket ${bucket} --region ${region}${location}`,
    `aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled`,
    `aws s3api put-public-access-block --bucket ${bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`,
    `aws s3api put-bucket-encryption --bucket ${bucket} --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"},"BucketKeyEnabled":true}]}'`,
  ].join(" && ");
}

/** Creates the state resource group, a storage account with Entra ID only, versioning and no public blob access, and the container. */
export function azureStateAccount(resourceGroup: string, account: string, container: string, region: string): string {
  return [
    `az group create --name ${resourceGroup} --location ${region}`,
    `az storage account create --name ${account} --resource-group ${resourceGroup} --location ${region} --sku Standard_ZRS --kind StorageV2 --https-only true --min-tls-version TLS1_2 --allow-blob-public-access false --allow-shared-key-access false`,
    `az storage account blob-service-properties update --account-name ${account} --resource-group ${resourceGroup} --enable-versioning true --enable-delete-retention true --delete-retention-days 30`,
    `az storage container create --account-name ${account} --name ${container} --auth-mode login`,
  ].join(" && ");
}

/** Creates a versioned Cloud Storage bucket with uniform access and public access prevention. */
export function gcsStateBucket(bucket: string, project: string, region: string): string {
  return [
    `gcloud storage buckets create gs://${bucket} --project ${project} --location ${region} --uniform-bucket-level-access --public-access-prevention`,
    `gcloud storage buckets update gs://${bucket} --versioning`,
  ].join(" && ");
}

/** Prints the name servers of each copy of `zone`: list all of them at the registrar. */
function registrarCommand(zone: string, azureResourceGroup: string | undefined): string {
  const route53 = `aws route53 get-hosted-zone --id "$(aws route53 list-hosted-zones-by-name --dns-name ${zone} --max-items 1 --query 'HostedZones[0].Id' --output text)" --query DelegationSet.NameServers`;
  const azure = azureResourceGroup === undefined ? [] : [`az network dns zone show --name ${zone} --resource-group ${azureResourceGroup} --query nameServers`];
  return [route53, ...azure].join(" && ");
}
