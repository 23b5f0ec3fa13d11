import { DnsProvider, DnsViewRecord, DnsZoneCopy, DnsZoneView, delegationOf, describeDnsValue, recordsAt } from "../../dns/zone-view";
import { LiveAnswer, describeLiveAnswer } from "./live-answer";

/** Asks one copy's name server a question; undefined when no name server is known for the copy. */
export type AskCopy = (copy: DnsZoneCopy, name: string, type: string) => Promise<LiveAnswer | undefined>;

/** One question asked of every copy of a zone, with what each answered and what is wrong. */
export interface DnsCheckRow {
  /** Zone apex of the copies asked. */
  readonly zone: string;
  /** Name asked (absolute). */
  readonly name: string;
  /** Type asked. */
  readonly type: string;
  /** What each copy's name server answered (absent: not asked). */
  readonly answers: Partial<Record<DnsProvider, LiveAnswer>>;
  /** Problems found; empty when the copies answer as the app intends. */
  readonly problems: readonly string[];
}

/** The result of {@link checkDnsCopies}. */
export interface DnsCheckResult {
  /** One row per name and type. */
  readonly rows: readonly DnsCheckRow[];
  /** Problems not tied to one question, e.g. a copy with no name server to ask. */
  readonly problems: readonly string[];
  /** Records that could not be asked for because their name is known only after an apply. */
  readonly unchecked: readonly string[];
}

/** `orders.example.com.` -> `orders.example.com`, for messages. */
export function displayName(name: string): string {
  return name.endsWith(".") && name.length > 1 ? name.slice(0, -1) : name;
}

/**
 * Asks each copy's name server for every known name of the view and
 * compares: each copy against the records the app writes into it, and the
 * copies of one zone against each other (a name one copy answers and another
 * does not; different answers where the app intends the same RRset).
 */
export async function checkDnsCopies(view: DnsZoneView, ask: AskCopy): Promise<DnsCheckResult> {
  const rows: DnsCheckRow[] = [];
  const problems: string[] = [];
  const unchecked: string[] = [];
  const zones = [...new Set(view.copies.map((c) => c.zone))];
  for (const zone of zones) {
    const group = view.copies.filter((c) => c.zone === zone);
    const probe = await Promise.all(group.map((c) => ask(c, c.zone, "SOA")));
    group.forEach((c, i) => {
      if (probe[i] === undefined) problems.push(`no name server given or found for the ${c.provider} copy of ${displayName(zone)} (--ns ${c.provider}=<address>[:port])`);
      else if (probe[i]?.kind === "error") problems.push(`the ${c.provider} name server does not serve ${displayName(zone)}: ${describeLiveAnswer(probe[i])}`);
    });
    for (const c of group) {
      for (const r of c.records) {
        if (typeof r.name === "string") continue;
        const stacks = [...new Set(r.sources.map((s) => s.slice(0, s.indexOf(":"))))].join(", ");
        unchecked.push(`${c.provider} ${displayName(zone)}: ${r.name.note ?? r.name.unknown} (${stacks})`);
      }
    }
    const names = [...new Set(group.flatMap((c) => c.records.map((r) => r.name)).filter((n): n is string => typeof n === "string"))];
    for (const name of names) {
      const types = [...new Set(group.flatMap((c) => recordsAt(c, name).map((r) => String(r.type))))];
      if (types.length === 0) types.push("NS");
      for (const type of types) rows.push(await checkQuestion(group, name, type, ask));
    }
  }
  return { rows, problems, unchecked };
}

async function checkQuestion(group: readonly DnsZoneCopy[], name: string, type: string, ask: AskCopy): Promise<DnsCheckRow> {
  const answers: Partial<Record<DnsProvider, LiveAnswer>> = {};
  const problems: string[] = [];
  const expectedIn = (c: DnsZoneCopy): DnsViewRecord | undefined => {
    const at = recordsAt(c, name);
    return at.find((r) => r.type === type) ?? at.find((r) => r.type === "CNAME");
  };
  const holders = group.filter((c) => expectedIn(c) !== undefined || delegationOf(c, name) !== undefined);
  // Every copy must resolve a name clients use; routing internals and delegation points themselves stay in their copy.
  const publicName = group.some((c) => recordsAt(c, name).some((r) => !r.routingInternal));
  for (const copy of group) {
    const expected = expectedIn(copy);
    const delegation = delegationOf(copy, name);
    if (!expected && recordsAt(copy, name).length > 0) continue; // the copy holds the name with another type: asked in that type's row
    if (!expected && !delegation && !publicName) continue;
    const live = await ask(copy, name, type);
    if (!live) continue;
    answers[copy.provider] = live;
    const where = `${copy.provider}: ${displayName(name)} ${type}`;
    if (expected) {
      problems.push(...compareRecord(where, expected, live));
    } else if (delegation) {
      const ns = delegation.values.map((v) => describeDnsValue(v)).sort();
      if (live.kind !== "referral") problems.push(`${where}: expected a delegation to ${ns.join(", ")}, got ${describeLiveAnswer(live)}`);
      else if (live.nameServers.join(",") !== ns.join(",")) problems.push(`${where}: delegated to ${live.nameServers.join(", ")}, expected ${ns.join(", ")}`);
    } else {
      const others = holders.map((c) => c.provider).join(", ");
      const liveText = live.kind === "answer" ? `, though it answers ${describeLiveAnswer(live)}` : "";
      problems.push(`${where}: only in ${others}; the app writes no such record into the ${copy.provider} copy${liveText}`);
    }
  }
  problems.push(...crossCopyDifferences(group, name, type, answers, expectedIn));
  return { zone: group[0].zone, name, type, answers, problems };
}

/** Problems of one live answer against the record the app writes. */
export function compareRecord(where: string, expected: DnsViewRecord, live: LiveAnswer): string[] {
  if (live.kind !== "answer") {
    const what = live.kind === "nxdomain" ? "the name does not exist (NXDOMAIN)" : live.kind === "nodata" ? "no record of this type (NODATA)" : describeLiveAnswer(live);
    return [`${where}: missing, ${what}; expected ${describeExpected(expected)}`];
  }
  const out: string[] = [];
  if (typeof expected.type === "string" && live.type !== expected.type) out.push(`${where}: answers ${describeLiveAnswer(live)}; expected ${describeExpected(expected)}`);
  const known = expected.values.filter((v): v is string => typeof v === "string");
  const allKnown = known.length === expected.values.length;
  if (out.length === 0 && expected.answers === "all") {
    const missing = known.filter((v) => !live.values.includes(v));
    const extra = allKnown ? live.values.filter((v) => !known.includes(v)) : [];
    if (missing.length > 0 || extra.length > 0) out.push(`${where}: answers ${live.values.join(", ")}; expected ${describeExpected(expected)}`);
  } else if (out.length === 0 && allKnown) {
    const foreign = live.values.filter((v) => !known.includes(v));
    if (foreign.length > 0) out.push(`${where}: answers ${foreign.join(", ")}, not one of ${known.join(", ")}`);
  }
  if (typeof expected.ttl === "number" && live.ttl !== expected.ttl) out.push(`${where}: TTL ${live.ttl}, expected ${expected.ttl}`);
  return out;
}

function describeExpected(r: DnsViewRecord): string {
  const values = r.values.map((v) => describeDnsValue(v)).join(", ");
  return `${describeDnsValue(r.type)} ${r.answers === "one-of" ? `one of ${values}` : values}`;
}

/** Where two copies are meant to hold the same RRset (same type, same values as written), their live answers must agree. */
function crossCopyDifferences(
  group: readonly DnsZoneCopy[],
  name: string,
  type: string,
  answers: Partial<Record<DnsProvider, LiveAnswer>>,
  expectedIn: (c: DnsZoneCopy) => DnsViewRecord | undefined,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i], group[j]];
      const [ea, eb] = [expectedIn(a), expectedIn(b)];
      const [la, lb] = [answers[a.provider], answers[b.provider]];
      if (!ea || !eb || la?.kind !== "answer" || lb?.kind !== "answer") continue;
      if (ea.answers !== "all" || eb.answers !== "all" || ea.type !== eb.type) continue;
      if (la.values.join(",") !== lb.values.join(",")) {
        out.push(`${displayName(name)} ${type}: the copies differ: ${a.provider} answers ${la.values.join(", ")}, ${b.provider} answers ${lb.values.join(", ")}`);
      }
    }
  }
  return out;
}
