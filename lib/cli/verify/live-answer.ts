import { DnsResponse } from "./dns-query";

/** An authoritative RRset at the name: of the type asked, or a CNAME. */
export interface LiveRecords {
  /** Discriminant. */
  readonly kind: "answer";
  /** Type of the RRset (`CNAME` when the name is an alias). */
  readonly type: string;
  /** Lowest TTL of the RRset. */
  readonly ttl: number;
  /** Values as text, sorted. */
  readonly values: readonly string[];
}

/** A referral: the name is below a delegation to other name servers. */
export interface LiveReferral {
  /** Discriminant. */
  readonly kind: "referral";
  /** The delegated zone. */
  readonly zone: string;
  /** Its name servers, sorted. */
  readonly nameServers: readonly string[];
}

/** No record: the name does not exist (`nxdomain`) or has no record of the type asked (`nodata`). */
export interface LiveNoRecord {
  /** Discriminant. */
  readonly kind: "nxdomain" | "nodata";
}

/** No usable answer: a timeout, REFUSED (the server does not serve the zone), SERVFAIL. */
export interface LiveError {
  /** Discriminant. */
  readonly kind: "error";
  /** What went wrong. */
  readonly message: string;
}

/** How a name server answered one question, reduced to what `verify` compares. */
export type LiveAnswer = LiveRecords | LiveReferral | LiveNoRecord | LiveError;

/** Classifies a response to `<name> <type>` (name absolute, lower case). */
export function classifyResponse(response: DnsResponse, name: string, type: string): LiveAnswer {
  if (response.rcode === "NXDOMAIN") return { kind: "nxdomain" };
  if (response.rcode !== "NOERROR") return { kind: "error", message: response.rcode === "REFUSED" ? "REFUSED (the server does not serve this zone)" : response.rcode };
  const atName = response.answers.filter((r) => r.name === name);
  const cname = atName.filter((r) => r.type === "CNAME");
  const ofType = cname.length > 0 && type !== "CNAME" ? cname : atName.filter((r) => r.type === type);
  if (ofType.length > 0) {
    if (!response.authoritative) return { kind: "error", message: "answer without the AA flag (not authoritative)" };
    return { kind: "answer", type: ofType[0].type, ttl: Math.min(...ofType.map((r) => r.ttl)), values: [...new Set(ofType.map((r) => r.data))].sort() };
  }
  const ns = response.authorities.filter((r) => r.type === "NS");
  if (!response.authoritative && ns.length > 0) return { kind: "referral", zone: ns[0].name, nameServers: [...new Set(ns.map((r) => r.data))].sort() };
  if (response.authoritative) return { kind: "nodata" };
  return { kind: "error", message: "empty answer without the AA flag" };
}

/** A live answer in a few words, for the report: `CNAME a.example.com.`, `NXDOMAIN`, `delegated to ns1.example.net. +3`. */
export function describeLiveAnswer(answer: LiveAnswer | undefined): string {
  if (!answer) return "-";
  switch (answer.kind) {
    case "answer":
      return `${answer.type} ${answer.values.join(",")}`;
    case "referral":
      return `delegated to ${answer.nameServers[0]}${answer.nameServers.length > 1 ? ` +${answer.nameServers.length - 1}` : ""}`;
    case "nxdomain":
      return "NXDOMAIN";
    case "nodata":
      return "NODATA";
    case "error":
      return `error: ${answer.message}`;
  }
}
