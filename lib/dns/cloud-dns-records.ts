import { SynthesizedStack, isExpression, resourcesOfType } from "../terraform/terraform-json";
import { RawDnsRecord, referencedBlock, stringArg, viewNumber, viewValue } from "./raw-dns-record";
import { normalizeRecordValue } from "./record-values";
import { DnsViewValue, absoluteName } from "./zone-view";

/**
 * The `google_dns_record_set` resources of a stack as raw records, in public
 * managed zones. `managed_zone` is a zone's resource name, written as a
 * literal or a reference; the zone (its `dns_name`) may live in any stack of
 * the app, so all of them are searched. Records of private zones are skipped.
 */
export function cloudDnsRecords(stack: SynthesizedStack, allStacks: readonly SynthesizedStack[]): RawDnsRecord[] {
  const zones = managedZones(allStacks);
  const out: RawDnsRecord[] = [];
  for (const block of resourcesOfType(stack.json, "google_dns_record_set")) {
    const c = block.config;
    const ref = referencedBlock(stack, c.managed_zone, ["google_dns_managed_zone"]);
    const zoneName = ref ? stringArg(ref.block.config, "name") : stringArg(c, "managed_zone");
    const managed = zoneName ? zones.get(zoneName) : undefined;
    if (managed?.private) continue;
    const zone: DnsViewValue = managed ? managed.dnsName : { unknown: String(c.managed_zone), note: "Cloud DNS managed zone" };
    const type = viewValue(typeof c.type === "string" ? c.type.toUpperCase() : c.type);
    const name = typeof c.name === "string" && !isExpression(c.name) ? absoluteName(c.name) : viewValue(c.name);
    const values = (Array.isArray(c.rrdatas) ? c.rrdatas : []).map((v: unknown) => normalizeRecordValue(type, viewValue(v)));
    out.push({ provider: "cloud-dns", zone, name, type, ttl: viewNumber(c.ttl), values, routed: c.routing_policy !== undefined, source: `${stack.name}:${block.address}` });
  }
  return out;
}

/** Every `google_dns_managed_zone` of the app by its resource name: its DNS name and whether it is private. */
function managedZones(stacks: readonly SynthesizedStack[]): Map<string, { dnsName: string; private: boolean }> {
  const out = new Map<string, { dnsName: string; private: boolean }>();
  for (const stack of stacks) {
    for (const z of resourcesOfType(stack.json, "google_dns_managed_zone")) {
      const name = stringArg(z.config, "name");
      const dnsName = stringArg(z.config, "dns_name");
      if (name && dnsName && !isExpression(dnsName)) out.set(name, { dnsName: absoluteName(dnsName), private: z.config.visibility === "private" });
    }
  }
  return out;
}
