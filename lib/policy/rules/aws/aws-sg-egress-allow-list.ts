import { includesInternet } from "../../../security/ingress";
import { defineRule } from "../../rule";
import { blocks, num, str, strings } from "../../values";

/** Egress permissions of an aws_security_group (inline), a security group rule of type egress, or a VPC egress rule. */
function egressOf(config: Record<string, unknown>, type: string): Record<string, unknown>[] {
  if (type === "aws_security_group") return blocks(config.egress);
  if (type === "aws_security_group_rule") return str(config.type) === "egress" ? [config] : [];
  return [config];
}

/** Only HTTPS may go to the whole internet; anything else needs a named destination (network.allowOutbound). */
export const rule = defineRule({
  id: "aws-sg-egress-allow-list",
  description: "No security group lets traffic out to 0.0.0.0/0 or ::/0 except TCP 443; other destinations are named ranges.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule"],
  equivalents: {
    checkovCaveats: [
      {
        id: "CKV_AWS_382",
        kind: "partial",
        reason: "it fails only egress on all protocols (-1) to 0.0.0.0/0, seen in aws_security_group egress blocks; a TCP 0-65535 rule to the internet passes it (not run on this output)",
      },
    ],
  },
  fix: "declare the destination's own range in network.allowOutbound (or narrow the rule to it); open a non-443 port to the internet only with network.allowOutboundToInternet.",
  check(r) {
    return egressOf(r.config, r.type)
      .filter((e) => includesInternet([...strings(e.cidr_blocks), ...strings(e.ipv6_cidr_blocks), ...strings(e.cidr_ipv4), ...strings(e.cidr_ipv6)]))
      .filter((e) => !(String(e.ip_protocol ?? e.protocol) === "tcp" && num(e.from_port) === 443 && num(e.to_port) === 443))
      .map((e) => `egress to the whole internet on ${String(e.ip_protocol ?? e.protocol)} ${String(e.from_port)}-${String(e.to_port)}`);
  },
});
