import { DataGoogleProject } from "@cdktf/provider-google/lib/data-google-project";
import { KmsCryptoKey } from "@cdktf/provider-google/lib/kms-crypto-key";
import { KmsCryptoKeyIamMember } from "@cdktf/provider-google/lib/kms-crypto-key-iam-member";
import { KmsKeyRing } from "@cdktf/provider-google/lib/kms-key-ring";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { GCP_KEY_ROTATION_PERIOD } from "../gcp-constants";
import { gcpNameParts } from "../gcp-names";

/** The Artifact Registry repository's customer-managed key and the grant that lets the registry use it. */
export interface GcpRegistryKey {
  /** The project, read for its number (the service agent's address contains it). */
  readonly project: DataGoogleProject;
  /** Key ring `<service>-<region>` in the datacentre's region (key rings can never be deleted). */
  readonly keyRing: KmsKeyRing;
  /** Key `<service>-registry`, rotated every 90 days, protected from destroy. */
  readonly key: KmsCryptoKey;
  /** `cryptoKeyEncrypterDecrypter` on the key for the Artifact Registry service agent; the repository waits for it. */
  readonly agentAccess: KmsCryptoKeyIamMember;
}

/**
 * Creates the registry key (IDs `project`, `key-ring`, `registry-key`,
 * `registry-key-access`): a key ring and key in `region` (Artifact Registry
 * requires the key in the repository's location), and the Artifact Registry
 * service agent `service-<project number>@gcp-sa-artifactregistry.iam.gserviceaccount.com`
 * allowed to encrypt and decrypt with it (docs/gcp.md#customer-managed-key-on-the-registry).
 */
export function createRegistryKey(scope: Construct, service: ServiceModel, region: string): GcpRegistryKey {
  const project = new DataGoogleProject(scope, "project", {});
  const keyRing = new KmsKeyRing(scope, "key-ring", { name: physicalName("kmsKeyRingName", gcpNameParts(service, region)), location: region });
  const key = new KmsCryptoKey(scope, "registry-key", {
    name: physicalName("kmsCryptoKeyName", [service.name, "registry"]),
    keyRing: keyRing.id,
    purpose: "ENCRYPT_DECRYPT",
    rotationPeriod: GCP_KEY_ROTATION_PERIOD,
    lifecycle: { preventDestroy: true },
  });
  const agentAccess = new KmsCryptoKeyIamMember(scope, "registry-key-access", {
    cryptoKeyId: key.id,
    role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
    member: `serviceAccount:service-${project.number}@gcp-sa-artifactregistry.iam.gserviceaccount.com`,
  });
  return { project, keyRing, key, agentAccess };
}
