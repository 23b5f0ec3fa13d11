import { defineRule } from "../../rule";
import { isUnknown, str } from "../../values";

/** A key is named: a literal key name, or a reference to a key (which names one whatever its value). */
function namesKey(value: unknown): boolean {
  return isUnknown(value) || (str(value) ?? "") !== "";
}

/** Images at rest are encrypted with a key the service owner controls, as ECR is on AWS. */
export const rule = defineRule({
  id: "gcp-artifact-registry-cmek",
  description: "Every Artifact Registry repository sets kms_key_name (a customer-managed Cloud KMS key).",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_artifact_registry_repository"],
  equivalents: { checkov: ["CKV_GCP_84"] },
  fix: "create a google_kms_crypto_key in the repository's location, grant the Artifact Registry service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it, and set kms_key_name (only at creation: it cannot be changed later).",
  check(r) {
    return namesKey(r.config.kms_key_name) ? undefined : ["the repository is encrypted with a Google-managed key"];
  },
});
