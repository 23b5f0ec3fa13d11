
/** Defaults for every optional scalar, in one place the compiler can see. */
export const DEFAULTS = {
  /** vCPUs per instance (`size.cpu`). */
  cpu: 0.5,
  /** MiB per instance (`size.memoryMiB`). */
  memoryMiB: 1024,
  /** Minimum instances per datacentre (`capacity.minInstancesPerDatacentre`). */
  minInstancesPerDatacentre: 2,
  /** Maximum instances per datacentre (`capacity.maxInstancesPerDatacentre`). */
  maxInstancesPerDatacentre: 10,
  /** How survivors must carry the peak (`capacity.stability`). */
  stability: "static",
  /** Autoscaling CPU target in percent (`capacity.targetCpuPercent`). */
  targetCpuPercent: 60,
  /** Concurrent requests per instance that trigger a scale-out (`capacity.concurrentRequestsPerInstance`). */
  concurrentRequestsPerInstance: 50,
  /** Read-only root filesystem (`readOnlyRootFilesystem`). */
  readOnlyRootFilesystem: true,
  /** Days logs are kept (`logRetentionDays`). */
  logRetentionDays: 30,
  /** Weight of a datacentre under weighted routing (`datacentres[].weight`). */
  weight: 100,
  /** Global routing policy (`routing.policy`). */
  routingPolicy: "latency",
  /** Seconds between health probes (`routing.probeIntervalSeconds`). */
  probeIntervalSeconds: 10,
  /** Failed probes before a datacentre is taken out (`routing.failureThreshold`). */
  failureThreshold: 3,
  /** Traffic Manager probe timeout in seconds (`routing.probeTimeoutSeconds`). */
  probeTimeoutSeconds: 5,
  /** TTL of the service hostname's answers (`routing.dnsTtlSeconds`). */
  dnsTtlSeconds: 15,
  /**
   * Bound on the worst-case failover time (`routing.maxFailoverSeconds`): the
   * larger of each global layer's worst case for new connections (about 110 s
   * by default) and the longest an open connection stays on a failed
   * datacentre (`keepAliveSeconds`).
   */
  maxFailoverSeconds: 300,
  /**
   * Seconds each edge keeps a client connection (`edge.keepAliveSeconds`): the
   * smallest value the Azure gateway accepts (4 minutes), and within GCP's 1200.
   */
  keepAliveSeconds: 240,
  /** Whether an edge that cannot bound an open connection fails synth (`edge.unboundedConnections`). */
  unboundedConnections: "refuse",
  /** Resource group of the Azure DNS zone (`dns.azureZoneResourceGroup`). */
  azureZoneResourceGroup: "dns",
  /** Prefix of every remote state key (`stateBackend.*.keyPrefix`). */
  stateKeyPrefix: "dualcloud",
  /** Blob container of Azure remote state (`stateBackend.azure.containerName`). */
  stateContainerName: "tfstate",
  /** How far every datacentre's stack goes (`stage`). */
  stage: "serving",
  /** Outbound path from private subnets (`network.egress`). */
  egress: "zone-redundant",
} as const;
