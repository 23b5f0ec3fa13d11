import { defineRule, PolicyViolation } from "../../rule";
import { blocks, num, refersTo, str, strings } from "../../values";

/** An enabled EGRESS rule to everywhere whose `kind` block covers every protocol and port. */
function everythingEverywhere(config: Record<string, unknown>, kind: "allow" | "deny"): boolean {
  const all = (b: Record<string, unknown>) => str(b.protocol) === "all" || (kind === "allow" && ["tcp", "udp"].includes(str(b.protocol) ?? "") && strings(b.ports).length === 0);
  return str(config.direction) === "EGRESS" && strings(config.destination_ranges).includes("0.0.0.0/0") && blocks(config[kind]).some(all) && config.disabled !== true;
}

/** The network's rules deny all egress above the implied allow-all, and no allow of everything wins before the deny. */
function deniesAllEgress(rules: Record<string, unknown>[]): boolean {
  const priority = (r: Record<string, unknown>) => num(r.priority) ?? 1000;
  const firstAllow = Math.min(65535, ...rules.filter((r) => everythingEverywhere(r, "allow")).map(priority));
  return rules.some((r) => everythingEverywhere(r, "deny") && priority(r) < firstAllow);
}

/** Egress is an allow-list: the implied allow-all egress rule never decides. */
export const rule = defineRule({
  id: "gcp-network-egress-deny-default",
  description: "Every VPC network has an enabled EGRESS firewall rule denying all protocols to 0.0.0.0/0 above the implied allow-all (priority below 65535) and ahead of any EGRESS allow of every protocol and port.",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_compute_network", "google_compute_firewall"],
  equivalents: {},
  fix: "add google_compute_firewall { direction = \"EGRESS\", priority = 65534, destination_ranges = [\"0.0.0.0/0\"], deny { protocol = \"all\" } } and allow rules for 443 and the declared destinations (network.allowOutbound).",
  checkStack(index) {
    const firewalls = index.ofType("google_compute_firewall");
    const out: PolicyViolation[] = [];
    for (const network of index.ofType("google_compute_network")) {
      if (!deniesAllEgress(firewalls.filter((f) => refersTo(f.config.network, network, ["name"])).map((f) => f.config))) {
        out.push({ resource: network, message: "egress is not denied by default (the implied allow-all egress rule applies)" });
      }
    }
    return out;
  },
});
