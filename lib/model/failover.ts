import { RoutingModel } from "./service-model";

/** Route 53's HTTPS probe budget: up to 4 s to connect plus 2 s to answer. */
export const ROUTE53_HTTPS_PROBE_SECONDS = 6;

/** One global layer's worst-case failover, with its terms for the summary. */
export interface FailoverEstimate {
  /** Which global layer. */
  readonly layer: "route53" | "traffic-manager";
  /** Worst-case seconds from a datacentre failing to every client leaving it. */
  readonly worstCaseSeconds: number;
  /** The terms, for humans: e.g. `3 x 10 s + 6 s probe + 15 s TTL`. */
  readonly formula: string;
}

/**
 * Route 53: failure threshold x request interval, plus the HTTPS probe budget,
 * plus the TTL clients cache (the answers are CNAMEs with the routing TTL).
 */
export function route53WorstCase(routing: RoutingModel): FailoverEstimate {
  const ttl = routing.dnsTtlSeconds;
  const detect = routing.failureThreshold * routing.probeIntervalSeconds;
  return {
    layer: "route53",
    worstCaseSeconds: detect + ROUTE53_HTTPS_PROBE_SECONDS + ttl,
    formula: `${routing.failureThreshold} x ${routing.probeIntervalSeconds} s + ${ROUTE53_HTTPS_PROBE_SECONDS} s probe + ${ttl} s TTL`,
  };
}

/** Traffic Manager tolerates `failureThreshold - 1` failures before it marks an endpoint degraded. */
export function trafficManagerToleratedFailures(routing: RoutingModel): number {
  return routing.failureThreshold - 1;
}

/** Traffic Manager: (tolerated failures + 1) x probe interval, plus the probe timeout, plus the profile's DNS TTL. */
export function trafficManagerWorstCase(routing: RoutingModel): FailoverEstimate {
  const tolerated = trafficManagerToleratedFailures(routing);
  return {
    layer: "traffic-manager",
    worstCaseSeconds: (tolerated + 1) * routing.probeIntervalSeconds + routing.probeTimeoutSeconds + routing.dnsTtlSeconds,
    formula: `(${tolerated} + 1) x ${routing.probeIntervalSeconds} s + ${routing.probeTimeoutSeconds} s timeout + ${routing.dnsTtlSeconds} s TTL`,
  };
}

/** Both layers' estimates for a routing model. */
export function failoverEstimates(routing: RoutingModel): FailoverEstimate[] {
  return [route53WorstCase(routing), trafficManagerWorstCase(routing)];
}
