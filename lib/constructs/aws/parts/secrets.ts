import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";

/**
 * Creates one Secrets Manager secret per declared secret (ID
 * `secret-<NAME>`), encrypted with the service key. Terraform creates the
 * secret only; its value is set out of band.
 */
export function createSecrets(scope: Construct, service: ServiceModel, kmsKey: KmsKey): Record<string, SecretsmanagerSecret> {
  const secrets: Record<string, SecretsmanagerSecret> = {};
  for (const secretName of service.secrets) {
    secrets[secretName] = new SecretsmanagerSecret(scope, `secret-${secretName}`, {
      name: physicalName("secretName", [`${service.name}/${secretName}`]),
      description: `${secretName} of ${service.name}; the value is set out of band (aws secretsmanager put-secret-value), never by Terraform.`,
      kmsKeyId: kmsKey.arn,
      recoveryWindowInDays: 30,
    });
  }
  return secrets;
}
