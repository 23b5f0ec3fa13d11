import { IConstruct } from "constructs";
import { DualCloudService } from "./dual-cloud-service";

/** Every DualCloudService under `root`, in tree order. */
export function findServices(root: IConstruct): DualCloudService[] {
  return root.node.findAll().filter((c): c is DualCloudService => c instanceof DualCloudService);
}
