import { request } from "https";
import { PeerCertificate, TLSSocket, checkServerIdentity, rootCertificates } from "tls";
import { EndpointTarget } from "./endpoint-targets";

/** The certificate an endpoint served. */
export interface ServedCertificate {
  /** DNS names it covers (subjectAltName, else the subject CN). */
  readonly names: readonly string[];
  /** End of validity. */
  readonly validTo: Date;
  /** Issuer common name or organisation. */
  readonly issuer: string;
}

/** One HTTPS fetch of an endpoint's health path with one SNI name. */
export interface HttpsProbeResult {
  /** The endpoint fetched. */
  readonly target: EndpointTarget;
  /** SNI and Host name used. */
  readonly serverName: string;
  /** Address connected to (with the port when it is not the endpoint's). */
  readonly address?: string;
  /** HTTP status. */
  readonly status?: number;
  /** Milliseconds from the start of the connection to the response headers. */
  readonly latencyMs?: number;
  /** The certificate served. */
  readonly certificate?: ServedCertificate;
  /** Problems; empty when the endpoint answered 2xx with a trusted, current certificate covering the name. */
  readonly problems: readonly string[];
}

/** How {@link probeHttps} connects. */
export interface HttpsProbeOptions {
  /** Where to connect for a host and port (curl's `--resolve` or `--connect-to`, else the system resolver and the same port). */
  readonly connectionFor: (host: string, port: number) => Promise<{ readonly address: string; readonly port: number }>;
  /** Extra trusted CA certificates (PEM), on top of Node's. */
  readonly ca?: readonly string[];
  /** Give up after this many milliseconds. */
  readonly timeoutMs: number;
  /** A certificate expiring within this many days is a problem. */
  readonly minCertificateDays: number;
  /** The current time, for expiry. */
  readonly now: Date;
}

/**
 * Fetches `https://<serverName>:<port><path>` from the endpoint's address,
 * with `serverName` as SNI and Host, and checks the status (2xx), the
 * certificate's trust chain, its names and its expiry.
 */
export async function probeHttps(target: EndpointTarget, serverName: string, options: HttpsProbeOptions): Promise<HttpsProbeResult> {
  const base = { target, serverName };
  let address: string;
  let port: number;
  try {
    ({ address, port } = await options.connectionFor(target.host, target.port));
  } catch (e) {
    return { ...base, problems: [`${serverName} via ${target.host}: cannot resolve ${target.host}: ${(e as Error).message}`] };
  }
  const where = serverName === target.host ? target.host : `${serverName} via ${target.host}`;
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = request(
      {
        host: address,
        port,
        path: target.path,
        method: "GET",
        servername: serverName,
        headers: { host: target.port === 443 ? serverName : `${serverName}:${target.port}`, "user-agent": "dualcloud-verify" },
        rejectUnauthorized: false,
        ...(options.ca && options.ca.length > 0 ? { ca: [...rootCertificates, ...options.ca] } : {}),
        agent: false,
        timeout: options.timeoutMs,
      },
      (res) => {
        const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
        const shown = port === target.port ? address : `${address}:${port}`;
        const socket = res.socket as TLSSocket;
        const peer = socket.getPeerCertificate();
        const problems: string[] = [];
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) problems.push(`${where}: GET ${target.path} returned ${status}, expected 2xx`);
        const certificate = peer && peer.raw ? describeCertificate(peer) : undefined;
        if (!certificate) problems.push(`${where}: no certificate`);
        else {
          // Node also reports a name mismatch here; that is the next check's message.
          if (!socket.authorized && String(socket.authorizationError) !== "ERR_TLS_CERT_ALTNAME_INVALID") problems.push(`${where}: certificate not trusted (${String(socket.authorizationError)})`);
          const identity = checkServerIdentity(serverName, peer);
          if (identity) problems.push(`${where}: certificate does not cover ${serverName} (it covers ${certificate.names.join(", ") || "no DNS name"})`);
          const days = (certificate.validTo.getTime() - options.now.getTime()) / 86_400_000;
          if (days < 0) problems.push(`${where}: certificate expired on ${certificate.validTo.toISOString().slice(0, 10)}`);
          else if (days < options.minCertificateDays) problems.push(`${where}: certificate expires in ${Math.floor(days)} days (${certificate.validTo.toISOString().slice(0, 10)})`);
        }
        res.resume();
        res.on("end", () => resolve({ ...base, address: shown, status, latencyMs, certificate, problems }));
        res.on("error", () => resolve({ ...base, address: shown, status, latencyMs, certificate, problems }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no response within ${options.timeoutMs} ms`)));
    req.on("error", (e) => resolve({ ...base, address, problems: [`${where}: ${e.message} (${address}:${port})`] }));
    req.end();
  });
}

function describeCertificate(peer: PeerCertificate): ServedCertificate {
  const san = (peer.subjectaltname ?? "")
    .split(/,\s*/)
    .filter((s) => s.startsWith("DNS:"))
    .map((s) => s.slice(4));
  const cn = typeof peer.subject?.CN === "string" ? [peer.subject.CN] : [];
  const issuer = peer.issuer?.CN ?? peer.issuer?.O ?? "";
  return { names: san.length > 0 ? san : cn, validTo: new Date(peer.valid_to), issuer: String(issuer) };
}
