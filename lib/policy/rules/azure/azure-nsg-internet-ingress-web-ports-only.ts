import { defineRule } from "../../rule";
import { internetAllowRules, NSG_TYPES } from "../../helpers/azure-nsg";
import { isPublicWebPortRange } from "../../../security/ingress";
import { str, strings } from "../../values";

/** Even where internet ingress is intended, it covers only TCP 443 and 80. */
export const rule = defineRule({
  id: "azure-nsg-internet-ingress-web-ports-only",
  description: "Internet ingress through a network security group, where allowed at all, is TCP 443 or 80 only (never SSH, RDP, a range or all ports).",
  severity: "error",
  area: "azure",
  resourceTypes: [...NSG_TYPES],
  equivalents: { checkovCaveats: [{ id: "CKV_AZURE_9", kind: "partial", reason: "it fails internet ingress to port 3389 only" }, { id: "CKV_AZURE_10", kind: "partial", reason: "it fails internet ingress to port 22 only" }] },
  fix: "allow only TCP 443 (and 80 to redirect) from the internet; reach anything else through a private path.",
  check(r) {
    return internetAllowRules(r)
      .filter((s) => {
        const ports = [...strings(s.destination_port_range), ...strings(s.destination_port_ranges)];
        return str(s.protocol) !== "Tcp" || ports.length === 0 || ports.some((p) => !isPublicWebPortRange(p));
      })
      .map((s) => `rule ${String(s.name)} opens ${[...strings(s.destination_port_range), ...strings(s.destination_port_ranges)].join(", ") || "no port"} over ${str(s.protocol) ?? "an unknown protocol"} to the internet`);
  },
});
