/**
 * What a datacentre actually runs, read back from the resources a cloud
 * adapter created. Every datacentre of one service must report the same
 * contract (apart from replica bounds, which a datacentre may override).
 */
export interface ServiceRuntimeContract {
  /** Container port the load balancer or ingress targets. */
  readonly port: number;
  /** Path of the health probes. */
  readonly healthCheckPath: string;
  /** Names of plain environment variables, sorted. */
  readonly envNames: readonly string[];
  /** Names of secret environment variables, sorted. */
  readonly secretNames: readonly string[];
  /** vCPUs per instance as requested (a platform may round up). */
  readonly cpu: number;
  /** MiB per instance as requested (a platform may round up). */
  readonly memoryMiB: number;
  /** Minimum running instances. */
  readonly minReplicas: number;
  /** Maximum running instances. */
  readonly maxReplicas: number;
}
