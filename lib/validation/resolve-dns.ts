import { CLOUD_NAMES, CloudName, cloudPlugin } from "../clouds/registry";
import { DEFAULTS } from "../model/defaults";
import { CertificateValidationRecord } from "../model/props";
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
  const dns = check.optional(raw, {} as PlainObject, (v) => check.object("dns", v, ["zoneName", "azureZoneResourceGroup", "nameServers", "certificateValidation"]));
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
  return { zoneName, azureZoneResourceGroup, nameServers: resolved, certificateValidation: resolveCertificateValidation(check, domain, dns.certificateValidation) };
}

/**
 * `dns.certificateValidation.<cloud>`: for clouds whose certificates need
 * records in every copy (`CloudPlugin.dnsInputSources.certificateValidation`),
 * 1-20 CNAMEs `{ name: "_<token>.<name at or below domain>", value: <host name> }`.
 */
function resolveCertificateValidation(check: FieldChecker, domain: string, raw: unknown): DnsModel["certificateValidation"] {
  const clouds = CLOUD_NAMES.filter((c) => cloudPlugin(c).dnsInputSources.certificateValidation !== undefined);
  const byCloud = check.optional(raw, {} as PlainObject, (v) => check.object("dns.certificateValidation", v, clouds));
  const out: { [C in CloudName]?: CertificateValidationRecord[] } = {};
  for (const cloud of clouds) {
    if (byCloud[cloud] === undefined) continue;
    const field = `dns.certificateValidation.${cloud}`;
    out[cloud] = check.attempt(
      () =>
        check.array(field, byCloud[cloud], 1, 20).map((entry, i) => {
          const record = check.object(`${field}[${i}]`, entry, ["name", "value"]);
          const bare = (f: string, v: unknown, allowed: string): string => check.literal(`${field}[${i}].${f}`, v, allowed).toLowerCase().replace(/\.$/, "");
          const nameAllowed = `a validation record name _<token>.<name>, <name> being ${domain} or a name below it (the output's resource_record_name)`;
          const name = bare("name", record.name, nameAllowed);
          const m = /^_[a-z0-9-]+\.(.+)$/.exec(name);
          if (!m || !isHostname(m[1], 2) || !(m[1] === domain || m[1].endsWith(`.${domain}`))) check.fail(`${field}[${i}].name`, record.name, nameAllowed);
          const valueAllowed = "the CNAME target, a host name such as _<token>.<id>.acm-validations.aws (the output's resource_record_value)";
          const value = bare("value", record.value, valueAllowed);
          if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(value)) check.fail(`${field}[${i}].value`, record.value, valueAllowed);
          return { name, value };
        }),
      [],
    );
  }
  return out;
}
