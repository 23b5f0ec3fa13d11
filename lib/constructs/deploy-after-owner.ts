import { CloudName } from "../model/cloud";
import { DatacentreModel, ServiceModel } from "../model/service-model";
import { DatacentreStack } from "./datacentre-stack";

/** The datacentre of `cloud` in `region`, when the service has one. */
export function datacentreIn(service: ServiceModel, cloud: CloudName, region: string | undefined): DatacentreModel | undefined {
  return service.datacentres.find((d) => d.cloud === cloud && d.region.name === region);
}

/**
 * Makes every stack in `stacks` deploy after the stack of `owner`, the
 * datacentre that owns records the others rely on. A deploy order only: no
 * stack reads another's state. Does nothing when the owner has no stack here.
 */
export function deployAfterOwner(stacks: readonly DatacentreStack[], owner: DatacentreModel | undefined): void {
  const ownerStack = stacks.find((s) => s.datacentre.key === owner?.key);
  if (!ownerStack) return;
  for (const stack of stacks) if (stack !== ownerStack) stack.addDependency(ownerStack);
}
