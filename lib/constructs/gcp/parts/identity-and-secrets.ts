import { SecretManagerSecret } from "@cdktf/provider-google/lib/secret-manager-secret";
import { SecretManagerSecretIamMember } from "@cdktf/provider-google/lib/secret-manager-secret-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { SECRET_ACCESSOR_ROLE } from "../gcp-constants";
import { gcpNameParts } from "../gcp-names";

/** The service's identity and the secrets it reads. */
export interface GcpIdentityAndSecrets {
  /** The identity the service runs as. */
  readonly serviceAccount: ServiceAccount;
  /** One Secret Manager secret per declared secret, by name (values set out of band). */
  readonly secrets: Record<string, SecretManagerSecret>;
  /** `secretAccessor` for the service account on each secret, by secret name. */
  readonly secretAccessors: Record<string, SecretManagerSecretIamMember>;
}

/**
 * Creates the service account and, per declared secret, a regional secret
 * and `secretAccessor` on it for that account only (IDs `service-account`,
 * `secret-<NAME>`, `secret-<NAME>-accessor`).
 */
export function createIdentityAndSecrets(scope: Construct, service: ServiceModel, region: string): GcpIdentityAndSecrets {
  const serviceAccount = new ServiceAccount(scope, "service-account", {
    accountId: physicalName("serviceAccountId", gcpNameParts(service, region)),
    displayName: `${service.name} in ${region}`,
    description: `Runs ${service.name} on Cloud Run in ${region}: reads its own secrets, nothing else.`,
  });
  const secrets: Record<string, SecretManagerSecret> = {};
  const secretAccessors: Record<string, SecretManagerSecretIamMember> = {};
  for (const secretName of service.secrets) {
    secrets[secretName] = new SecretManagerSecret(scope, `secret-${secretName}`, {
      secretId: physicalName("secretManagerSecretId", [service.name, region, secretName]),
      replication: { userManaged: { replicas: [{ location: region }] } },
      deletionProtection: true,
      annotations: { purpose: `${secretName} of ${service.name}; add versions out of band (gcloud secrets versions add), never through Terraform` },
    });
    secretAccessors[secretName] = new SecretManagerSecretIamMember(scope, `secret-${secretName}-accessor`, {
      secretId: secrets[secretName].id,
      role: SECRET_ACCESSOR_ROLE,
      member: serviceAccount.member,
    });
  }
  return { serviceAccount, secrets, secretAccessors };
}
