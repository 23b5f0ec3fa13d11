import { defineRule } from "../../rule";
import { bool, unknownProblem } from "../../values";

/** Workloads without public IPs reach Google APIs privately, not through NAT. */
export const rule = defineRule({
  id: "gcp-subnet-private-google-access",
  description: "Every VPC subnetwork sets private_ip_google_access to true.",
  severity: "warning",
  area: "gcp",
  resourceTypes: ["google_compute_subnetwork"],
  equivalents: { checkov: ["CKV_GCP_74"] },
  fix: "set private_ip_google_access = true.",
  check(r) {
    const purpose = typeof r.config.purpose === "string" ? r.config.purpose : "PRIVATE";
    if (purpose !== "PRIVATE") return undefined;
    const unknown = unknownProblem("private_ip_google_access", r.config.private_ip_google_access);
    if (unknown) return [unknown];
    return bool(r.config.private_ip_google_access) === true ? undefined : ["Private Google Access is off"];
  },
});
