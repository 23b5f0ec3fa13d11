import { isIP } from "net";
import { DnsProvider } from "../../dns/zone-view";

/** Options of `dualcloud verify`, parsed. */
export interface VerifyOptions {
  /** Synthesized output to read (`cdktf.out`). */
  readonly out: string;
  /** App command to synthesize into a temporary directory first, instead of reading `out`. */
  readonly app?: string;
  /** Name servers to query, by provider, `host:port` each. */
  readonly nameServers: Readonly<Partial<Record<DnsProvider, readonly HostPort[]>>>;
  /** curl-style overrides (`--resolve`, `--connect-to`): `<host>:<port>` -> the address and port to connect to instead. */
  readonly connectTo: Readonly<Record<string, HostPort>>;
  /** PEM files of extra trusted CAs. */
  readonly caFiles: readonly string[];
  /** Per-query and per-request timeout. */
  readonly timeoutMs: number;
  /** A certificate expiring sooner than this is a problem. */
  readonly minCertificateDays: number;
  /** Print the result as JSON instead of tables. */
  readonly json: boolean;
  /** Skip the DNS part. */
  readonly skipDns: boolean;
  /** Skip the HTTPS part. */
  readonly skipHttps: boolean;
  /** Print usage and exit. */
  readonly help: boolean;
}

/** A host (name or IP address) and a port. */
export interface HostPort {
  /** Host name or IP address. */
  readonly host: string;
  /** Port. */
  readonly port: number;
}

/** An option `dualcloud verify` does not accept, or a malformed value; the message names the option, the value and what is allowed. */
export class VerifyUsageError extends Error {
  constructor(option: string, value: string, allowed: string) {
    super(`${option}: received ${JSON.stringify(value)}; allowed: ${allowed}`);
    this.name = "VerifyUsageError";
  }
}

/** Provider names and aliases accepted by `--ns`. */
const PROVIDER_ALIASES: Readonly<Record<string, DnsProvider>> = {
  route53: "route53",
  aws: "route53",
  "azure-dns": "azure-dns",
  azure: "azure-dns",
  "cloud-dns": "cloud-dns",
  gcp: "cloud-dns",
};

/** The usage text of `dualcloud verify`. */
export const VERIFY_USAGE = `usage: dualcloud verify [options]

Checks a deployed service from the outside: asks every DNS provider's name
servers directly for every name the app writes and compares the copies, then
fetches https://<endpoint><health path> of every datacentre.

  --out <dir>                  synthesized output to read (default: cdktf.out)
  --app <command>              synthesize with this app command first (e.g. "npx tsx main.ts")
  --ns <provider>=<host>[:port]  a name server of a provider copy: route53 (aws),
                               azure-dns (azure) or cloud-dns (gcp); repeatable (default port 53)
  --resolve <host>:<port>:<address>  connect to <address> for <host>:<port>, as curl does; repeatable
  --connect-to <host>:<port>:<connect-host>:<connect-port>  connect there instead, as curl does; repeatable
  --cacert <file>              also trust the CA certificates in this PEM file; repeatable
  --timeout <ms>               per DNS query and HTTPS request (default: 5000)
  --min-cert-days <days>       a certificate expiring sooner is a problem (default: 14)
  --skip-dns, --skip-https     leave out one part
  --json                       print the result as JSON
Exit status: 0 when every check passes, 1 on any problem, 2 on a usage error.`;

/** Parses `dualcloud verify` arguments. */
export function parseVerifyOptions(args: readonly string[]): VerifyOptions {
  const nameServers: Partial<Record<DnsProvider, HostPort[]>> = {};
  const connectTo: Record<string, HostPort> = {};
  const caFiles: string[] = [];
  let out = "cdktf.out";
  let app: string | undefined;
  let timeoutMs = 5000;
  let minCertificateDays = 14;
  const flags = { json: false, skipDns: false, skipHttps: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const eq = args[i].startsWith("--") ? args[i].indexOf("=") : -1;
    const opt = eq > 0 ? args[i].slice(0, eq) : args[i];
    const attached = eq > 0 ? args[i].slice(eq + 1) : undefined;
    const value = (): string => {
      if (attached !== undefined) return attached;
      const v = args[++i];
      if (v === undefined) throw new VerifyUsageError(opt, "", "a value after the option");
      return v;
    };
    switch (opt) {
      case "--out":
        out = value();
        break;
      case "--app":
        app = value();
        break;
      case "--ns": {
        const [provider, server] = parseNameServer(value());
        nameServers[provider] = [...(nameServers[provider] ?? []), server];
        break;
      }
      case "--resolve": {
        const v = value();
        const m = /^([^:\s]+):(\d{1,5}):(\[[0-9a-fA-F:.]+\]|[0-9.]+)$/.exec(v);
        const address = m?.[3].replace(/^\[(.*)\]$/, "$1");
        if (!m || !address || isIP(address) === 0 || !validPort(Number(m[2]))) throw new VerifyUsageError("--resolve", v, "<host>:<port>:<IP address>, e.g. us-east-1.aws.orders.example.com:443:127.0.0.1");
        connectTo[`${m[1].toLowerCase()}:${Number(m[2])}`] = { host: address, port: Number(m[2]) };
        break;
      }
      case "--connect-to": {
        const v = value();
        const m = /^([^:\s]+):(\d{1,5}):(\[[0-9a-fA-F:.]+\]|[^:\s[\]]+):(\d{1,5})$/.exec(v);
        if (!m || !validPort(Number(m[2])) || !validPort(Number(m[4]))) {
          throw new VerifyUsageError("--connect-to", v, "<host>:<port>:<connect-host>:<connect-port>, e.g. us-east-1.aws.orders.example.com:443:127.0.0.1:8443");
        }
        connectTo[`${m[1].toLowerCase()}:${Number(m[2])}`] = { host: m[3].replace(/^\[(.*)\]$/, "$1"), port: Number(m[4]) };
        break;
      }
      case "--cacert":
        caFiles.push(value());
        break;
      case "--timeout":
        timeoutMs = positiveInteger("--timeout", value(), "a whole number of milliseconds from 1 to 600000", 600_000);
        break;
      case "--min-cert-days":
        minCertificateDays = positiveInteger("--min-cert-days", value(), "a whole number of days from 0 to 3650", 3650, 0);
        break;
      case "--json":
        flags.json = true;
        break;
      case "--skip-dns":
        flags.skipDns = true;
        break;
      case "--skip-https":
        flags.skipHttps = true;
        break;
      case "--help":
      case "-h":
        flags.help = true;
        break;
      default:
        throw new VerifyUsageError("option", args[i], "one of --out, --app, --ns, --resolve, --connect-to, --cacert, --timeout, --min-cert-days, --skip-dns, --skip-https, --json, --help");
    }
  }
  return { out, app, nameServers, connectTo, caFiles, timeoutMs, minCertificateDays, ...flags };
}

/** `route53=127.0.0.1:5301`, `azure=[::1]:53`, `gcp=ns-cloud-a1.googledomains.com` -> provider and server. */
export function parseNameServer(text: string): [DnsProvider, HostPort] {
  const allowed = "<provider>=<host>[:port] with provider route53 (aws), azure-dns (azure) or cloud-dns (gcp), e.g. route53=127.0.0.1:5301";
  const eq = text.indexOf("=");
  const provider = PROVIDER_ALIASES[text.slice(0, eq).toLowerCase()];
  const server = text.slice(eq + 1);
  const m = /^\[([0-9a-fA-F:.]+)\](?::(\d{1,5}))?$/.exec(server) ?? /^([^:\s[\]]+)(?::(\d{1,5}))?$/.exec(server) ?? (isIP(server) === 6 ? [server, server, undefined] : null);
  const port = m?.[2] === undefined ? 53 : Number(m[2]);
  if (eq < 0 || !provider || !m || !validPort(port)) throw new VerifyUsageError("--ns", text, allowed);
  return [provider, { host: m[1], port }];
}

function validPort(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

function positiveInteger(option: string, text: string, allowed: string, max: number, min = 1): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new VerifyUsageError(option, text, allowed);
  return n;
}
