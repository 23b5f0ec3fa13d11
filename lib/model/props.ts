import { CloudName } from "./cloud";
import { WafProps } from "./waf";

/** One datacentre: a region of a cloud that runs a full copy of the service. */
export interface DatacentreSpec {
  /** The cloud: `"aws"`, `"azure"` or `"gcp"`. */
  readonly cloud: CloudName;
  /** The cloud's region name, e.g. `"us-east-1"`, `"westeurope"` or `"europe-west1"`. */
  readonly region: string;
  /**
   * IPv4 address space of the datacentre's network, a /16 to /20.
   * @default - a /16 from 10.0.0.0/8 fixed by the region's catalogue slot, never overlapping another default
   */
  readonly cidr?: string;
  /**
   * Take the datacentre out of rotation in both global DNS layers. Only the
   * global stacks change; the regional stack keeps running untouched.
   * @default false
   */
  readonly drain?: boolean;
  /**
   * Relative share of traffic under the `weighted` routing policy (1-255).
   * @default 100
   */
  readonly weight?: number;
  /**
   * Minimum running instances in this datacentre.
   * @default - `capacity.minInstancesPerDatacentre`
   */
  readonly minInstances?: number;
  /**
   * Maximum running instances in this datacentre.
   * @default - `capacity.maxInstancesPerDatacentre`
   */
  readonly maxInstances?: number;
}

/** CPU and memory of one instance of the service, the same in every cloud. */
export interface SizeProps {
  /**
   * vCPUs per instance: 0.25, 0.5, 1, 2 or 4.
   * @default 0.5
   */
  readonly cpu?: number;
  /**
   * Memory per instance in MiB. Must be a pairing every cloud accepts for `cpu`.
   * @default 1024
   */
  readonly memoryMiB?: number;
}

/** Peak load as a number of instances. */
export interface PeakInstances {
  /** Instances needed, across all datacentres, to carry the peak. */
  readonly instances: number;
}

/** Peak load as a request rate and what one instance sustains. */
export interface PeakRequestRate {
  /** Requests per second at peak, across all datacentres. */
  readonly requestsPerSecond: number;
  /** Requests per second one instance sustains. */
  readonly requestsPerSecondPerInstance: number;
}

/**
 * How the survivors of a failure must carry the peak.
 * - `static`: at their minimum capacity, without scaling (scaling is a control-plane action that may be unavailable in an outage).
 * - `elastic`: at their maximum capacity, after scaling out.
 */
export type StabilityMode = "static" | "elastic";

/** Instance counts and the peak the topology must survive. */
export interface CapacityProps {
  /**
   * Minimum instances in each datacentre.
   * @default 2
   */
  readonly minInstancesPerDatacentre?: number;
  /**
   * Maximum instances in each datacentre.
   * @default 10
   */
  readonly maxInstancesPerDatacentre?: number;
  /**
   * The peak load the service must carry after losing any one datacentre or either whole cloud.
   * @default - no peak is declared and the capacity check is skipped (the summary says so)
   */
  readonly peak?: PeakInstances | PeakRequestRate;
  /**
   * How the surviving datacentres must carry the peak.
   * @default "static"
   */
  readonly stability?: StabilityMode;
  /**
   * Target average CPU utilisation (percent) for autoscaling.
   * @default 60
   */
  readonly targetCpuPercent?: number;
  /**
   * Concurrent requests per instance that trigger a scale-out on HTTP-scaled platforms.
   * @default 50
   */
  readonly concurrentRequestsPerInstance?: number;
}

/** The policy both global DNS layers use to choose a datacentre. */
export type RoutingPolicy = "latency" | "weighted" | "failover";

/** Global traffic layer behaviour. */
export interface RoutingProps {
  /**
   * `latency` (active-active to the nearest healthy datacentre), `weighted`
   * (by `datacentres[].weight`) or `failover` (the primary cloud's datacentres
   * share the traffic by weight; the others take it, shared by weight, only
   * while no primary datacentre is healthy; the same in both global layers).
   * @default "latency"
   */
  readonly policy?: RoutingPolicy;
  /**
   * The cloud whose datacentres take all traffic under `failover` while any of
   * them is healthy; must run at least one datacentre of the service.
   * @default - the first cloud the service uses, by name (`aws` whenever it runs an AWS datacentre)
   */
  readonly primaryCloud?: CloudName;
  /**
   * Seconds between health probes: 10 (fast) or 30.
   * @default 10
   */
  readonly probeIntervalSeconds?: 10 | 30;
  /**
   * Consecutive failed probes before a datacentre is taken out (1-10).
   * @default 3
   */
  readonly failureThreshold?: number;
  /**
   * Seconds a probe waits for an answer on Traffic Manager (5-10).
   * @default 5
   */
  readonly probeTimeoutSeconds?: number;
  /**
   * TTL in seconds of the service hostname's answers (0-300).
   * @default 15
   */
  readonly dnsTtlSeconds?: number;
  /**
   * Upper bound, in seconds, on the computed worst-case failover time of each
   * global layer. A configuration that exceeds it fails synth.
   * @default 60
   */
  readonly maxFailoverSeconds?: number;
}

/** Where the service hostname's DNS lives in each cloud. */
export interface DnsProps {
  /**
   * The DNS zone that contains `domain`, hosted in both Route 53 and Azure DNS.
   * @default - `domain` without its first label
   */
  readonly zoneName?: string;
  /**
   * Resource group of the Azure DNS zone.
   * @default "dns"
   */
  readonly azureZoneResourceGroup?: string;
  /**
   * Name servers of each cloud's DNS for its endpoint subtree `<cloud>.<domain>`,
   * keyed by cloud: `aws` (the Route 53 copy of the zone), `azure` (the Azure DNS
   * copy), `gcp` (the Cloud DNS zone `gcp.<domain>`). Each global layer delegates
   * `<cloud>.<domain>` of every other cloud of the service to these, so every
   * endpoint name resolves from either provider. Each list is the full set of 4
   * that provider assigns, copied from the `name_servers` output (docs/dns.md);
   * a partial or foreign set is refused.
   * @default - no delegation is written for a cloud left out, and synth warns
   */
  readonly nameServers?: DnsNameServers;
}

/** Name servers by cloud: where each cloud's endpoint subtree `<cloud>.<domain>` is hosted. */
export type DnsNameServers = { readonly [C in CloudName]?: string[] };

/** Remote state in S3, one bucket per AWS region. */
export interface AwsStateBackendProps {
  /** Bucket name prefix; each region's stacks use `<prefix>-<region>`. */
  readonly bucketNamePrefix: string;
  /**
   * Prefix of every state key.
   * @default "dualcloud"
   */
  readonly keyPrefix?: string;
  /**
   * Region whose bucket holds the Route 53 global stack's state. Pin it before
   * listing a new AWS datacentre first, or the global stack looks for its state elsewhere.
   * @default - the region of the first AWS datacentre listed
   */
  readonly globalStackRegion?: string;
  /**
   * KMS key ARN or alias that encrypts state objects.
   * @default - the bucket's default encryption
   */
  readonly kmsKeyId?: string;
}

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

/** Remote state in Google Cloud Storage, one bucket per GCP region. */
export interface GcpStateBackendProps {
  /** Bucket name prefix; each region's stacks use `<prefix>-<region>`. */
  readonly bucketNamePrefix: string;
  /**
   * Prefix of every state object; a stack's state is `<keyPrefix>/<stack>/default.tfstate`.
   * @default "dualcloud"
   */
  readonly keyPrefix?: string;
}

/** Remote state per cloud. A cloud left out uses local state, with a synth warning. */
export interface StateBackendProps {
  /**
   * S3 state for AWS stacks.
   * @default - local state, with a warning
   */
  readonly aws?: AwsStateBackendProps;
  /**
   * Azure Storage state for Azure stacks.
   * @default - local state, with a warning
   */
  readonly azure?: AzureStateBackendProps;
  /**
   * Cloud Storage state for GCP stacks.
   * @default - local state, with a warning
   */
  readonly gcp?: GcpStateBackendProps;
}

/** Network choices that apply in every datacentre. */
export interface NetworkProps {
  /**
   * Outbound internet path from the private subnets: `zone-redundant` (a NAT
   * gateway per availability zone) or `single` (one shared NAT gateway: cheaper,
   * but an AZ failure cuts egress for the whole datacentre).
   * @default "zone-redundant"
   */
  readonly egress?: "zone-redundant" | "single";
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
   * Stage of each Azure datacentre, keyed by Azure region name.
   * @default - every Azure datacentre at `bound`
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

/**
 * How far a GCP datacentre's stack goes. Cloud Run refuses a revision whose
 * secret has no version yet, so a new GCP datacentre with secrets deploys in two steps:
 * - `foundation`: network, registry, service account, secrets and their IAM,
 *   logs, the global address, DNS records and the managed certificate (which
 *   starts validating); no Cloud Run service or load balancer yet (copy the
 *   image into the registry and add each secret's first version next);
 * - `serving`: adds the Cloud Run service and the HTTPS load balancer.
 */
export type GcpDeployStage = "foundation" | "serving";

/** Google Cloud choices; required when `datacentres` names a `gcp` datacentre. */
export interface GcpProps {
  /** The Google Cloud project every GCP datacentre deploys into, e.g. `acme-orders-prod`. */
  readonly projectId: string;
  /**
   * The GCP region whose datacentre stack owns what every GCP datacentre
   * shares: the Cloud DNS zone `gcp.<domain>` and the Certificate Manager DNS
   * authorization of `<domain>`. The other GCP datacentres deploy after it. Pin
   * it before listing a new GCP datacentre first, or the zone moves between stacks.
   * @default - the region of the first GCP datacentre listed
   */
  readonly dnsZoneRegion?: string;
  /**
   * Stage of each GCP datacentre, keyed by GCP region name.
   * @default - every GCP datacentre at `serving`
   */
  readonly stages?: Record<string, GcpDeployStage>;
}

/** Everything about one service, declared once for every cloud. */
export interface DualCloudServiceProps {
  /** One OCI image by digest, e.g. `ghcr.io/acme/orders@sha256:<64 hex>`. */
  readonly image: string;
  /**
   * Accept an image given by tag rather than digest. Tags are mutable, so the
   * datacentres may run different code; synth warns when this is used.
   * @default false
   */
  readonly allowMutableImageTag?: boolean;
  /** The container's HTTP port (1-65535, not 22). */
  readonly port: number;
  /** Path every probe and health check requests, e.g. `/health` (not `/healthz`: Cloud Run reserves paths ending in `z`). */
  readonly healthCheckPath: string;
  /** The public hostname, e.g. `orders.example.com`. */
  readonly domain: string;
  /**
   * Where the service runs.
   * @default - two AWS and two Azure regions: aws us-east-1, aws eu-west-1, azure eastus, azure westeurope
   */
  readonly datacentres?: DatacentreSpec[];
  /**
   * Plain environment variables. Never put secrets here: use `secrets`. A name
   * that looks like a secret (SECRET, PASSWORD, TOKEN, API_KEY, DATABASE_URL...)
   * is refused at construction, before any stack is written.
   * @default - none
   */
  readonly env?: Record<string, string>;
  /**
   * Names of secrets, injected as environment variables. Values are set out of
   * band in Secrets Manager and Key Vault, never in the configuration.
   * @default - none
   */
  readonly secrets?: string[];
  /**
   * CPU and memory of one instance.
   * @default - 0.5 vCPU and 1024 MiB
   */
  readonly size?: SizeProps;
  /**
   * Instance counts, peak load and stability mode.
   * @default - 2 to 10 instances per datacentre, no declared peak
   */
  readonly capacity?: CapacityProps;
  /**
   * Mount the container's root filesystem read-only.
   * @default true
   */
  readonly readOnlyRootFilesystem?: boolean;
  /**
   * Days logs are kept (1-3650).
   * @default 30
   */
  readonly logRetentionDays?: number;
  /**
   * Global routing policy and failover timing.
   * @default - latency routing, 10 s probes, threshold 3, TTL 15 s, bound 60 s
   */
  readonly routing?: RoutingProps;
  /**
   * DNS zones for the hostname.
   * @default - the parent zone of `domain` in both clouds
   */
  readonly dns?: DnsProps;
  /**
   * Remote state per cloud.
   * @default - local state with a synth warning
   */
  readonly stateBackend?: StateBackendProps;
  /**
   * Network choices.
   * @default - zone-redundant egress
   */
  readonly network?: NetworkProps;
  /**
   * Tags added to every taggable resource, on top of `service` and `managed-by`.
   * @default - none
   */
  readonly tags?: Record<string, string>;
  /**
   * The web application firewall in front of every datacentre: AWS WAF on
   * each ALB, a WAF policy on each Azure Application Gateway, Cloud Armor on
   * each GCP backend service.
   * @default - managed rules and a rate limit of 2000 requests per client IP per five minutes, in block mode, on every cloud
   */
  readonly waf?: WafProps;
  /**
   * Azure-only choices: staged first deploys and the certificate name.
   * @default - every Azure datacentre fully deployed, certificate `tls`
   */
  readonly azure?: AzureProps;
  /**
   * Google Cloud choices: the project, and which GCP datacentre owns the shared DNS zone.
   * @default - none; required when a `gcp` datacentre is listed
   */
  readonly gcp?: GcpProps;
}
