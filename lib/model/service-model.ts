import { AlertsModel } from "./alerts";
import { CloudName } from "./cloud";
import { RegionInfo } from "./regions/region-info";
import { EdgeModel } from "./edge";
import { WafModel } from "./waf";
import { CertificateValidationRecord, DeployStage, PeakInstances, PeakRequestRate, RoutingPolicy, StabilityMode } from "./props";

/** An image reference split into its parts. */
export interface ImageReference {
  /** The reference exactly as given. */
  readonly uri: string;
  /** Registry host, e.g. `ghcr.io`. */
  readonly registry: string;
  /** Repository path without registry, e.g. `acme/orders`. */
  readonly repository: string;
  /** `sha256:<hex>` when given by digest. */
  readonly digest?: string;
  /** The tag when given by tag (only with `allowMutableImageTag`). */
  readonly tag?: string;
}

/** One validated datacentre with every default applied. */
export interface DatacentreModel {
  /** The cloud. */
  readonly cloud: CloudName;
  /** The region's catalogue entry. */
  readonly region: RegionInfo;
  /** Stable key, `<cloud>-<region>`; the datacentre's construct ID. */
  readonly key: string;
  /** Terraform stack name, `<service>-<cloud>-<region>`. */
  readonly stackName: string;
  /** IPv4 address space of the datacentre network. */
  readonly cidr: string;
  /** Hostname the global layers probe and route to, `<region>.<cloud>.<domain>`. */
  readonly endpointHostname: string;
  /** Out of rotation in both global layers. */
  readonly drained: boolean;
  /** Weight under weighted routing. */
  readonly weight: number;
  /** Minimum instances. */
  readonly minInstances: number;
  /** Maximum instances. */
  readonly maxInstances: number;
  /** How far the datacentre's stack goes. */
  readonly stage: DeployStage;
}

/** Global routing with defaults applied. */
export interface RoutingModel {
  /** The routing policy. */
  readonly policy: RoutingPolicy;
  /** Primary cloud under `failover`. */
  readonly primaryCloud: CloudName;
  /** Probe interval in seconds. */
  readonly probeIntervalSeconds: 10 | 30;
  /** Consecutive failures before an endpoint is taken out. */
  readonly failureThreshold: number;
  /** Probe timeout in seconds (Traffic Manager). */
  readonly probeTimeoutSeconds: number;
  /** TTL of the service hostname's answers. */
  readonly dnsTtlSeconds: number;
  /** Bound on the worst-case failover time: new connections through each global layer, and open connections on each edge. */
  readonly maxFailoverSeconds: number;
}

/** One resolved entry of the egress allow-list. */
export interface OutboundRule {
  /** Destination IPv4 CIDR. */
  readonly cidr: string;
  /** First port. */
  readonly fromPort: number;
  /** Last port (equal to {@link fromPort} for one port). */
  readonly toPort: number;
  /** Transport protocol. */
  readonly protocol: "tcp" | "udp";
  /** What the destination is. */
  readonly description: string;
}

/** The ports of an outbound rule as clouds write them: `5432`, or `5000-5010` for a range. */
export function outboundPorts(rule: OutboundRule): string {
  return rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}-${rule.toPort}`;
}

/** A stable key of an outbound rule for construct IDs and names: `<protocol>-<from>[-<to>]-<cidr with dots and slash as hyphens>`. */
export function outboundRuleKey(rule: OutboundRule): string {
  return `${rule.protocol}-${outboundPorts(rule)}-${rule.cidr.replace(/[./]/g, "-")}`;
}

/** DNS with defaults applied. */
export interface DnsModel {
  /** Zone holding the domain in both clouds. */
  readonly zoneName: string;
  /** Resource group of the Azure DNS zone. */
  readonly azureZoneResourceGroup: string;
  /** Name servers of each cloud's endpoint subtree `<cloud>.<domain>`, for the clouds they are known for. */
  readonly nameServers: Readonly<Partial<Record<CloudName, readonly string[]>>>;
  /** Certificate-validation CNAMEs by the cloud whose certificates need them (names and values lower case, without trailing dots). */
  readonly certificateValidation: Readonly<Partial<Record<CloudName, readonly CertificateValidationRecord[]>>>;
}

/** Capacity with defaults applied. */
export interface CapacityModel {
  /** Declared peak, if any. */
  readonly peak?: PeakInstances | PeakRequestRate;
  /** Stability mode. */
  readonly stability: StabilityMode;
  /** Autoscaling CPU target in percent. */
  readonly targetCpuPercent: number;
  /** Concurrent requests per instance for HTTP scale rules. */
  readonly concurrentRequestsPerInstance: number;
}

/**
 * One cloud's own part of the model, resolved by its plugin. Opaque to the
 * model: the cloud's folder types it (e.g. `azureOptions(service)`).
 */
export interface CloudSection {
  /** The cloud's options section (`props.<cloud>`) with defaults applied, when it has one. */
  readonly options?: unknown;
  /** The cloud's state backend (`stateBackend.<cloud>`) with defaults applied, when configured. */
  readonly stateBackend?: unknown;
  /** Region holding the state of the global stack this cloud hosts, when its backend pins or defaults one. */
  readonly globalStackRegion?: string;
}

/**
 * A fully validated service with every default applied: what the cloud
 * adapters and global layers consume. It names no provider resource type.
 */
export interface ServiceModel {
  /** Service name, the DualCloudService construct ID. */
  readonly name: string;
  /** Construct path, for error messages. */
  readonly constructPath: string;
  /** The image. */
  readonly image: ImageReference;
  /** Container port. */
  readonly port: number;
  /** Health-check path. */
  readonly healthCheckPath: string;
  /** Public hostname. */
  readonly domain: string;
  /** Plain environment variables. */
  readonly env: Readonly<Record<string, string>>;
  /** Secret names. */
  readonly secrets: readonly string[];
  /** vCPUs per instance. */
  readonly cpu: number;
  /** MiB per instance. */
  readonly memoryMiB: number;
  /** Capacity settings. */
  readonly capacity: CapacityModel;
  /** Read-only root filesystem. */
  readonly readOnlyRootFilesystem: boolean;
  /** Log retention in days. */
  readonly logRetentionDays: number;
  /** Routing. */
  readonly routing: RoutingModel;
  /** DNS. */
  readonly dns: DnsModel;
  /** Outbound path from private subnets. */
  readonly egress: "zone-redundant" | "single";
  /** The egress allow-list beyond HTTPS (TCP 443) anywhere, the same in every datacentre. */
  readonly outbound: readonly OutboundRule[];
  /** The WAF of every datacentre. */
  readonly waf: WafModel;
  /** Where every alarm notifies. */
  readonly alerts: AlertsModel;
  /** Every datacentre's edge: how long it keeps a client connection. */
  readonly edge: EdgeModel;
  /** Tags for every taggable resource. */
  readonly tags: Readonly<Record<string, string>>;
  /** The datacentres, in the order given. */
  readonly datacentres: readonly DatacentreModel[];
  /** Each cloud's own section (options, state backend), by cloud; a cloud with nothing to record is absent. */
  readonly clouds: Readonly<Partial<Record<CloudName, CloudSection>>>;
}
