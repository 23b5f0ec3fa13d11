import { defineRule } from "../../rule";
import { ingressPermissions, isPublic, portRange, SG_INGRESS_TYPES } from "../../helpers/aws-sg-ingress";

/** No security group admits the internet unless that is a suppressed, intended exception (the public ALB). */
export const rule = defineRule({
  id: "aws-sg-no-public-ingress",
  description: "No security group rule admits 0.0.0.0/0 or ::/0; the public load balancer's 443/80 is a documented suppression.",
  severity: "error",
  area: "aws",
  resourceTypes: [...SG_INGRESS_TYPES],
  equivalents: { trivy: ["AVD-AWS-0107"], cdkNag: ["AwsSolutions-EC23"] },
  fix: "restrict the source to a security group or a known CIDR; for the internet-facing load balancer, suppress with the reason.",
  check(r) {
    const permissions = ingressPermissions(r);
    return [
      ...permissions.filter(isPublic).map((p) => `ingress from ${p.sources.join(", ")} on ${portRange(p)}`),
      ...permissions.flatMap((p) => p.unknownSources.map((u) => `ingress from ${u} on ${portRange(p)}: the source is only known at apply, so nothing shows it is not the internet`)),
    ];
  },
});
