import { defineRule } from "../../rule";
import { publicGrantProblems } from "../../helpers/iam-members";

/** Nobody outside the organisation reads the registry. */
export const rule = defineRule({
  id: "gcp-artifact-registry-no-public-access",
  description: "No Artifact Registry IAM member or binding grants a role to allUsers or allAuthenticatedUsers.",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_artifact_registry_repository_iam_member", "google_artifact_registry_repository_iam_binding"],
  equivalents: { checkovCaveats: [{ id: "CKV_GCP_101", kind: "absent", reason: "it reads google_artifact_registry_repository_iam_member and _binding, which the library never builds; on such a grant a user adds it agrees" }] },
  fix: "grant roles/artifactregistry.reader to the named service accounts that pull, not to allUsers.",
  userAdditionsOnly: "IAM grants a user adds on a repository: the library grants none on its Artifact Registry repository.",
  check(r) {
    return publicGrantProblems(r);
  },
});
