import { defineRule } from "../../rule";
import { ingressPermissions, isPublic, portRange, SG_INGRESS_TYPES } from "../../helpers/aws-sg-ingress";
import { isPublicWebPort } from "../../../security/ingress";

/** Even where internet ingress is intended, it covers only TCP 443 and 80. */
export const rule = defineRule({
  id: "aws-sg-public-ingress-web-ports-only",
  description: "Internet ingress, where allowed at all, is TCP 443 or 80 only (never SSH, RDP, a range or all ports).",
  severity: "error",
  area: "aws",
  resourceTypes: [...SG_INGRESS_TYPES],
  equivalents: { checkovCaveats: [{ id: "CKV_AWS_24", kind: "partial", reason: "it fails internet ingress to port 22 only" }, { id: "CKV_AWS_25", kind: "partial", reason: "it fails internet ingress to port 3389 only" }] },
  fix: "open only TCP 443 (and 80 to redirect) to the internet; reach anything else through a private path.",
  check(r) {
    return ingressPermissions(r)
      .filter(isPublic)
      .filter((p) => !isPublicWebPort(p.protocol, p.fromPort, p.toPort))
      .map((p) => `internet ingress on ${portRange(p)} (protocol ${p.protocol ?? "unknown"})`);
  },
});
