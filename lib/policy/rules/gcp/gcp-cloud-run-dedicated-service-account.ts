import { defineRule } from "../../rule";
import { firstBlock } from "../../values";

/** A Cloud Run service runs as its own identity, not the project's default compute service account (Editor by default). */
export const rule = defineRule({
  id: "gcp-cloud-run-dedicated-service-account",
  description: "Every Cloud Run (v2) service sets template.service_account (otherwise it runs as the default compute service account).",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_cloud_run_v2_service"],
  equivalents: {},
  fix: "create a google_service_account for the service, grant it only what it reads, and set template.service_account to its email.",
  check(r) {
    const account = firstBlock(r.config.template)?.service_account;
    if (account !== undefined && account !== null && account !== "") return undefined;
    return ["the service runs as the default compute service account"];
  },
});
