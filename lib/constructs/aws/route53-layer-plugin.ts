import type { GlobalLayerPlugin } from "../global/global-layer-plugin";
import { ROUTE53_HOME, route53StackName } from "./route53-home";
import { route53WorstCase } from "./route53-failover";

/** Route 53 as a global layer: health-checked records in the AWS copy of the zone. Imports no provider package. */
export const ROUTE53_LAYER: GlobalLayerPlugin = {
  id: "route53",
  displayName: "Route 53",
  diagramLabel: "Route 53 health checks + records",
  alertsLabel: "alarm per health check into an SNS topic (us-east-1)",
  ...ROUTE53_HOME,
  stackName: route53StackName,
  failoverEstimate: route53WorstCase,
  createStack(scope, service, options) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Route53GlobalStack } = require("./route53-global-stack") as typeof import("./route53-global-stack");
    return new Route53GlobalStack(scope, service, options);
  },
};
