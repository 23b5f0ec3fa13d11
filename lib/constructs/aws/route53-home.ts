import type { ServiceModel } from "../../model/service-model";
import { GlobalStackHome, globalStackName } from "../global/global-stack-names";

/** Where the Route 53 layer lives: in AWS, in us-east-1 when the service runs no AWS datacentre. */
export const ROUTE53_HOME: GlobalStackHome = { cloud: "aws", fallbackRegion: "us-east-1" };

/** Stack name of the Route 53 global layer, `<service>-global-aws`. */
export function route53StackName(service: ServiceModel): string {
  return globalStackName(service, ROUTE53_HOME.cloud);
}
