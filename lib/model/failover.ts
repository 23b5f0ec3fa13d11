/** One global layer's worst-case failover, with its terms for the summary. */
export interface FailoverEstimate {
  /** Which global layer: its plugin's ID, e.g. `route53` or `traffic-manager`. */
  readonly layer: string;
  /** Worst-case seconds from a datacentre failing to every new connection going elsewhere (probing, propagation, TTL). */
  readonly worstCaseSeconds: number;
  /** The terms, for humans: e.g. `3 x 10 s + 6 s probe + 15 s TTL`. */
  readonly formula: string;
}
