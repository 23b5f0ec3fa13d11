import { defineRule } from "../../rule";

/** An HTTPS proxy without an SSL policy takes Google's default, which accepts TLS 1.0. */
export const rule = defineRule({
  id: "gcp-https-proxy-ssl-policy",
  description: "Every target HTTPS proxy sets ssl_policy (the default policy accepts TLS 1.0 and the COMPATIBLE ciphers).",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_compute_target_https_proxy"],
  equivalents: {},
  fix: "create a google_compute_ssl_policy with min_tls_version TLS_1_2 and profile MODERN, and set ssl_policy to its id.",
  check(r) {
    const policy = r.config.ssl_policy;
    return policy === undefined || policy === null || policy === "" ? ["no SSL policy: TLS 1.0 is accepted"] : undefined;
  },
});
