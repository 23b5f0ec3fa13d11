import { FailoverEstimate } from "../../model/failover";
import { RoutingModel } from "../../model/service-model";

/** Route 53's HTTPS probe budget: up to 4 s to connect plus 2 s to answer. */
export const ROUTE53_HTTPS_PROBE_SECONDS = 6;

/**
 * Allowance for a health-check status change to reach Route 53's name
 * servers. AWS documents no figure for health status; the only propagation
 * figure it gives is for record changes ("generally ... within 60 seconds"),
 * used here (unverified for health status; docs/failover.md).
 */
export const ROUTE53_HEALTH_PROPAGATION_SECONDS = 60;

/**
 * Route 53, for new connections: failure threshold x request interval, plus
 * the HTTPS probe budget, plus the allowance for the status to reach the name
 * servers, plus the TTL clients cache (the answers are CNAMEs with
 * `routing.dnsTtlSeconds`, never load-balancer aliases with their fixed 60 s).
 */
export function route53WorstCase(routing: RoutingModel): FailoverEstimate {
  const ttl = routing.dnsTtlSeconds;
  const detect = routing.failureThreshold * routing.probeIntervalSeconds;
  return {
    layer: "route53",
    worstCaseSeconds: detect + ROUTE53_HTTPS_PROBE_SECONDS + ROUTE53_HEALTH_PROPAGATION_SECONDS + ttl,
    formula: `${routing.failureThreshold} x ${routing.probeIntervalSeconds} s + ${ROUTE53_HTTPS_PROBE_SECONDS} s probe + ${ROUTE53_HEALTH_PROPAGATION_SECONDS} s propagation + ${ttl} s TTL`,
  };
}
