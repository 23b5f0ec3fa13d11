import { CloudName } from "../../model/cloud";
import { CLOUDS } from "../../clouds/registry";
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
  /** Priority under failover routing: 1 is tried first, unique per endpoint. */
  readonly priority: number;
  /** The AWS region whose latency map places this endpoint (Route 53 latency records). */
  readonly awsLatencyRegion: string;
  /** The Azure region whose performance map places this endpoint (Traffic Manager). */
  readonly azureLocation: string;
}

/**
 * The endpoints of every datacentre of a service. Under failover routing the
 * primary cloud's datacentres come first, each cloud in the order given.
 */
export function globalEndpoints(service: ServiceModel): GlobalEndpoint[] {
  const primary = service.routing.primaryCloud;
  const ordered = [...service.datacentres.filter((d) => d.cloud === primary), ...service.datacentres.filter((d) => d.cloud !== primary)];
  return service.datacentres.map((dc) => ({
    key: dc.key,
    cloud: dc.cloud,
    region: dc.region,
    hostname: dc.endpointHostname,
    enabled: !dc.drained,
    weight: dc.weight,
    priority: ordered.indexOf(dc) + 1,
    awsLatencyRegion: dc.cloud === "aws" ? dc.region.name : nearestRegionIn(CLOUDS.aws.regions, dc.region).name,
    azureLocation: dc.cloud === "azure" ? dc.region.name : nearestRegionIn(CLOUDS.azure.regions, dc.region).name,
  }));
}
