import { FailoverEstimate } from "../../model/failover";
import { RoutingModel } from "../../model/service-model";

/** Route 53's HTTPS probe budget: up to 4 s to connect plus 2 s to answer. */
export const ROUTE53_HTTPS_PROBE_SECONDS = 6;

/**
 * Route 53: failure threshold x request interval, plus the HTTPS probe budget,
 * plus the TTL clients cache (the answers are CNAMEs with `routing.dnsTtlSeconds`,
 * never load-balancer aliases with their fixed 60 s).
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
