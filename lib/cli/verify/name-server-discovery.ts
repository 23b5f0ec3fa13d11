import { CLOUD_NAMES, cloudPlugin } from "../../clouds/registry";
import { DnsProvider, DnsZoneView, absoluteName } from "../../dns/zone-view";

/** The provider a name server belongs to, by the name-server naming of each cloud's DNS (`nameServerSet`); undefined for any other server. */
export function providerOfNameServer(name: string): DnsProvider | undefined {
  const bare = absoluteName(name).slice(0, -1);
  const cloud = CLOUD_NAMES.find((c) => cloudPlugin(c).nameServerSet.pattern.test(bare));
  return cloud === undefined ? undefined : cloudPlugin(cloud).dnsProvider;
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
