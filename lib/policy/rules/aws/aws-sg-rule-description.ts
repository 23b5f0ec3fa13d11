import { defineRule } from "../../rule";
import { blocks, str } from "../../values";
import { ingressPermissions, SG_INGRESS_TYPES } from "../../helpers/aws-sg-ingress";

/** Every security group rule says why it exists. */
export const rule = defineRule({
  id: "aws-sg-rule-description",
  description: "Every security group rule (ingress and egress) has a description.",
  severity: "warning",
  area: "aws",
  resourceTypes: [...SG_INGRESS_TYPES, "aws_vpc_security_group_egress_rule"],
  equivalents: { checkov: ["CKV_AWS_23"] },
  fix: "set description on the rule, saying which traffic it carries and why.",
  check(r) {
    const egress = r.type === "aws_security_group" ? blocks(r.config.egress) : r.type === "aws_vpc_security_group_egress_rule" || str(r.config.type) === "egress" ? [r.config] : [];
    const missing = [...ingressPermissions(r).map((p) => p.description), ...egress.map((b) => str(b.description))].filter((d) => d === undefined || d.trim() === "");
    return missing.length > 0 ? [`${missing.length} rule(s) without a description`] : undefined;
  },
});
