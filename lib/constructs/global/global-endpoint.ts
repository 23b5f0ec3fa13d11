import { CloudName } from "../../model/cloud";
import { CLOUD_NAMES, CLOUDS } from "../../clouds/registry";
import { FailoverRank, failoverRank } from "../../model/failover-pools";
import { nearestRegionIn } from "../../model/nearest-region";
import { RegionInfo } from "../../model/regions/region-info";
import { ServiceModel } from "../../model/service-model";

/**
 * One datacentre as the global layers see it: a hostname to probe and route
 * to, and its place in the routing policy. Teams whose regional endpoints come
 * from elsewhere can build these by hand.
 */
export interface GlobalEndpoint {
  /** Stable key, `<cloud>-<region>`; the endpoint's construct ID in both global layers. */
  readonly key: string;
  /** The datacentre's cloud. */
  readonly cloud: CloudName;
  /** The datacentre's region. */
  readonly region: RegionInfo;
  /** Hostname probed over HTTPS and returned as the CNAME target. */
  readonly hostname: string;
  /** False when drained: out of rotation in both layers. */
  readonly enabled: boolean;
  /** Weight under weighted routing (1-255). */
  readonly weight: number;
  /**
   * Failover tier under `failover` routing: 1 (the primary pool, sharing the
   * traffic by weight) or 2 (the secondary pool, serving only while no tier-1
   * endpoint is healthy). Both global layers read it.
   */
  readonly priority: FailoverRank;
  /**
   * The region of each cloud nearest this endpoint (its own region in its own
   * cloud), by cloud: where a global layer's latency or performance map places
   * it (Route 53 latency records read `aws`, Traffic Manager `azure`).
   */
  readonly nearestRegions: Readonly<Partial<Record<CloudName, string>>>;
}

/**
 * The endpoints of every datacentre of a service, in the order given. Under
 * failover routing the primary cloud's datacentres are tier 1, the rest tier 2.
 */
export function globalEndpoints(service: ServiceModel): GlobalEndpoint[] {
  return service.datacentres.map((dc) => ({
    key: dc.key,
    cloud: dc.cloud,
    region: dc.region,
    hostname: dc.endpointHostname,
    enabled: !dc.drained,
    weight: dc.weight,
    priority: failoverRank(dc.cloud, service.routing.primaryCloud),
    nearestRegions: Object.fromEntries(CLOUD_NAMES.map((c) => [c, c === dc.cloud ? dc.region.name : nearestRegionIn(CLOUDS[c].regions, dc.region).name])),
  }));
}
