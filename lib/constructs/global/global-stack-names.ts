import { ServiceModel } from "../../model/service-model";
import { VerificationLabels } from "./subtree-delegation";

/** Options of the global stacks. */
export interface GlobalStackOptions {
  /**
   * Names each cloud validates through DNS, by cloud.
   * @default - from the adapters of the clouds the service runs in (`asuid` for Azure)
   */
  readonly verificationLabels?: VerificationLabels;
}

/** Stack name of the Route 53 global layer. */
export function route53StackName(service: ServiceModel): string {
  return `${service.name}-global-aws`;
}

/** Stack name of the Traffic Manager global layer. */
export function trafficManagerStackName(service: ServiceModel): string {
  return `${service.name}-global-azure`;
}

/** Where a global stack lives when its cloud runs no datacentre of the service. */
export const GLOBAL_FALLBACK_REGION: GlobalFallbackRegions = { aws: "us-east-1", azure: "eastus" };

/** Regions of the global stacks when their cloud runs no datacentre. */
export interface GlobalFallbackRegions {
  /** Region of the Route 53 global stack's provider and state. */
  readonly aws: string;
  /** Region of the Traffic Manager global stack's state. */
  readonly azure: string;
}

/**
 * Region of a global stack's provider and state: `stateBackend.<cloud>.globalStackRegion`
 * when pinned, else the first datacentre of that cloud, else {@link GLOBAL_FALLBACK_REGION}.
 */
export function globalHomeRegion(service: ServiceModel, cloud: keyof GlobalFallbackRegions): string {
  const pinned = service.clouds[cloud]?.globalStackRegion;
  return pinned ?? service.datacentres.find((d) => d.cloud === cloud)?.region.name ?? GLOBAL_FALLBACK_REGION[cloud];
}
