import { FailoverEstimate } from "../model/failover";
import { RoutingModel } from "../model/service-model";
import { GLOBAL_LAYERS } from "../clouds/registry";

/** Every global layer's worst-case failover estimate for a routing model, in registry order. */
export function failoverEstimates(routing: RoutingModel): FailoverEstimate[] {
  return GLOBAL_LAYERS.map((layer) => layer.failoverEstimate(routing));
}
