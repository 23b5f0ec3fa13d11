import type { GlobalLayerPlugin } from "../global/global-layer-plugin";
import { TRAFFIC_MANAGER_HOME, trafficManagerStackName } from "./traffic-manager-home";
import { trafficManagerWorstCase } from "./traffic-manager-failover";

/** Traffic Manager behind Azure DNS as a global layer. Imports no provider package. */
export const TRAFFIC_MANAGER_LAYER: GlobalLayerPlugin = {
  id: "traffic-manager",
  displayName: "Traffic Manager",
  diagramLabel: "Traffic Manager behind Azure DNS",
  alertsLabel: "alert per endpoint into an action group",
  ...TRAFFIC_MANAGER_HOME,
  stackName: trafficManagerStackName,
  failoverEstimate: trafficManagerWorstCase,
  createStack(scope, service, options) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { TrafficManagerGlobalStack } = require("./traffic-manager-global-stack") as typeof import("./traffic-manager-global-stack");
    return new TrafficManagerGlobalStack(scope, service, options);
  },
};
