import { defineRule } from "../../rule";
import { publicGrantProblems } from "../../helpers/iam-members";

/** No IAM grant lets anyone invoke a Cloud Run service. */
export const rule = defineRule({
  id: "gcp-cloud-run-no-public-invoker",
  description: "No Cloud Run IAM member or binding grants a role to allUsers or allAuthenticatedUsers.",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_binding", "google_cloud_run_service_iam_member", "google_cloud_run_service_iam_binding"],
  equivalents: { checkovCaveats: [{ id: "CKV_GCP_102", kind: "partial", reason: "it reads only the v1 google_cloud_run_service_iam_member and _binding (GCPCloudRunPrivateService.py), never a v2 grant" }] },
  fix: "grant roles/run.invoker to named identities; for a service behind the load balancer use ingress INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER (with invoker_iam_disabled) instead of a public grant.",
  userAdditionsOnly: "invoker grants a user adds: the library grants none (its service sets invoker_iam_disabled and takes traffic only from the internal load balancer, which gcp-cloud-run-ingress-load-balancer-only guards).",
  check(r) {
    return publicGrantProblems(r);
  },
});
