/**
 * How one cloud's DNS service names the name servers it assigns to a zone,
 * so `dns.nameServers.<cloud>` can be checked as a full set of them: a partial
 * set makes a delegation that answers only part of the time, a foreign one a
 * lame delegation (docs/dns.md cites each provider's naming).
 */
export interface NameServerSetRule {
  /** The DNS service, for messages, e.g. `Route 53`. */
  readonly service: string;
  /** How many name servers one zone gets. */
  readonly size: number;
  /** One name server: lower case, without the trailing dot. */
  readonly pattern: RegExp;
  /** What is allowed, for messages, e.g. `the 4 name servers of the hosted zone, ns-<n>.awsdns-<nn>.com/.net/.org/.co.uk, one of each`. */
  readonly allowed: string;
  /** A complete example set, for messages. */
  readonly example: readonly string[];
  /**
   * What makes names that each match `pattern` not one zone's set (e.g. two
   * on the same top-level domain), or undefined when they are.
   */
  setProblem(names: readonly string[]): string | undefined;
}

/**
 * Why `names` (lower case, without trailing dots) is not a full set under
 * `rule`, or undefined when it is.
 */
export function nameServerSetProblem(rule: NameServerSetRule, names: readonly string[]): string | undefined {
  const foreign = names.filter((n) => !rule.pattern.test(n));
  if (foreign.length > 0) return `${foreign.join(", ")} ${foreign.length === 1 ? "is not a" : "are not"} ${rule.service} name server${foreign.length === 1 ? "" : "s"}`;
  if (new Set(names).size !== names.length) return "a name server is listed twice";
  if (names.length !== rule.size) return `${names.length} of the ${rule.size} name servers ${rule.service} assigns to a zone; a partial set answers only part of the lookups`;
  return rule.setProblem(names);
}

/** The distinct values `key` takes over `names`, for set rules ("one of each", "all the same"). */
export function distinctKeys(names: readonly string[], key: (name: string) => string): Set<string> {
  return new Set(names.map(key));
}
