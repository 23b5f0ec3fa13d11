/*
 * The public props of Azure: its types for `DualCloudServiceProps` and
 * `StateBackendProps`, whose `azure` members lib/clouds/registry-props.ts
 * declares. Types only; the parsing is in azure-options.ts.
 */

/** Remote state in Azure Storage, one account per Azure region. */
export interface AzureStateBackendProps {
  /** Resource group holding the state storage accounts. */
  readonly resourceGroupName: string;
  /**
   * Storage account name prefix (lower-case letters and digits). Each Azure
   * region's account is the prefix followed by the full region name (e.g.
   * `acmetfwesteurope`), and a storage account name has at most 24
   * characters, so the prefix has at most 24 minus the longest Azure region
   * name listed: 6 with `germanywestcentral`, 14 with `westeurope`.
   */
  readonly storageAccountNamePrefix: string;
  /**
   * Region whose storage account holds the Traffic Manager global stack's state.
   * Pin it before listing a new Azure datacentre first.
   * @default - the region of the first Azure datacentre listed
   */
  readonly globalStackRegion?: string;
  /**
   * Blob container holding state.
   * @default "tfstate"
   */
  readonly containerName?: string;
  /**
   * Prefix of every state key.
   * @default "dualcloud"
   */
  readonly keyPrefix?: string;
}

/**
 * How far an Azure datacentre's stack goes. With the default gateway ingress
 * there are two steps: `foundation`, then serving (`workload` and `bound` both
 * add the container app, its WAF policy and the Application Gateway; nothing is
 * bound). With `azure.ingress: "direct"` all three apply, because Container
 * Apps needs things Terraform cannot create:
 * - `foundation`: resource group, network, Log Analytics, Container Apps
 *   environment, identity, registry, Key Vault, role assignments and DNS
 *   verification records; no container app yet (import the image, set the
 *   secret values and import the TLS certificate next).
 * - `workload`: adds the container app and its endpoint record, without
 *   custom domain bindings (deploy the global stacks next, so both DNS
 *   providers resolve the names Azure validates).
 * - `bound`: adds the certificate and binds the service and endpoint hostnames.
 */
export type AzureDeployStage = "foundation" | "workload" | "bound";

/**
 * How the internet reaches an Azure datacentre:
 * - `gateway`: a zone-redundant Application Gateway v2 with a WAF policy
 *   terminates TLS for `<domain>` and `<region>.azure.<domain>` and forwards to
 *   an internal Container Apps environment under the app's default FQDN, so
 *   Container Apps never validates the shared hostname;
 * - `direct`: the environment is public and binds `<domain>` itself as a custom
 *   domain. Container Apps validates that binding against where the name
 *   resolves (an A or CNAME record plus TXT `asuid`), and the shared hostname
 *   resolves to Traffic Manager or Route 53, never to one environment, so the
 *   binding of `<domain>` is likely to be refused (docs/azure.md). No WAF.
 */
export type AzureIngress = "gateway" | "direct";

/** Azure-only choices. */
export interface AzureProps {
  /**
   * How the internet reaches each Azure datacentre. `direct` is an explicit
   * opt-in with the hostname-validation risk described in docs/azure.md.
   * @default "gateway"
   */
  readonly ingress?: AzureIngress;
  /**
   * Stage of each Azure datacentre, keyed by Azure region name; overrides
   * `stage` with a synth warning. `workload` remains the one step `stage` does
   * not name: the container app without custom-domain bindings, with
   * `ingress: "direct"` only (with the gateway it equals `serving`).
   * @deprecated use `stage` or `datacentres[].stage` (`foundation` or `serving`, the same on every cloud)
   * @default - from `stage`: `foundation`, or `bound` when serving
   */
  readonly stages?: Record<string, AzureDeployStage>;
  /**
   * Name of the Key Vault certificate, in each Azure datacentre's vault,
   * covering `domain` and `<region>.azure.<domain>` (e.g. SANs `domain` and `*.azure.<domain>`).
   * @default "tls"
   */
  readonly certificateName?: string;
  /**
   * Public IPv4 ranges, as canonical CIDRs (`203.0.113.7/32`), of operator
   * workstations or pipeline runners that may reach each Azure datacentre's
   * Key Vault and registry from outside its VNet (to run `az keyvault secret set`,
   * `az keyvault certificate import` or `docker push`). A non-empty list turns
   * the vault's and the registry's public endpoints on, still default-deny,
   * admitting only these ranges; the app keeps using the private endpoints.
   * @default - none: public network access is disabled on every vault and
   *   registry, which are reached only through their private endpoints
   *   (`az acr import` still works: it runs inside Azure as a trusted service)
   */
  readonly operatorCidrs?: string[];
  /**
   * The Azure region whose datacentre stack writes the verification records
   * every Azure datacentre shares (TXT `asuid.<domain>` and `asuid.azure.<domain>`);
   * the other Azure datacentres deploy after it. Pin it before listing a new
   * Azure datacentre first, or the records move between stacks.
   * @default - the region of the first Azure datacentre listed
   */
  readonly verificationRecordsRegion?: string;
}
