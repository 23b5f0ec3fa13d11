import { defineRule } from "../../rule";
import { blocks, bool } from "../../values";

/** Subnet flow logs record who talked to what, for incident response. */
export const rule = defineRule({
  id: "gcp-subnet-flow-logs",
  description: "Every VPC subnetwork has flow logs on (a log_config block).",
  severity: "warning",
  area: "gcp",
  resourceTypes: ["google_compute_subnetwork"],
  equivalents: { checkov: ["CKV_GCP_26"], trivy: ["AVD-GCP-0029"] },
  fix: "add log_config { aggregation_interval = \"INTERVAL_5_SEC\", flow_sampling = 0.5, metadata = \"INCLUDE_ALL_METADATA\" }.",
  check(r) {
    const purpose = typeof r.config.purpose === "string" ? r.config.purpose : "PRIVATE";
    if (purpose !== "PRIVATE") return undefined;
    return blocks(r.config.log_config).length > 0 || bool(r.config.enable_flow_logs) === true ? undefined : ["flow logs are off"];
  },
});
