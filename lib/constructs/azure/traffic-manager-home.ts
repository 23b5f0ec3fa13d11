import type { ServiceModel } from "../../model/service-model";
import { GlobalStackHome, globalStackName } from "../global/global-stack-names";

/** Where the Traffic Manager layer lives: in Azure, in eastus when the service runs no Azure datacentre. */
export const TRAFFIC_MANAGER_HOME: GlobalStackHome = { cloud: "azure", fallbackRegion: "eastus" };

/** Stack name of the Traffic Manager global layer, `<service>-global-azure`. */
export function trafficManagerStackName(service: ServiceModel): string {
  return globalStackName(service, TRAFFIC_MANAGER_HOME.cloud);
}
