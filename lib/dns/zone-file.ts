import { DnsViewRecord, DnsViewValue, DnsZoneCopy, UnknownDnsValue, absoluteName, describeDnsValue, isUnknownDnsValue } from "./zone-view";

/** Which part of a record an unknown value stands for. */
export type ZoneFileField = "name" | "type" | "ttl" | "value";

/** Options of {@link renderZoneFile}. */
export interface ZoneFileOptions {
  /** The apex NS set to write (a master file needs one; the provider manages the real one). */
  readonly nameServers: readonly string[];
  /**
   * Text for a value known only after an apply (a test address, a test
   * token). Returning undefined leaves the whole record out, as a comment.
   * @default - every record with an unknown part is left out, as a comment
   */
  readonly resolveUnknown?: (value: UnknownDnsValue, record: DnsViewRecord, field: ZoneFileField) => string | undefined;
  /**
   * The answer a static server gives for a routed (`one-of`) RRset.
   * @default - the first possible answer
   */
  readonly pick?: (record: DnsViewRecord) => DnsViewValue;
  /**
   * SOA serial.
   * @default 1
   */
  readonly serial?: number;
  /**
   * Negative-caching TTL and `$TTL` of the file.
   * @default 300
   */
  readonly defaultTtl?: number;
  /**
   * Extra master-file lines appended as written (e.g. glue addresses of in-zone name servers).
   * @default - none
   */
  readonly extraLines?: readonly string[];
}

/**
 * Renders one zone copy of the view as an RFC 1035 master file: SOA and apex
 * NS from the options, then every record with absolute owner names. Routed
 * RRsets serve one answer (see {@link ZoneFileOptions.pick}); TXT values are
 * quoted and split into 255-byte strings.
 *
 * @example
 * writeFileSync("route53.zone", renderZoneFile(copy, { nameServers: ["ns1.test."], resolveUnknown: () => "127.0.0.1" }));
 */
export function renderZoneFile(copy: DnsZoneCopy, options: ZoneFileOptions): string {
  if (options.nameServers.length === 0) throw new Error(`renderZoneFile(${copy.zone}): nameServers must list at least one name server`);
  const ttl = options.defaultTtl ?? 300;
  const ns = options.nameServers.map(absoluteName);
  const lines = [
    `; ${copy.provider} copy of ${copy.zone}, rendered by dualcloud from the synthesized stacks`,
    `$ORIGIN ${copy.zone}`,
    `$TTL ${ttl}`,
    `${copy.zone} 3600 IN SOA ${ns[0]} hostmaster.${copy.zone} ${options.serial ?? 1} 3600 600 604800 ${ttl}`,
    ...ns.map((n) => `${copy.zone} 3600 IN NS ${n}`),
  ];
  for (const record of copy.records) lines.push(...renderRecord(record, options, ttl));
  lines.push(...(options.extraLines ?? []));
  return `${lines.join("\n")}\n`;
}

function renderRecord(record: DnsViewRecord, options: ZoneFileOptions, defaultTtl: number): string[] {
  const missing: string[] = [];
  const text = (value: DnsViewValue | number, field: ZoneFileField): string => {
    if (!isUnknownDnsValue(value)) return String(value);
    const resolved = options.resolveUnknown?.(value, record, field);
    if (resolved === undefined) missing.push(`${field} ${describeDnsValue(value)}`);
    return resolved ?? "";
  };
  const name = absoluteName(text(record.name, "name"));
  const type = text(record.type, "type").toUpperCase();
  const ttl = isUnknownDnsValue(record.ttl) ? (options.resolveUnknown?.(record.ttl, record, "ttl") ?? String(defaultTtl)) : String(record.ttl);
  const served = record.answers === "one-of" && record.values.length > 1 ? [options.pick?.(record) ?? record.values[0]] : record.values;
  const values = served.map((v) => text(v, "value"));
  const header = `; ${record.sources.join(", ")}${record.answers === "one-of" ? `; one of: ${record.values.map((v) => describeDnsValue(v)).join(", ")}` : ""}`;
  if (missing.length > 0) return [`; left out, known only after an apply (${missing.join("; ")}): ${record.sources.join(", ")}`];
  return [header, ...values.map((v) => `${name} ${ttl} IN ${type} ${rdata(type, v)}`)];
}

/** RDATA in master-file syntax: names absolute, TXT quoted in strings of at most 255 bytes. */
function rdata(type: string, value: string): string {
  if (type === "CNAME" || type === "NS" || type === "PTR") return absoluteName(value);
  if (type !== "TXT" && type !== "SPF") return value;
  if (/^".*"$/.test(value.trim())) return value.trim();
  const chunks: string[] = [];
  for (let i = 0; i < value.length || i === 0; i += 255) chunks.push(value.slice(i, i + 255));
  return chunks.map((c) => `"${c.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(" ");
}
