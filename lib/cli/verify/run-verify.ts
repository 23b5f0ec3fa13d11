import { lookup, resolveNs } from "dns/promises";
import { isIP } from "net";
import { SynthesizedStack } from "../../terraform/terraform-json";
import { buildDnsZoneView } from "../../dns/build-zone-view";
import { DnsZoneCopy } from "../../dns/zone-view";
import { checkDnsCopies } from "./dns-checks";
import { NameServerAddress, queryNameServer } from "./dns-query";
import { endpointTargets } from "./endpoint-targets";
import { probeHttps } from "./https-probe";
import { LiveAnswer, classifyResponse } from "./live-answer";
import { discoverNameServers } from "./name-server-discovery";
import { VerifyOptions } from "./options";
import { VerifyResult } from "./report";

/** The parts of {@link VerifyOptions} that {@link runVerify} uses, with CA files already read. */
export type RunVerifyOptions = Pick<VerifyOptions, "nameServers" | "connectTo" | "timeoutMs" | "minCertificateDays" | "skipDns" | "skipHttps"> & {
  /** PEM text of extra trusted CAs. */
  readonly ca: readonly string[];
  /** Current time, for certificate expiry. */
  readonly now?: Date;
};

/** Runs the DNS and HTTPS checks of `dualcloud verify` against the deployment of these synthesized stacks. */
export async function runVerify(stacks: readonly SynthesizedStack[], options: RunVerifyOptions): Promise<VerifyResult> {
  const view = buildDnsZoneView(stacks);
  const given = options.nameServers;
  const missing = view.copies.some((c) => !given[c.provider]?.length);
  const found = missing && !options.skipDns ? await discoverNameServers(view, (zone) => resolveNs(zone)) : {};
  const servers = new Map<string, NameServerAddress[]>();
  const nameServers: Record<string, string[]> = {};
  for (const provider of new Set(view.copies.map((c) => c.provider))) {
    const list = given[provider]?.length ? given[provider] : (found[provider] ?? []).map((host) => ({ host, port: 53 }));
    const resolved = await Promise.all((list ?? []).map(async (s) => ({ address: await addressOf(s.host).catch(() => ""), port: s.port, name: s.host })));
    servers.set(provider, resolved.filter((s) => s.address !== ""));
    nameServers[provider] = resolved.map((s) => `${s.name}${s.address && s.address !== s.name ? ` (${s.address})` : ""}${s.port === 53 ? "" : `:${s.port}`}`);
  }
  const ask = async (copy: DnsZoneCopy, name: string, type: string): Promise<LiveAnswer | undefined> => {
    const list = servers.get(copy.provider);
    if (!list || list.length === 0) return undefined;
    let last: LiveAnswer = { kind: "error", message: "no name server answered" };
    for (const server of list) {
      try {
        return classifyResponse(await queryNameServer(server, name, type, options.timeoutMs), name, type);
      } catch (e) {
        last = { kind: "error", message: (e as Error).message };
      }
    }
    return last;
  };
  const dns = options.skipDns ? undefined : await checkDnsCopies(view, ask);

  const https = [];
  if (!options.skipHttps) {
    const probeOptions = {
      connectionFor: async (host: string, port: number) => {
        const to = options.connectTo[`${host}:${port}`];
        return to ? { address: await addressOf(to.host), port: to.port } : { address: await addressOf(host), port };
      },
      ca: options.ca,
      timeoutMs: options.timeoutMs,
      minCertificateDays: options.minCertificateDays,
      now: options.now ?? new Date(),
    };
    for (const target of endpointTargets(stacks, view)) {
      for (const name of target.serverNames) https.push(await probeHttps(target, name, probeOptions));
    }
  }
  return { nameServers, dns, https };
}

async function addressOf(host: string): Promise<string> {
  return isIP(host) ? host : (await lookup(host)).address;
}
