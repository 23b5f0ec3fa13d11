import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { physicalName } from "../../naming/physical-name";
import { datacentreIn } from "../deploy-after-owner";
import { validationGap } from "../../errors";
import { gcpOptions } from "./gcp-options";

/** The GCP datacentre that owns the shared Cloud DNS zone and DNS authorization. */
export function gcpDnsZoneOwner(service: ServiceModel): DatacentreModel | undefined {
  return datacentreIn(service, "gcp", gcpOptions(service)?.dnsZoneRegion);
}

/** Name of the Cloud DNS zone `gcp.<domain>`, which every GCP datacentre writes its records into. */
export function gcpDnsZoneName(service: ServiceModel): string {
  return physicalName("dnsManagedZoneName", [service.name, "gcp"]);
}

/** Name of the shared Certificate Manager DNS authorization of `<domain>`. */
export function gcpDomainAuthorizationName(service: ServiceModel): string {
  return physicalName("certificateManagerDnsAuthorizationName", [service.name, "domain"]);
}

/** The image path in a datacentre's Artifact Registry repository: `<region>-docker.pkg.dev/<project>/<repo>/<image>@<digest>`. */
export function gcpImageReference(service: ServiceModel, region: string, repositoryId: string): string {
  const project = requireProject(service);
  const path = `${region}-docker.pkg.dev/${project}/${repositoryId}/${service.image.repository}`;
  return service.image.digest !== undefined ? `${path}@${service.image.digest}` : `${path}:${service.image.tag}`;
}

/** Name of the Cloud Run service (the same in every region). */
export function gcpCloudRunServiceName(service: ServiceModel): string {
  return physicalName("cloudRunServiceName", [service.name]);
}

/** Name parts of a regional resource: `[service, region]`, plus `role` when given. */
export function gcpNameParts(service: ServiceModel, region: string, role?: string): string[] {
  return role ? [service.name, region, role] : [service.name, region];
}

/** The project of a GCP service; throws if validation let a service without `gcp.projectId` through. */
export function requireProject(service: ServiceModel): string {
  const options = gcpOptions(service);
  if (!options) throw validationGap("a GCP datacentre without gcp.projectId");
  return options.projectId;
}
