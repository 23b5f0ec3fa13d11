import { cloudsOf } from "../model/cloud";
import { failoverPools, failoverRank } from "../model/failover-pools";
import { ServiceModel } from "../model/service-model";
import { failoverEstimates } from "../validation/failover-estimates";
import { openConnectionBounds } from "../validation/open-connection-bounds";

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

/**
 * The two failover figures `routing.maxFailoverSeconds` bounds: the worst case
 * for new connections (each global layer's probing, propagation and TTL), and
 * the longest an already open connection can stay on a failed datacentre
 * (each edge's keep-alive, grouped by how the edge closes it).
 */
export function failoverFigureLines(model: ServiceModel): string[] {
  const estimates = failoverEstimates(model.routing);
  const lines = estimates.map((e) => `    worst-case failover ${e.layer}: ${e.worstCaseSeconds} s = ${e.formula}`);
  const worst = estimates.reduce((a, b) => (b.worstCaseSeconds > a.worstCaseSeconds ? b : a));
  const bounds = openConnectionBounds(model.datacentres, model.clouds, model.edge);
  const byHow = new Map<string, string[]>();
  for (const b of bounds) byHow.set(b.how, [...(byHow.get(b.how) ?? []), b.datacentre]);
  const finite = bounds.flatMap((b) => (b.seconds === undefined ? [] : [b.seconds]));
  const open = finite.length === bounds.length ? `${Math.max(...finite)} s` : "unbounded (edge.unboundedConnections accept)";
  lines.push(`    failover bound ${model.routing.maxFailoverSeconds} s: new connections ${worst.worstCaseSeconds} s (${worst.layer}), open connections ${open}`);
  lines.push(`    open connections: ${[...byHow].map(([how, dcs]) => `${dcs.join(", ")}: ${how}`).join("; ")}`);
  return lines;
}
