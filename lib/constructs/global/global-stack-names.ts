import { ServiceModel } from "../../model/service-model";

/** Stack name of the Route 53 global layer. */
export function route53StackName(service: ServiceModel): string {
  return `${service.name}-global-aws`;
}

/** Stack name of the Traffic Manager global layer. */
export function trafficManagerStackName(service: ServiceModel): string {
  return `${service.name}-global-azure`;
}

/** Region whose state bucket or account holds a global stack's state: the first datacentre of that cloud. */
export function globalHomeRegion(service: ServiceModel, cloud: "aws" | "azure"): string {
  const first = service.datacentres.find((d) => d.cloud === cloud);
  if (!first) throw new Error(`dualcloud: no ${cloud} datacentre to home the ${cloud} global stack; validation should have refused this`);
  return first.region.name;
}
