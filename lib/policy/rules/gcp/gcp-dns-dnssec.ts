import { defineRule } from "../../rule";
import { firstBlock, str, unknownProblem } from "../../values";

/** Public Cloud DNS zones are signed, so answers for endpoint names can be validated. */
export const rule = defineRule({
  id: "gcp-dns-dnssec",
  description: "Every public Cloud DNS managed zone sets dnssec_config.state to on (or transfer).",
  severity: "warning",
  area: "gcp",
  resourceTypes: ["google_dns_managed_zone"],
  equivalents: { checkov: ["CKV_GCP_16"] },
  fix: "add dnssec_config { state = \"on\" } (and a DS record at the parent to make it validate).",
  check(r) {
    if (str(r.config.visibility) === "private") return undefined;
    const unknown = unknownProblem("dnssec_config.state", firstBlock(r.config.dnssec_config)?.state);
    if (unknown) return [unknown];
    const state = str(firstBlock(r.config.dnssec_config)?.state) ?? "off";
    return ["on", "transfer"].includes(state) ? undefined : [`DNSSEC is ${state}`];
  },
});
