import { defineRule } from "../../rule";
import { isTls12AlbPolicy } from "../../../security/tls";
import { str, unknownProblem } from "../../values";

/** HTTPS listeners negotiate TLS 1.2 or later only. */
export const rule = defineRule({
  id: "aws-alb-listener-tls-policy",
  description: "Every HTTPS/TLS listener sets an ssl_policy that allows TLS 1.2 or later only.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
  equivalents: { checkov: ["CKV_AWS_103"], trivy: ["AVD-AWS-0047"] },
  fix: "set ssl_policy to ELBSecurityPolicy-TLS13-1-2-2021-06 (or another TLS 1.2+ policy); omitting it selects ELBSecurityPolicy-2016-08, which allows TLS 1.0.",
  check(r) {
    const protocol = str(r.config.protocol);
    if (protocol !== undefined && protocol !== "HTTPS" && protocol !== "TLS") return undefined;
    if (r.config.protocol === undefined) return undefined;
    const policy = r.config.ssl_policy;
    const unknown = unknownProblem("ssl_policy", policy);
    if (unknown) return [unknown];
    if (typeof policy !== "string") return ["no ssl_policy, so the listener uses ELBSecurityPolicy-2016-08 (TLS 1.0)"];
    return isTls12AlbPolicy(policy) ? undefined : [`ssl_policy ${policy} allows protocols older than TLS 1.2`];
  },
});
