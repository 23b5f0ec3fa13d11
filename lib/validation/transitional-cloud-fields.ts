import type { AzureModel } from "../constructs/azure/azure-options";
import type { GcpModel } from "../constructs/gcp/gcp-options";
import { CloudSection, ServiceModel } from "../model/service-model";

/**
 * The deprecated `azure`/`gcp` mirrors of `clouds.<cloud>.options`, kept only
 * until the datacentre constructs (being split into parts) read their options
 * through `azureOptions`/`gcpOptions`. Deleted with the fields.
 */
export function transitionalCloudFields(clouds: ServiceModel["clouds"]): Pick<ServiceModel, "azure" | "gcp"> {
  const options = (section: CloudSection | undefined): unknown => section?.options;
  const azure = options(clouds.azure) as AzureModel | undefined;
  const gcp = options(clouds.gcp) as GcpModel | undefined;
  return { ...(azure ? { azure } : {}), ...(gcp ? { gcp } : {}) };
}
