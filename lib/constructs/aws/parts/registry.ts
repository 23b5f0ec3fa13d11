import { EcrRepository } from "@cdktf/provider-aws/lib/ecr-repository";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { suppressPolicy } from "../../../policy/suppressions";

/**
 * Creates the ECR repository the pipeline pushes to (ID `repository`):
 * KMS-encrypted, scanned on push, protected from destroy, with immutable tags
 * unless the image is pushed by tag (`allowMutableImageTag`).
 */
export function createRepository(scope: Construct, service: ServiceModel, kmsKey: KmsKey): EcrRepository {
  const repository = new EcrRepository(scope, "repository", {
    name: physicalName("ecrRepositoryName", [service.name]),
    imageTagMutability: service.image.digest !== undefined ? "IMMUTABLE" : "MUTABLE",
    imageScanningConfiguration: { scanOnPush: true },
    encryptionConfiguration: [{ encryptionType: "KMS", kmsKey: kmsKey.arn }],
    forceDelete: false,
    lifecycle: { preventDestroy: true },
  });
  if (service.image.digest === undefined) {
    suppressPolicy(repository, "aws-ecr-immutable-tags", "allowMutableImageTag: true was set, so the image is pushed by tag and the repository must accept a moved tag.");
  }
  return repository;
}
