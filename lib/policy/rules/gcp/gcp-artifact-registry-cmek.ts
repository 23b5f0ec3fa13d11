import { defineRule } from "../../rule";
import { isUnknown, str } from "../../values";

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
    const key = r.config.kms_key_name;
    if (isUnknown(key) || (str(key) ?? "") !== "") return undefined;
    return ["the repository is encrypted with a Google-managed key"];
  },
});
