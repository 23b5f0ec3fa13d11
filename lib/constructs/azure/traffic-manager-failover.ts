import { FailoverEstimate } from "../../model/failover";
import { RoutingModel } from "../../model/service-model";

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
