import { DNS_PROVIDERS, DnsProvider, DnsZoneView, absoluteName } from "../../dns/zone-view";

/** How each provider names its name servers (Route 53 delegation sets, Azure DNS, Cloud DNS). */
const NAME_SERVER_PATTERNS: Readonly<Record<DnsProvider, RegExp>> = {
  route53: /^ns-\d+\.awsdns-\d+\.[a-z.]+\.$/,
  "azure-dns": /^ns\d+-\d+\.azure-dns\.[a-z.]+\.$/,
  "cloud-dns": /^ns-cloud-[a-z]\d+\.googledomains\.com\.$/,
};

/** The provider a name server belongs to, by its name; undefined for any other server. */
export function providerOfNameServer(name: string): DnsProvider | undefined {
  const n = absoluteName(name);
  return DNS_PROVIDERS.find((p) => NAME_SERVER_PATTERNS[p].test(n));
}

/**
 * Name servers of each provider copy, when none is given with `--ns`: the
 * NS values the app writes (each cloud's delegation names the other
 * provider's servers, from `dns.nameServers`) and the zones' public NS sets
 * (`lookupNs`, the system resolver), sorted into providers by name.
 */
export async function discoverNameServers(view: DnsZoneView, lookupNs: (zone: string) => Promise<string[]>): Promise<Partial<Record<DnsProvider, string[]>>> {
  const names = view.copies.flatMap((c) => c.records.filter((r) => r.type === "NS").flatMap((r) => r.values.filter((v): v is string => typeof v === "string")));
  for (const zone of [...new Set(view.copies.map((c) => c.zone))]) {
    names.push(...(await lookupNs(zone).catch(() => [])));
  }
  const out: Partial<Record<DnsProvider, string[]>> = {};
  for (const name of [...new Set(names.map(absoluteName))].sort()) {
    const provider = providerOfNameServer(name);
    if (provider) out[provider] = [...(out[provider] ?? []), name];
  }
  return out;
}
