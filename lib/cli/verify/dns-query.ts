import { createSocket } from "dgram";
import { isIPv6, Socket } from "net";
import * as packet from "dns-packet";
import { absoluteName } from "../../dns/zone-view";

/** A name server to query directly: an IP address and a port. */
export interface NameServerAddress {
  /** IPv4 or IPv6 address. */
  readonly address: string;
  /** UDP and TCP port. */
  readonly port: number;
}

/** One resource record of a response, with its data as text (names absolute, TXT strings joined). */
export interface DnsRecordText {
  /** Owner name, absolute, lower case. */
  readonly name: string;
  /** Record type, e.g. `CNAME`. */
  readonly type: string;
  /** TTL in seconds. */
  readonly ttl: number;
  /** RDATA as text. */
  readonly data: string;
}

/** What a name server answered, section by section. */
export interface DnsResponse {
  /** Response code, e.g. `NOERROR`, `NXDOMAIN`, `REFUSED`. */
  readonly rcode: string;
  /** The AA flag: the server answered from a zone it serves. */
  readonly authoritative: boolean;
  /** Answer section. */
  readonly answers: readonly DnsRecordText[];
  /** Authority section (SOA for a negative answer, NS for a referral). */
  readonly authorities: readonly DnsRecordText[];
}

/**
 * Sends one non-recursive query (RD clear) straight to `server` over UDP,
 * and again over TCP when the answer is truncated.
 */
export async function queryNameServer(server: NameServerAddress, name: string, type: string, timeoutMs: number): Promise<DnsResponse> {
  const query: packet.Packet = { type: "query", id: Math.floor(Math.random() * 65535), flags: 0, questions: [{ type: type as packet.RecordType, name: name.replace(/\.$/, "") }] };
  const udp = await viaUdp(server, packet.encode(query), timeoutMs);
  const decoded = udp.flag_tc ? await viaTcp(server, packet.streamEncode(query), timeoutMs) : udp;
  return {
    rcode: decoded.rcode ?? "NOERROR",
    authoritative: decoded.flag_aa === true,
    answers: (decoded.answers ?? []).map(recordText),
    authorities: (decoded.authorities ?? []).map(recordText),
  };
}

type Decoded = packet.DecodedPacket & { rcode?: string; flag_aa?: boolean; flag_tc?: boolean };

function viaUdp(server: NameServerAddress, message: Buffer, timeoutMs: number): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    const socket = createSocket(isIPv6(server.address) ? "udp6" : "udp4");
    const timer = setTimeout(() => finish(new Error(`no answer from ${server.address}:${server.port} within ${timeoutMs} ms`)), timeoutMs);
    const finish = (error?: Error, answer?: Decoded): void => {
      clearTimeout(timer);
      socket.close();
      if (error) reject(error);
      else resolve(answer as Decoded);
    };
    socket.on("error", (e) => finish(e));
    socket.on("message", (m) => {
      try {
        finish(undefined, packet.decode(m) as Decoded);
      } catch (e) {
        finish(e as Error);
      }
    });
    socket.send(message, server.port, server.address);
  });
}

function viaTcp(server: NameServerAddress, message: Buffer, timeoutMs: number): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let buffered = Buffer.alloc(0);
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no TCP answer from ${server.address}:${server.port} within ${timeoutMs} ms`)));
    socket.on("error", reject);
    socket.on("data", (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        socket.end();
        try {
          resolve(packet.streamDecode(buffered) as Decoded);
        } catch (e) {
          reject(e as Error);
        }
      }
    });
    socket.connect(server.port, server.address, () => socket.write(message));
  });
}

function recordText(answer: packet.Answer): DnsRecordText {
  const a = answer as { name: string; type: string; ttl?: number; data?: unknown };
  return { name: absoluteName(a.name), type: a.type, ttl: a.ttl ?? 0, data: dataText(a.type, a.data) };
}

function dataText(type: string, data: unknown): string {
  if (type === "CNAME" || type === "NS" || type === "PTR" || type === "DNAME") return absoluteName(String(data));
  if (type === "TXT") return (Array.isArray(data) ? data : [data]).map((d) => (Buffer.isBuffer(d) ? d.toString("utf8") : String(d))).join("");
  if (typeof data === "string") return data;
  const o = (data ?? {}) as Record<string, unknown>;
  if (type === "MX") return `${String(o.preference)} ${absoluteName(String(o.exchange))}`;
  if (type === "SRV") return `${String(o.priority)} ${String(o.weight)} ${String(o.port)} ${absoluteName(String(o.target))}`;
  if (type === "CAA") return `${String(o.flags)} ${String(o.tag)} ${JSON.stringify(o.value)}`;
  if (type === "SOA") return `${String(o.mname)} ${String(o.rname)} ${String(o.serial)}`;
  return JSON.stringify(data);
}
