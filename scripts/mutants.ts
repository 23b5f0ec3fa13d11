import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

/**
 * A small, dependency-free mutation check: each mutant is a text patch to one
 * line of lib/ (found by its exact text or a pattern, which must occur once in lib/), applied
 * to a temporary copy of the repository, and the jest files that should notice
 * run against it. A mutant is killed when jest fails. The working tree is never
 * touched. Run: `node --import tsx scripts/mutants.ts [--check] [ID...]`
 * (`--check` only verifies that every anchor is found once; IDs pick mutants).
 * The mutants are the 23 of the code review, F5-F6 for the open-connection bound and propagation, L1 for the location map
 * and E1-E2 for the egress allow-list (docs/safety.md, "Mutation check").
 */
export interface Mutant {
  /** Short ID from the code review, e.g. `F1`. */
  readonly id: string;
  /** The behaviour the mutant breaks. */
  readonly behaviour: string;
  /** Exact text, or a pattern, found once in lib/. */
  readonly find: string | RegExp;
  /** What replaces it (`$1`... for a pattern's groups). */
  readonly replace: string;
  /** Jest files (under test/) that should fail. */
  readonly tests: readonly string[];
}

const FAILOVER = ["failover-bound", "model-validation", "model-validation-fields", "route53-global-layer"];
const ONE_CLOUD = ["invariants", "gcp-invariants"];
const CAPACITY = ["capacity", "capacity-fix"];

/** The 23 mutants of the code review, §5.2, F5-F6 (issue #16, the failover model), L1 (issue #16, the location map) and E1-E2 (issue #18, egress). */
export const MUTANTS: readonly Mutant[] = [
  { id: "F1", behaviour: "failover bound: > becomes >=", find: "if (estimate.worstCaseSeconds > maxFailoverSeconds)", replace: "if (estimate.worstCaseSeconds >= maxFailoverSeconds)", tests: FAILOVER },
  { id: "F2", behaviour: "failover estimate: drop the Route 53 probe budget", find: "worstCaseSeconds: detect + ROUTE53_HTTPS_PROBE_SECONDS + ROUTE53_HEALTH_PROPAGATION_SECONDS + ttl,", replace: "worstCaseSeconds: detect + ROUTE53_HEALTH_PROPAGATION_SECONDS + ttl,", tests: FAILOVER },
  { id: "F3", behaviour: "failover bound: enforce only the Route 53 estimate", find: "for (const estimate of failoverEstimates(routing)) {", replace: "for (const estimate of failoverEstimates(routing).slice(0, 1)) {", tests: FAILOVER },
  { id: "F4", behaviour: "Traffic Manager profile tolerates failureThreshold failures (10 s slower than reported)", find: "toleratedNumberOfFailures: trafficManagerToleratedFailures(routing),", replace: "toleratedNumberOfFailures: routing.failureThreshold,", tests: ["traffic-manager-global"] },
  { id: "F5", behaviour: "open-connection bound: > becomes >= (a keep-alive exactly at the bound refused)", find: "} else if (bound.seconds > routing.maxFailoverSeconds) {", replace: "} else if (bound.seconds >= routing.maxFailoverSeconds) {", tests: FAILOVER },
  { id: "F6", behaviour: "failover estimate: drop the Traffic Manager health-status propagation allowance", find: "routing.probeTimeoutSeconds + propagation + routing.dnsTtlSeconds,", replace: "routing.probeTimeoutSeconds + routing.dnsTtlSeconds,", tests: FAILOVER },
  { id: "O1", behaviour: "one cloud per stack: ignore a resource's explicit other-cloud provider", find: "if (!providerOk(name)) finding(block.address,", replace: "if (name === undefined) finding(block.address,", tests: ONE_CLOUD },
  { id: "O2", behaviour: "one cloud per stack: a provider-less stack may mix two clouds", find: 'if (cloudsSeen.size > 1) finding("resource"', replace: 'if (cloudsSeen.size > 2) finding("resource"', tests: ONE_CLOUD },
  { id: "O3", behaviour: "one cloud per stack: skip required_providers", find: "for (const p of required) if (!providerOk(p))", replace: "for (const p of required.slice(required.length)) if (!providerOk(p))", tests: ONE_CLOUD },
  { id: "O4", behaviour: "one cloud per stack: treat remote (TFC) as a neutral backend", find: 'export const NEUTRAL_BACKENDS: readonly string[] = ["local"];', replace: 'export const NEUTRAL_BACKENDS: readonly string[] = ["local", "remote"];', tests: ONE_CLOUD },
  { id: "C1", behaviour: "CIDR overlap: only when the first block contains the second", find: "return a.contains(b) || b.contains(a);", replace: "return b.contains(a);", tests: ["cidr", "model-validation"] },
  { id: "C2", behaviour: "CIDR overlap: skip adjacent datacentres", find: "for (let j = 0; j < i; j++) {\n      if (overlaps(", replace: "for (let j = 0; j < i - 1; j++) {\n      if (overlaps(", tests: ["model-validation"] },
  { id: "C3", behaviour: "datacentre CIDR: accept public ranges", find: "|| !isPrivate(block)) check.fail(", replace: ") check.fail(", tests: ["model-validation"] },
  { id: "C4", behaviour: "Azure private-endpoint subnet overlaps the apps subnet", find: "2 ** (PRIVATE_ENDPOINT_SUBNET_PREFIX - CONTAINER_APPS_SUBNET_PREFIX))", replace: "2 ** (PRIVATE_ENDPOINT_SUBNET_PREFIX - CONTAINER_APPS_SUBNET_PREFIX) - 1)", tests: ["azure-datacentre"] },
  { id: "K1", behaviour: "capacity: cloud-loss survivors count drained datacentres", find: 'scenario("cloud", cloud, inRotation.filter((d) => d.cloud !== cloud))', replace: 'scenario("cloud", cloud, datacentres.filter((d) => d.cloud !== cloud))', tests: CAPACITY },
  { id: "K2", behaviour: "capacity: the first cloud's loss is never assessed", find: "...clouds.map((cloud: CloudName) =>", replace: "...clouds.slice(1).map((cloud: CloudName) =>", tests: CAPACITY },
  { id: "K3", behaviour: "capacity: a shortfall of one instance passes", find: "scenarios.filter((s) => s.shortfall > 0)", replace: "scenarios.filter((s) => s.shortfall > 1)", tests: CAPACITY },
  { id: "K4", behaviour: "capacity fix: the proposed minimum rounds instead of rounding up", find: "Math.ceil((peak - fixed) / moving.length)", replace: "Math.round((peak - fixed) / moving.length)", tests: CAPACITY },
  { id: "S1", behaviour: "stable addresses: a vanished stack is not reported", find: 'findings.push({ check: "stable-addresses", stack, message: "the stack is gone', replace: 'void ({ check: "stable-addresses", stack, message: "the stack is gone', tests: ["stable-addresses"] },
  { id: "S2", behaviour: "AWS construct ID log-group renamed", find: /CloudwatchLogGroup\((this|scope), "log-group"/, replace: 'CloudwatchLogGroup($1, "logs"', tests: ["goldens"] },
  { id: "S3", behaviour: "GCP construct ID log-bucket renamed", find: /LoggingProjectBucketConfig\((this|scope), "log-bucket"/, replace: 'LoggingProjectBucketConfig($1, "logs-bucket"', tests: ["goldens"] },
  { id: "S3b", behaviour: "GCP construct ID router renamed (replaces the Cloud Router and its NAT)", find: /ComputeRouter\((this|scope), "router"/, replace: 'ComputeRouter($1, "cloud-router"', tests: ["goldens"] },
  { id: "S4", behaviour: "region catalogue reordered (us-west-2's default VPC CIDR moves)", find: 'region("us-west-1", "north-america", 2, 37.4, -121.9),\n  region("us-west-2", "north-america", 3, 45.8, -119.7),', replace: 'region("us-west-2", "north-america", 3, 45.8, -119.7),\n  region("us-west-1", "north-america", 2, 37.4, -121.9),', tests: ["goldens"] },
  { id: "S5", behaviour: "name hash takes a different window (globally unique names change)", find: '.padStart(length, "0").slice(-length);', replace: '.padStart(length + 1, "0").slice(-length - 1, -1);', tests: ["goldens"] },
  { id: "P1", behaviour: "Azure container memory fixed at 0.5Gi", find: "memory: size.memory,", replace: 'memory: "0.5Gi",', tests: ["parity", "azure-datacentre"] },
  { id: "L1", behaviour: "location map: Traffic Manager places an endpoint at its own region instead of its row's Azure anchor", find: "endpointLocation: ep.nearestRegions.azure", replace: "endpointLocation: ep.cloud === \"azure\" ? ep.region.name : ep.nearestRegions.azure", tests: ["location-map", "traffic-manager-global"] },
  { id: "E1", behaviour: "egress allow-list: a declared AWS entry opens every port to its CIDR", find: "      fromPort: rule.fromPort,\n      toPort: rule.toPort,", replace: "      fromPort: 0,\n      toPort: 65535,", tests: ["egress-allow-list"] },
  { id: "E2", behaviour: "egress allow-list: the Azure NSG no longer denies the rest to the internet", find: 'outboundRule("deny-other-outbound-to-internet", OUTBOUND_DENY_PRIORITY, "Deny"', replace: 'outboundRule("deny-other-outbound-to-internet", OUTBOUND_DENY_PRIORITY, "Allow"', tests: ["egress-allow-list"] },
];

/** Every .ts file under `dir`, relative to `root`. */
function sources(root: string, dir = join(root, "lib")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(root, path);
    return e.name.endsWith(".ts") ? [relative(root, path)] : [];
  });
}

/** How often `find` occurs in `text`. */
function occurrences(text: string, find: string | RegExp): number {
  return typeof find === "string" ? text.split(find).length - 1 : [...text.matchAll(new RegExp(find.source, "g"))].length;
}

/** The one file of lib/ holding `find` once, or why there is none. */
function locate(root: string, find: string | RegExp): { file: string } | { problem: string } {
  const hits = sources(root).flatMap((file) => {
    const count = occurrences(readFileSync(join(root, file), "utf8"), find);
    return count > 0 ? [{ file, count }] : [];
  });
  if (hits.length === 1 && hits[0].count === 1) return { file: hits[0].file };
  return { problem: hits.length === 0 ? "anchor not found in lib/" : `anchor found ${hits.map((h) => `${h.count}x in ${h.file}`).join(", ")}` };
}

/** A copy of the tracked files of `root` (node_modules linked), for mutating safely. */
function copyRepository(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), "dualcloud-mutants-"));
  const listed = spawnSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  return copy;
}

/** Runs jest on test files in `cwd`; true when every test passed. */
function jestPasses(cwd: string, tests: readonly string[]): boolean {
  const files = tests.map((t) => `test/${t}.test.ts`);
  const run = spawnSync(process.execPath, [join(cwd, "node_modules", "jest", "bin", "jest.js"), "--maxWorkers=1", "--bail", "--silent", "--ci", ...files], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    timeout: 15 * 60 * 1000,
  });
  return run.status === 0;
}

function main(): void {
  const root = join(__dirname, "..");
  const args = process.argv.slice(2);
  const checkOnly = args.includes("--check");
  const ids = args.filter((a) => !a.startsWith("--"));
  const chosen = ids.length > 0 ? MUTANTS.filter((m) => ids.includes(m.id)) : MUTANTS;
  const located = chosen.map((m) => ({ mutant: m, at: locate(root, m.find) }));
  const broken = located.filter((l) => "problem" in l.at);
  for (const l of located) console.log(`${l.mutant.id.padEnd(4)} ${"file" in l.at ? l.at.file : `NOT APPLICABLE: ${l.at.problem}`}`);
  if (checkOnly) process.exit(broken.length > 0 ? 1 : 0);

  const copy = copyRepository(root);
  try {
    const allTests = [...new Set(located.flatMap((l) => l.mutant.tests))];
    console.log(`baseline: ${allTests.length} jest files on the unmutated copy`);
    if (!jestPasses(copy, allTests)) throw new Error("the baseline fails: fix the tests before measuring mutants");
    const results: { id: string; behaviour: string; verdict: "killed" | "SURVIVED" | "not applicable" }[] = [];
    for (const { mutant, at } of located) {
      if (!("file" in at)) {
        results.push({ id: mutant.id, behaviour: mutant.behaviour, verdict: "not applicable" });
        continue;
      }
      const path = join(copy, at.file);
      const original = readFileSync(path, "utf8");
      writeFileSync(path, original.replace(mutant.find, mutant.replace));
      try {
        const killed = !jestPasses(copy, mutant.tests);
        results.push({ id: mutant.id, behaviour: mutant.behaviour, verdict: killed ? "killed" : "SURVIVED" });
        console.log(`${mutant.id.padEnd(4)} ${killed ? "killed  " : "SURVIVED"} ${mutant.behaviour} (${mutant.tests.join(", ")})`);
      } finally {
        writeFileSync(path, original);
      }
    }
    const applicable = results.filter((r) => r.verdict !== "not applicable");
    const killed = applicable.filter((r) => r.verdict === "killed").length;
    console.log(`\nmutation score: ${killed}/${applicable.length} killed${results.length > applicable.length ? `, ${results.length - applicable.length} not applicable` : ""}`);
    const survivors = applicable.filter((r) => r.verdict === "SURVIVED");
    if (survivors.length > 0) {
      console.log(`survived: ${survivors.map((r) => r.id).join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

main();
