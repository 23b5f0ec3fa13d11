import { defineRule } from "../../rule";
import { str } from "../../values";

const EXTERNAL_SCHEMES = ["EXTERNAL", "EXTERNAL_MANAGED"];

/** Every external backend service has a Cloud Armor security policy. */
export const rule = defineRule({
  id: "gcp-backend-service-cloud-armor",
  description: "Every google_compute_backend_service with an EXTERNAL or EXTERNAL_MANAGED load-balancing scheme sets security_policy.",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_compute_backend_service"],
  equivalents: {},
  fix: "attach a google_compute_security_policy with preconfigured WAF rules and a rate limit (security_policy), or opt out with waf.disabledOn: [\"gcp\"].",
  check(r) {
    if (!EXTERNAL_SCHEMES.includes(str(r.config.load_balancing_scheme) ?? "EXTERNAL")) return undefined;
    const policy = r.config.security_policy;
    return policy === undefined || policy === "" ? ["an external backend without a Cloud Armor policy takes every request straight to the service"] : undefined;
  },
});
