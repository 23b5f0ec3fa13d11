import { ArtifactRegistryRepository } from "@cdktf/provider-google/lib/artifact-registry-repository";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { gcpImageReference } from "../gcp-names";

/**
 * Creates the Docker repository the pipeline copies the image into by digest
 * (ID `repository`; immutable tags unless the image is pushed by tag,
 * protected from destroy) and returns it with the image reference in it.
 */
export function createRepository(scope: Construct, service: ServiceModel, region: string): { repository: ArtifactRegistryRepository; image: string } {
  const repositoryId = physicalName("artifactRegistryRepositoryId", [service.name]);
  const repository = new ArtifactRegistryRepository(scope, "repository", {
    location: region,
    repositoryId,
    format: "DOCKER",
    description: `${service.name} images for ${region}; copy the image here by digest.`,
    dockerConfig: { immutableTags: service.image.digest !== undefined },
    lifecycle: { preventDestroy: true },
  });
  return { repository, image: gcpImageReference(service, region, repositoryId) };
}
