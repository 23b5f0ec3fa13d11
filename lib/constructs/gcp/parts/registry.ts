import { ArtifactRegistryRepository } from "@cdktf/provider-google/lib/artifact-registry-repository";
import { KmsCryptoKeyIamMember } from "@cdktf/provider-google/lib/kms-crypto-key-iam-member";
import { KmsCryptoKey } from "@cdktf/provider-google/lib/kms-crypto-key";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { suppressPolicy } from "../../../policy/suppressions";
import { gcpImageReference } from "../gcp-names";

/** The customer-managed key of the repository and the grant the repository must wait for. */
export interface GcpRepositoryKey {
  /** The key (in the repository's region). */
  readonly key: KmsCryptoKey;
  /** The Artifact Registry service agent's access to the key. */
  readonly agentAccess: KmsCryptoKeyIamMember;
}

/**
 * Creates the Docker repository the pipeline copies the image into by digest
 * (ID `repository`; encrypted with the customer-managed `key`, created only
 * after the service agent may use it; immutable tags unless the image is
 * pushed by tag, as on AWS; protected from destroy) and returns it with the
 * image reference in it.
 */
export function createRepository(scope: Construct, service: ServiceModel, region: string, key: GcpRepositoryKey): { repository: ArtifactRegistryRepository; image: string } {
  const repositoryId = physicalName("artifactRegistryRepositoryId", [service.name]);
  const repository = new ArtifactRegistryRepository(scope, "repository", {
    location: region,
    repositoryId,
    format: "DOCKER",
    description: `${service.name} images for ${region}; copy the image here by digest.`,
    dockerConfig: { immutableTags: service.image.digest !== undefined },
    kmsKeyName: key.key.id,
    lifecycle: { preventDestroy: true },
    dependsOn: [key.agentAccess],
  });
  if (service.image.digest === undefined) {
    suppressPolicy(repository, "gcp-artifact-registry-immutable-tags", "allowMutableImageTag: true was set, so the image is pushed by tag and the repository must accept a moved tag.");
  }
  return { repository, image: gcpImageReference(service, region, repositoryId) };
}
