import { CloudName } from "./cloud";

/** A tier of `failover` routing: 1 is the primary cloud's pool, 2 every other cloud's. */
export type FailoverRank = 1 | 2;

/** One tier of `failover` routing. */
export interface FailoverPool<T> {
  /** 1 for the primary pool, 2 for the secondary. */
  readonly rank: FailoverRank;
  /** `primary` or `secondary`: the pool's name in both global layers. */
  readonly role: "primary" | "secondary";
  /** The members, in the order given. */
  readonly members: readonly T[];
}

/** The failover tier of a datacentre of `cloud`: 1 in the primary cloud, else 2. */
export function failoverRank(cloud: CloudName, primaryCloud: CloudName): FailoverRank {
  return cloud === primaryCloud ? 1 : 2;
}

/**
 * What `failover` routing means, in both global layers: the primary cloud's
 * datacentres (rank 1) form the primary pool and share the traffic by weight;
 * every other datacentre (rank 2) forms the secondary pool, which serves
 * (shared by weight) only while no primary datacentre is healthy. A pool with
 * no members is left out. Route 53 writes the pools as a PRIMARY and a
 * SECONDARY alias to weighted record sets; Traffic Manager as a Priority
 * profile over one nested Weighted profile per pool.
 */
export function failoverPools<T>(members: readonly T[], rankOf: (member: T) => number): FailoverPool<T>[] {
  const pools: FailoverPool<T>[] = [];
  for (const [rank, role] of [[1, "primary"], [2, "secondary"]] as const) {
    const inPool = members.filter((m) => rankOf(m) === rank);
    if (inPool.length > 0) pools.push({ rank, role, members: inPool });
  }
  return pools;
}
