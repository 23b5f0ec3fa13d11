import { CloudName, cloudsOf } from "../model/cloud";
import { DEFAULTS } from "../model/defaults";
import { failoverEstimates } from "./failover-estimates";
import { DatacentreModel, RoutingModel } from "../model/service-model";
import { FieldChecker, PlainObject } from "./checker";

/** Resolves `routing`, and refuses timings whose worst-case failover for new connections exceeds `routing.maxFailoverSeconds` (open connections: resolve-edge.ts). */
export function resolveRouting(check: FieldChecker, raw: unknown, datacentres: DatacentreModel[]): RoutingModel {
  const r = check.optional(raw, {} as PlainObject, (v) =>
    check.object("routing", v, ["policy", "primaryCloud", "probeIntervalSeconds", "failureThreshold", "probeTimeoutSeconds", "dnsTtlSeconds", "maxFailoverSeconds"]),
  );
  const policy = check.optional(r.policy, DEFAULTS.routingPolicy, (v) => check.oneOf("routing.policy", v, ["latency", "weighted", "failover"] as const));
  const usedClouds = cloudsOf(datacentres);
  // Default: the first cloud the service uses, in name order. That is "aws" whenever AWS runs a datacentre (as before),
  // and otherwise a cloud that exists, never one without datacentres.
  const primaryCloud = check.optional<CloudName>(r.primaryCloud, usedClouds[0], (v) => check.oneOf("routing.primaryCloud", v, usedClouds));
  const probeIntervalSeconds = check.optional(r.probeIntervalSeconds, DEFAULTS.probeIntervalSeconds as 10 | 30, (v) => check.oneOf("routing.probeIntervalSeconds", v, [10, 30] as const));
  const failureThreshold = check.optional(r.failureThreshold, DEFAULTS.failureThreshold as number, (v) => check.integer("routing.failureThreshold", v, 1, 10));
  const maxTimeout = probeIntervalSeconds === 10 ? 9 : 10;
  const probeTimeoutSeconds = check.optional(r.probeTimeoutSeconds, DEFAULTS.probeTimeoutSeconds as number, (v) => check.integer("routing.probeTimeoutSeconds", v, 5, maxTimeout));
  const dnsTtlSeconds = check.optional(r.dnsTtlSeconds, DEFAULTS.dnsTtlSeconds as number, (v) => check.integer("routing.dnsTtlSeconds", v, 0, 300));
  const maxFailoverSeconds = check.optional(r.maxFailoverSeconds, DEFAULTS.maxFailoverSeconds as number, (v) => check.integer("routing.maxFailoverSeconds", v, 1, 3600));
  const routing: RoutingModel = { policy, primaryCloud, probeIntervalSeconds, failureThreshold, probeTimeoutSeconds, dnsTtlSeconds, maxFailoverSeconds };
  for (const estimate of failoverEstimates(routing)) {
    if (estimate.worstCaseSeconds > maxFailoverSeconds) {
      check.fail(
        "routing",
        `${estimate.layer} worst case ${estimate.worstCaseSeconds} s`,
        `a worst-case failover for new connections within routing.maxFailoverSeconds (${maxFailoverSeconds} s; ${estimate.layer}: ${estimate.formula}): lower failureThreshold, probeIntervalSeconds or dnsTtlSeconds, or raise the bound`,
      );
    }
  }
  return routing;
}
