import { DNS_PROVIDERS, DnsProvider } from "../../dns/zone-view";
import { DnsCheckResult, displayName } from "./dns-checks";
import { HttpsProbeResult } from "./https-probe";
import { describeLiveAnswer } from "./live-answer";

/** Everything `dualcloud verify` found. */
export interface VerifyResult {
  /** The name servers asked, by provider (`--ns`, else found in the app's delegations and the zones' public NS sets). */
  readonly nameServers?: Readonly<Record<string, readonly string[]>>;
  /** DNS questions and answers; undefined when skipped. */
  readonly dns?: DnsCheckResult;
  /** One HTTPS fetch per endpoint and name. */
  readonly https: readonly HttpsProbeResult[];
}

/** Every problem of a result, DNS first; empty means the deployment answers as the app intends. */
export function verifyProblems(result: VerifyResult): string[] {
  return [...(result.dns?.problems ?? []), ...(result.dns?.rows.flatMap((r) => r.problems) ?? []), ...result.https.flatMap((h) => h.problems)];
}

/** Column width limit of the tables; longer cells end with `…`. */
const CELL_WIDTH = 60;

/** Lays out rows as a left-aligned text table with a header, cells cut at {@link CELL_WIDTH}. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cut = (s: string): string => (s.length > CELL_WIDTH ? `${s.slice(0, CELL_WIDTH - 1)}…` : s);
  const all = [header, ...rows].map((r) => r.map(cut));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  ")).join("\n");
}

/** The compact report: a DNS table per zone, an HTTPS table, the problems, and a last line `verify: ok` or `verify: <n> problems`. */
export function formatVerifyReport(result: VerifyResult): string {
  const parts: string[] = [];
  if (result.dns) {
    const asked = Object.entries(result.nameServers ?? {}).map(([p, list]) => `${p} ${list.length > 0 ? list.join(", ") : "none"}`);
    if (asked.length > 0) parts.push(`name servers: ${asked.join("; ")}`, "");
    for (const zone of [...new Set(result.dns.rows.map((r) => r.zone))]) {
      const rows = result.dns.rows.filter((r) => r.zone === zone);
      const providers = DNS_PROVIDERS.filter((p) => rows.some((r) => r.answers[p] !== undefined));
      parts.push(`DNS ${displayName(zone)}`);
      parts.push(
        formatTable(
          ["name", "type", ...providers, "result"],
          rows.map((r) => [displayName(r.name), r.type, ...providers.map((p: DnsProvider) => shortAnswer(r.answers[p], zone)), r.problems.length === 0 ? "ok" : "FAIL"]),
        ),
      );
      parts.push("");
    }
    if (result.dns.unchecked.length > 0) parts.push(`not asked (name known only after an apply): ${result.dns.unchecked.length}`, ...result.dns.unchecked.map((u) => `  ${u}`), "");
  }
  if (result.https.length > 0) {
    parts.push("HTTPS");
    parts.push(
      formatTable(
        ["endpoint", "name", "address", "status", "latency", "certificate", "expires", "result"],
        result.https.map((h) => [
          h.target.datacentre ?? h.target.host,
          h.serverName,
          h.address ?? "-",
          h.status === undefined ? "-" : String(h.status),
          h.latencyMs === undefined ? "-" : `${Math.round(h.latencyMs)} ms`,
          h.certificate ? h.certificate.names.join(",") : "-",
          h.certificate ? h.certificate.validTo.toISOString().slice(0, 10) : "-",
          h.problems.length === 0 ? "ok" : "FAIL",
        ]),
      ),
    );
    parts.push("");
  }
  const problems = verifyProblems(result);
  if (problems.length > 0) parts.push(`problems (${problems.length}):`, ...problems.map((p) => `  - ${p}`));
  parts.push(problems.length === 0 ? "verify: ok" : `verify: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  return parts.join("\n");
}

/** A live answer for a table cell: names shortened relative to the zone. */
function shortAnswer(answer: Parameters<typeof describeLiveAnswer>[0], zone: string): string {
  return describeLiveAnswer(answer).split(`.${zone}`).join("");
}
