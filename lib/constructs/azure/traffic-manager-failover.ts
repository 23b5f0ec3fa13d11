import { FailoverEstimate } from "../../model/failover";
import { RoutingModel } from "../../model/service-model";

/**
 * Allowance for a Degraded endpoint to reach Traffic Manager's name servers.
 * Microsoft names the step ("The Traffic Manager DNS name servers are
 * updated") without a duration; the allowance is Route 53's documented record
 * propagation figure, 60 s (unverified for Traffic Manager; docs/failover.md).
 */
export const TRAFFIC_MANAGER_HEALTH_PROPAGATION_SECONDS = 60;

/** Traffic Manager tolerates `failureThreshold - 1` failures before it marks an endpoint degraded. */
export function trafficManagerToleratedFailures(routing: RoutingModel): number {
  return routing.failureThreshold - 1;
}

/**
 * Traffic Manager, for new connections: (tolerated failures + 1) x probe
 * interval, plus the probe timeout, plus the allowance for the status to reach
 * the name servers, plus the profile's DNS TTL.
 */
export function trafficManagerWorstCase(routing: RoutingModel): FailoverEstimate {
  const tolerated = trafficManagerToleratedFailures(routing);
  const propagation = TRAFFIC_MANAGER_HEALTH_PROPAGATION_SECONDS;
  return {
    layer: "traffic-manager",
    worstCaseSeconds: (tolerated + 1) * routing.probeIntervalSeconds + routing.probeTimeoutSeconds + propagation + routing.dnsTtlSeconds,
    formula: `(${tolerated} + 1) x ${routing.probeIntervalSeconds} s + ${routing.probeTimeoutSeconds} s timeout + ${propagation} s propagation + ${routing.dnsTtlSeconds} s TTL`,
  };
}
