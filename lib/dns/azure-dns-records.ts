import { SynthesizedStack, isExpression, terraformBlocks } from "../terraform/terraform-json";
import { blocks } from "../private/terraform-values";
import { RawDnsRecord, referencedBlock, stringArg, viewNumber, viewValue } from "./raw-dns-record";
import { normalizeRecordValue, ownerName } from "./record-values";
import { DnsViewValue, absoluteName } from "./zone-view";

/** Public Azure DNS record resources and how each holds its values (private DNS zones are not public and not read). */
const AZURE_RECORD_TYPES: Readonly<Record<string, { type: string; values: (c: Readonly<Record<string, unknown>>) => unknown[] }>> = {
  azurerm_dns_a_record: { type: "A", values: (c) => listOf(c.records) },
  azurerm_dns_aaaa_record: { type: "AAAA", values: (c) => listOf(c.records) },
  azurerm_dns_cname_record: { type: "CNAME", values: (c) => (c.record === undefined ? [] : [c.record]) },
  azurerm_dns_ns_record: { type: "NS", values: (c) => listOf(c.records) },
  azurerm_dns_ptr_record: { type: "PTR", values: (c) => listOf(c.records) },
  azurerm_dns_txt_record: { type: "TXT", values: (c) => blocks(c.record).map((r) => r.value) },
  azurerm_dns_mx_record: { type: "MX", values: (c) => blocks(c.record).map((r) => joinParts(r.preference, r.exchange)) },
  azurerm_dns_caa_record: { type: "CAA", values: (c) => blocks(c.record).map((r) => joinParts(r.flags, r.tag, JSON.stringify(r.value))) },
  azurerm_dns_srv_record: { type: "SRV", values: (c) => blocks(c.record).map((r) => joinParts(r.priority, r.weight, r.port, r.target)) },
};

/**
 * The public Azure DNS record resources of a stack as raw records. `name` is
 * relative to `zone_name` (`@` is the apex); a `target_resource_id` alias
 * record has unknown values.
 */
export function azureDnsRecords(stack: SynthesizedStack): RawDnsRecord[] {
  const out: RawDnsRecord[] = [];
  for (const block of terraformBlocks(stack.json)) {
    const shape = block.kind === "resource" ? AZURE_RECORD_TYPES[block.type] : undefined;
    if (!shape) continue;
    const c = block.config;
    const zoneRef = referencedBlock(stack, c.zone_name, ["azurerm_dns_zone"]);
    const zoneText = zoneRef && zoneRef.attribute === "name" ? stringArg(zoneRef.block.config, "name") : stringArg(c, "zone_name");
    const zone: DnsViewValue = zoneText && !isExpression(zoneText) ? absoluteName(zoneText) : { unknown: String(c.zone_name), note: "Azure DNS zone" };
    const name = typeof c.name === "string" && !isExpression(c.name) && typeof zone === "string" ? ownerName(c.name, zone) : viewValue(c.name);
    const values =
      c.target_resource_id !== undefined
        ? [viewValue(c.target_resource_id, "alias target of an Azure DNS alias record")]
        : shape.values(c).map((v) => normalizeRecordValue(shape.type, viewValue(v)));
    out.push({ provider: "azure-dns", zone, name, type: shape.type, ttl: viewNumber(c.ttl), values, routed: false, source: `${stack.name}:${block.address}` });
  }
  return out;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function joinParts(...parts: unknown[]): string {
  return parts.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join(" ");
}
