import { cloudsOf } from "../model/cloud";
import { failoverPools, failoverRank } from "../model/failover-pools";
import { ServiceModel } from "../model/service-model";

/**
 * The failover order, under `failover` routing (else no line): which
 * datacentres serve first, sharing by weight, and which take over only while
 * no primary one is healthy. Both global layers route in this order.
 */
export function failoverOrderLines(model: ServiceModel): string[] {
  if (model.routing.policy !== "failover") return [];
  const inRotation = model.datacentres.filter((d) => !d.drained);
  const pools = failoverPools(inRotation, (d) => failoverRank(d.cloud, model.routing.primaryCloud)).map(
    (pool) => `${pool.rank}. ${pool.role} ${cloudsOf(pool.members).join("+")}: ${pool.members.map((d) => d.key).join(", ")}`,
  );
  return [`    failover order (both layers; each pool shares by weight, the next serves only while no datacentre of the one before is healthy): ${pools.join("; ")}`];
}
