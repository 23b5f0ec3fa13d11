import type { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { CloudName } from "../../model/cloud";
import type { FailoverEstimate } from "../../model/failover";
import type { RoutingModel, ServiceModel } from "../../model/service-model";
import type { GlobalStackOptions } from "./global-stack-names";

/**
 * One global DNS layer (Route 53, Traffic Manager, ...): a DNS service of one
 * cloud that health-checks every datacentre and answers for the hostname, in
 * its own stack. Each lives in its cloud's folder; `lib/clouds/registry.ts`
 * lists them. A plugin module imports no provider package: `createStack`
 * loads the layer's stack module on first use.
 */
export interface GlobalLayerPlugin {
  /** Stable ID, e.g. `route53`: the key in `DualCloudService.globalStacks` and the failover estimate's `layer`. */
  readonly id: string;
  /** Human name for summaries, e.g. `Route 53`. */
  readonly displayName: string;
  /** What the layer's stack does, for the topology diagram. */
  readonly diagramLabel: string;
  /** What the layer alarms on and where it notifies, for the summary and diagram. */
  readonly alertsLabel: string;
  /** The cloud the layer runs in: its stack holds only that cloud's provider and state. */
  readonly cloud: CloudName;
  /** Region of the layer's stack when its cloud runs no datacentre of the service. */
  readonly fallbackRegion: string;
  /** The layer's stack name for a service. */
  stackName(service: ServiceModel): string;
  /** Worst-case seconds from a datacentre failing to every client leaving it, with its terms. */
  failoverEstimate(routing: RoutingModel): FailoverEstimate;
  /** Creates the layer's stack (loading its provider package). */
  createStack(scope: Construct, service: ServiceModel, options?: GlobalStackOptions): TerraformStack;
}
