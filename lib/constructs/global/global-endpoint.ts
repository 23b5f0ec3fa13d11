import { CloudName } from "../../model/cloud";
import { routingLocationOf } from "../../clouds/location-map";
import { FailoverRank, failoverRank } from "../../model/failover-pools";
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
   * Where each global layer's latency map places this endpoint, by the
   * layer's cloud (Route 53 latency records read `aws`, Traffic Manager
   * performance routing `azure`). Built from the one location map
   * (`LOCATION_MAP`), so both layers place it in the same geography.
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
    nearestRegions: routingLocationOf(dc.key).placedAt,
  }));
}
