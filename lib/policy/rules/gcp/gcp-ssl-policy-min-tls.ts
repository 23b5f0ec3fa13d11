import { defineRule } from "../../rule";
import { GCP_MIN_TLS_VERSIONS } from "../../../security/tls";
import { isUnknown, str, unknownProblem } from "../../values";

/** Load balancer TLS policies allow nothing older than TLS 1.2 and no weak ciphers. */
export const rule = defineRule({
  id: "gcp-ssl-policy-min-tls",
  description: "Every SSL policy sets min_tls_version TLS_1_2 (or later) with the MODERN, RESTRICTED or CUSTOM profile (unset means TLS 1.0, COMPATIBLE).",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_compute_ssl_policy"],
  equivalents: { checkovCaveats: [{ id: "CKV_GCP_4", kind: "partial", reason: "it passes the RESTRICTED profile at any min_tls_version and fails MODERN with TLS_1_3 (GoogleComputeSSLPolicy.py); on the library's MODERN/TLS_1_2 policy and on TLS_1_0 it agrees (checkov-scan review, section 7)" }] },
  fix: "set min_tls_version = \"TLS_1_2\" and profile = \"MODERN\" (or RESTRICTED).",
  check(r) {
    const problems = [unknownProblem("min_tls_version", r.config.min_tls_version), unknownProblem("profile", r.config.profile)].filter((p): p is string => p !== undefined);
    if (!isUnknown(r.config.min_tls_version)) {
      const version = str(r.config.min_tls_version) ?? "TLS_1_0";
      if (!GCP_MIN_TLS_VERSIONS.includes(version)) problems.push(`min_tls_version is ${version}`);
    }
    if (!isUnknown(r.config.profile)) {
      const profile = str(r.config.profile) ?? "COMPATIBLE";
      if (profile === "COMPATIBLE") problems.push("the COMPATIBLE profile allows weak ciphers");
    }
    return problems;
  },
});
