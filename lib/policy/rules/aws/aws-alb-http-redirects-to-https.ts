import { defineRule } from "../../rule";
import { firstBlock, str, unknownProblem } from "../../values";

/** A plain-HTTP listener only ever redirects to HTTPS; it never forwards. */
export const rule = defineRule({
  id: "aws-alb-http-redirects-to-https",
  description: "Every HTTP load balancer listener's default action redirects to HTTPS (status 301) and forwards nothing.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
  equivalents: { checkov: ["CKV2_AWS_20"], trivy: ["AVD-AWS-0054"] },
  fix: "make the port-80 listener's default_action { type = \"redirect\", redirect { protocol = \"HTTPS\", port = \"443\", status_code = \"HTTP_301\" } }.",
  check(r) {
    const action = firstBlock(r.config.default_action);
    if (str(r.config.protocol) !== "HTTP") {
      const unknown = unknownProblem("protocol", r.config.protocol);
      return unknown && str(action?.type) !== "redirect" ? [unknown] : undefined;
    }
    const type = str(action?.type);
    const unknown = unknownProblem("default_action.type", action?.type);
    if (unknown) return [unknown];
    if (type !== "redirect") return [`the HTTP listener's default action is ${type ?? "missing"}, not a redirect to HTTPS`];
    const redirect = firstBlock(action!.redirect);
    const protocol = str(redirect?.protocol);
    if (protocol !== undefined && protocol !== "HTTPS") return [`the HTTP listener redirects to ${protocol}, not HTTPS`];
    if (redirect === undefined || (redirect.protocol === undefined)) return ["the HTTP listener's redirect does not set protocol HTTPS"];
    return undefined;
  },
});
