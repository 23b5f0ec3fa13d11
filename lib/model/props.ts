import type { CloudOptionsProps, StateBackendProps } from "../clouds/registry-props";
import { CloudName } from "./cloud";
import { WafProps } from "./waf";
import type { UnboundedConnections } from "./edge";

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
  /**
   * How far this datacentre's stack goes: `"foundation"` (everything a
   * workload needs, no workload) or `"serving"`. Overrides the service-wide
   * `stage`; `DUALCLOUD_STAGE` overrides both (docs/first-deployment.md#stages).
   * @default - the service-wide `stage`
   */
  readonly stage?: DeployStage;
}

/**
 * How far a datacentre's stack goes, the same on every cloud:
 * - `foundation`: everything a workload needs and nothing that runs the image:
 *   network, keys, registry, secret containers (empty), identities and their
 *   grants, logs, certificates, and on Azure and GCP the endpoint's address
 *   and DNS records. No ECS service, container app or Cloud Run service, and
 *   on AWS no load balancer, WAF or endpoint record. Deploy it first, then copy
 *   the image into the registry and set every secret's value.
 * - `serving`: adds the workload and its edge. Every address of the
 *   foundation stage is kept, so going from one to the other only adds.
 *
 * Going back from `serving` to `foundation` destroys the workload.
 */
export type DeployStage = "foundation" | "serving";

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
   * Upper bound, in seconds (1-3600), on the worst-case failover time: each
   * global layer's worst case for new connections (probing, health-status
   * propagation and TTL) and the longest an open connection can stay on a
   * failed datacentre (`edge.keepAliveSeconds`). A configuration that exceeds
   * it fails synth (docs/failover.md).
   * @default 300
   */
  readonly maxFailoverSeconds?: number;
}

/** Every datacentre's edge: how long it keeps a client connection open. */
export interface EdgeProps {
  /**
   * Seconds each datacentre's edge keeps a client connection: the ALB's
   * `client_keep_alive` (any connection; 60-604800), the GCP proxy's
   * `http_keep_alive_timeout_sec` (idle connections; 5-1200), the Azure
   * gateway public IP's idle timeout (idle connections; 240-1800, whole
   * minutes). Must be within `routing.maxFailoverSeconds`.
   * @default 240
   */
  readonly keepAliveSeconds?: number;
  /**
   * `refuse`: an edge with no setting that closes an open connection (the
   * Container Apps ingress under `azure.ingress: "direct"`) fails synth;
   * `accept`: it is allowed and the summary says so.
   * @default "refuse"
   */
  readonly unboundedConnections?: UnboundedConnections;
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
  /**
   * Certificate-validation records a cloud's certificates need from every copy
   * of the zone, keyed by cloud: `aws`, the ACM DNS validation CNAMEs from each
   * AWS datacentre stack's `certificate_validation_records` output. Every other
   * cloud's global layer writes each record that is not inside the cloud's own
   * subtree `<cloud>.<domain>` (that subtree is delegated to the cloud's DNS)
   * into its copy, so ACM's lookups succeed whichever copy they reach and
   * renewals keep working (docs/dns.md). ACM's record for a name is the same
   * for every certificate of the account, so the value never changes.
   * @default - the other copies lack these names, and synth warns naming the output to copy from
   */
  readonly certificateValidation?: DnsCertificateValidation;
}

/** Certificate-validation CNAMEs by the cloud whose certificates need them. */
export type DnsCertificateValidation = { readonly [C in CloudName]?: CertificateValidationRecord[] };

/** One certificate-validation CNAME, as a stack output gives it. */
export interface CertificateValidationRecord {
  /** Owner name, e.g. `_3f1c…e2.orders.example.com` (ACM's `resource_record_name`). */
  readonly name: string;
  /** CNAME target, e.g. `_9a7d…41.xkzjz.acm-validations.aws` (ACM's `resource_record_value`). */
  readonly value: string;
}

/** Name servers by cloud: where each cloud's endpoint subtree `<cloud>.<domain>` is hosted. */
export type DnsNameServers = { readonly [C in CloudName]?: string[] };

/** Network choices that apply in every datacentre. */
export interface NetworkProps {
  /**
   * Outbound internet path from the private subnets: `zone-redundant` (a NAT
   * gateway per availability zone) or `single` (one shared NAT gateway: cheaper,
   * but an AZ failure cuts egress for the whole datacentre).
   * @default "zone-redundant"
   */
  readonly egress?: "zone-redundant" | "single";
  /**
   * The egress allow-list, the same in every datacentre: the workload may
   * always open HTTPS (TCP 443) connections anywhere, plus these destinations
   * (a database, say). Everything else out of the workload's network is
   * refused: the AWS task security group, the Azure Container Apps subnet's
   * NSG and GCP VPC firewall rules on Cloud Run's direct VPC egress.
   * @default - HTTPS (TCP 443) only
   */
  readonly allowOutbound?: readonly OutboundRuleProps[];
  /**
   * Allow an `allowOutbound` entry to `0.0.0.0/0` on a port other than 443,
   * which opens that port to the whole internet.
   * @default false
   */
  readonly allowOutboundToInternet?: boolean;
}

/** One destination in the egress allow-list (`network.allowOutbound`). */
export interface OutboundRuleProps {
  /** Destination IPv4 range, e.g. `10.20.0.0/16` (no host bits set). Hostnames are not accepted: security groups, NSGs and VPC firewall rules match addresses. */
  readonly cidr: string;
  /** A port, or an inclusive range `[from, to]`, within 1-65535. */
  readonly ports: number | readonly [number, number];
  /**
   * `tcp` or `udp`.
   * @default "tcp"
   */
  readonly protocol?: "tcp" | "udp";
  /** What the destination is, e.g. `orders database (Postgres)`; written into every rule. */
  readonly description: string;
}

/**
 * Where every alarm notifies, in every cloud at once: the Route 53 and Traffic
 * Manager global stacks and each datacentre's own notification target (an SNS
 * topic, an Azure Monitor action group, Cloud Monitoring notification channels).
 */
export interface AlertsProps {
  /**
   * Email addresses (at most 20) subscribed to every notification target. SNS
   * sends each address a confirmation email first; Azure and Google Cloud
   * notify without one.
   * @default - none
   */
  readonly emails?: string[];
  /**
   * Names (at most 5) of HTTPS webhooks notified by every target. A webhook URL
   * often carries a token, so it is never a prop: each name `<name>` becomes the
   * Terraform variable `alert_webhook_<name>` in every stack, marked sensitive
   * and without a default, set at plan time (`TF_VAR_alert_webhook_<name>`).
   * @default - none
   */
  readonly webhooks?: string[];
}

/**
 * Everything about one service, declared once for every cloud. Each cloud's
 * own options, the members named after a cloud, come from the registry's
 * `CloudOptionsProps`.
 */
export interface DualCloudServiceProps extends CloudOptionsProps {
  /** One OCI image by digest, e.g. `ghcr.io/acme/orders@sha256:<64 hex>`. */
  readonly image: string;
  /**
   * Stage of every datacentre that does not set its own
   * (`datacentres[].stage`). A first deployment synthesizes with the
   * environment variable `DUALCLOUD_STAGE=foundation` (or `dualcloud synth
   * --stage foundation`), which overrides this prop and `datacentres[].stage`
   * for one synth, so a running service never has a `foundation` default in its
   * code (docs/first-deployment.md#stages).
   * @default "serving"
   */
  readonly stage?: DeployStage;
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
   * @default - latency routing, 10 s probes, threshold 3, TTL 15 s, bound 300 s
   */
  readonly routing?: RoutingProps;
  /**
   * How long every datacentre's edge keeps a client connection open.
   * @default - 240 s on every edge; an edge that cannot bound an open connection fails synth
   */
  readonly edge?: EdgeProps;
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
   * Where alarms notify: email addresses and HTTPS webhooks, the same in every
   * cloud. Every stack alarms whether or not this is set (docs/aws.md,
   * docs/azure.md, docs/gcp.md list the alarms).
   * @default - every alarm and notification target is created with no subscriber, and synth warns
   */
  readonly alerts?: AlertsProps;
}
