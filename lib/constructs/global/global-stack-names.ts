import type { CloudName } from "../../model/cloud";
import type { ServiceModel } from "../../model/service-model";
import type { VerificationLabels } from "./subtree-delegation";

/** Options of the global stacks. */
export interface GlobalStackOptions {
  /**
   * Names each cloud validates through DNS, by cloud.
   * @default - from the adapters of the clouds the service runs in (`asuid` for Azure)
   */
  readonly verificationLabels?: VerificationLabels;
}

/** Where a global layer lives: its cloud, and its region when that cloud runs no datacentre (a `GlobalLayerPlugin` is one). */
export interface GlobalStackHome {
  /** The layer's cloud. */
  readonly cloud: CloudName;
  /** Region of the layer's stack when its cloud runs no datacentre of the service. */
  readonly fallbackRegion: string;
}

/** Stack name of the global layer a cloud hosts: `<service>-global-<cloud>`. */
export function globalStackName(service: ServiceModel, cloud: CloudName): string {
  return `${service.name}-global-${cloud}`;
}

/**
 * Region of a global stack's provider and state: `stateBackend.<cloud>.globalStackRegion`
 * when pinned, else the first datacentre of that cloud, else the layer's fallback region.
 */
export function globalHomeRegion(service: ServiceModel, layer: GlobalStackHome): string {
  const pinned = service.clouds[layer.cloud]?.globalStackRegion;
  return pinned ?? service.datacentres.find((d) => d.cloud === layer.cloud)?.region.name ?? layer.fallbackRegion;
}
