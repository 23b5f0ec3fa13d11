import { defineRule } from "../../rule";
import { str, unknownProblem } from "../../values";

/** Ingress settings that keep the internet from calling a Cloud Run service directly. */
export const RESTRICTED_INGRESS = ["INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER", "INGRESS_TRAFFIC_INTERNAL_ONLY"];

/** A Cloud Run service answers only through the load balancer, never on its run.app URL from the internet. */
export const rule = defineRule({
  id: "gcp-cloud-run-ingress-load-balancer-only",
  description: "Every Cloud Run (v2) service sets ingress to INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER or INGRESS_TRAFFIC_INTERNAL_ONLY (unset means all traffic).",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_cloud_run_v2_service"],
  equivalents: {},
  fix: "set ingress = \"INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER\" and reach the service through the HTTPS load balancer (serverless NEG).",
  check(r) {
    const unknown = unknownProblem("ingress", r.config.ingress);
    if (unknown) return [unknown];
    const ingress = str(r.config.ingress) ?? "INGRESS_TRAFFIC_ALL";
    return RESTRICTED_INGRESS.includes(ingress) ? undefined : [`ingress is ${ingress}: the internet reaches the service around the load balancer`];
  },
});
