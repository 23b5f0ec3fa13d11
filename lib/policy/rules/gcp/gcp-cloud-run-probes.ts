import { defineRule } from "../../rule";
import { blocks, firstBlock } from "../../values";

/** Cloud Run probes its containers, so a broken instance is restarted and a revision that never starts is not served. */
export const rule = defineRule({
  id: "gcp-cloud-run-probes",
  description: "Every container of a Cloud Run (v2) service has a startup probe and a liveness probe.",
  severity: "warning",
  area: "gcp",
  resourceTypes: ["google_cloud_run_v2_service"],
  equivalents: {},
  fix: "add startup_probe and liveness_probe (http_get on the service port and health path) to each container.",
  check(r) {
    return blocks(firstBlock(r.config.template)?.containers)
      .filter((c) => blocks(c.startup_probe).length === 0 || blocks(c.liveness_probe).length === 0)
      .map((c) => `container ${String(c.name ?? "(unnamed)")} lacks a startup or liveness probe`);
  },
});
