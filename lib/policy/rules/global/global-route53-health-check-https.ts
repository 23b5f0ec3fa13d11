import { defineRule } from "../../rule";
import { isUnknown, num, str, unknownProblem } from "../../values";

/** Route 53 probes every endpoint over HTTPS on 443. */
export const rule = defineRule({
  id: "global-route53-health-check-https",
  description: "Every Route 53 health check uses type HTTPS (or HTTPS_STR_MATCH) on port 443 with a resource_path.",
  severity: "error",
  area: "global",
  resourceTypes: ["aws_route53_health_check"],
  equivalents: {},
  fix: "set type = \"HTTPS\", port = 443 and resource_path to the service's health path; an HTTP probe does not prove the HTTPS endpoint clients use works.",
  check(r) {
    const type = r.config.type;
    const out = [unknownProblem("type", type), unknownProblem("port", r.config.port)].filter((p): p is string => p !== undefined);
    if (!isUnknown(type) && !["HTTPS", "HTTPS_STR_MATCH", "CALCULATED"].includes(str(type) ?? "")) out.push(`the health check type is ${str(type) ?? "missing"}, not HTTPS`);
    if (str(type) === "CALCULATED") return out;
    const port = num(r.config.port);
    if (port !== undefined && port !== 443) out.push(`the health check probes port ${port}, not 443`);
    if (r.config.resource_path === undefined) out.push("no resource_path: the probe does not hit the service's health endpoint");
    return out;
  },
});
