import { CLOUD_NAMES, CloudName } from "../clouds/registry";
import { DEFAULTS } from "../model/defaults";
import { DnsModel } from "../model/service-model";
import { FieldChecker, PlainObject } from "./checker";
import { isHostname } from "./hostname";
import { checkNameServerSet } from "./name-server-set";

/**
 * Resolves `dns`: the zone (default: the parent of `domain`), the Azure zone's
 * resource group and each cloud's subtree name servers, each a full set of that
 * cloud's DNS (`CloudPlugin.nameServerSet`).
 */
export function resolveDns(check: FieldChecker, domain: string, raw: unknown): DnsModel {
  const dns = check.optional(raw, {} as PlainObject, (v) => check.object("dns", v, ["zoneName", "azureZoneResourceGroup", "nameServers"]));
  const parent = domain.slice(domain.indexOf(".") + 1);
  const zoneName = check.optional(dns.zoneName, parent, (v) => {
    const zone = check.literal("dns.zoneName", v, `a parent zone of ${domain}`);
    if (!isHostname(zone, 2) || !domain.endsWith(`.${zone}`)) check.fail("dns.zoneName", zone, `a parent zone of ${domain} (the domain must be a name inside the zone, not its apex)`);
    return zone;
  });
  const azureZoneResourceGroup = check.optional(dns.azureZoneResourceGroup, DEFAULTS.azureZoneResourceGroup as string, (v) =>
    check.string("dns.azureZoneResourceGroup", v, /^[-\w.()]*[-\w()]$/, "an Azure resource group name of 1-90 letters, digits, _ - . ( ) not ending in a period", 1, 90),
  );
  const nameServers = (cloud: CloudName, v: unknown): string[] => {
    const field = `dns.nameServers.${cloud}`;
    const names = check.array(field, v, 1, 8).map((ns, i) => {
      const host = check.literal(`${field}[${i}]`, ns, "a name server host name, e.g. ns-1.awsdns-01.org");
      const bare = host.endsWith(".") ? host.slice(0, -1) : host;
      if (!isHostname(bare, 2)) check.fail(`${field}[${i}]`, host, "a name server host name, e.g. ns-1.awsdns-01.org");
      return bare;
    });
    checkNameServerSet(check, field, cloud, names);
    return names;
  };
  const byCloud = check.optional(dns.nameServers, {} as PlainObject, (v) => check.object("dns.nameServers", v, CLOUD_NAMES));
  const resolved: { [C in CloudName]?: string[] } = {};
  for (const cloud of CLOUD_NAMES) {
    if (byCloud[cloud] !== undefined) resolved[cloud] = check.attempt(() => nameServers(cloud, byCloud[cloud]), []);
  }
  return { zoneName, azureZoneResourceGroup, nameServers: resolved };
}
