import fc from "fast-check";
import { Testing, Token } from "cdktf";
import { checkCapacity, expectedStackClouds, Finding, formatFindings, runStackChecks, synthesizeStacks } from "../lib/checks";
import { pendingDnsInputs } from "../lib/constructs/global/dns-inputs";
import { DualCloudService, DualCloudValidationError } from "../lib";
import { CLOUD_NAMES, CloudName, cloudPlugin, GLOBAL_LAYERS } from "../lib/clouds/registry";
import { SECRET_NAME_PATTERN } from "../lib/security/secrets";
import { cloudRunReservedPathReason } from "../lib/constructs/gcp/cloud-run-reserved-paths";
import { TEST_CLOUDS } from "./support/clouds";
import { providerBuiltForCore } from "../lib/core/core-package";
import { withSecretCanaries } from "./support/fixtures";
import { buildService } from "./support/synth";

/**
 * Property-based input fuzzing. The seed is printed on every run; rerun a
 * failure with FUZZ_SEED=<seed>. Counts: FUZZ_INVALID_RUNS (default 2000) and
 * FUZZ_VALID_RUNS (default 200).
 */
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Date.now() % 2_147_483_647;
const INVALID_RUNS = Number(process.env.FUZZ_INVALID_RUNS ?? 2000);
const VALID_RUNS = Number(process.env.FUZZ_VALID_RUNS ?? 200);

type Spec = Record<string, unknown>;


// ---------------------------------------------------------------- valid specs

const hex64 = fc.stringMatching(/^[a-f0-9]{64}$/);
const label = fc.stringMatching(/^[a-z](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const serviceName = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(?:-[a-z0-9]{1,5}){0,3}$/).filter((s) => s.length >= 2 && s.length <= 24);
/** Plain env var names; secret-looking ones (DSN, *_TOKEN, ...) are refused by the policy pack at synth, by design. */
const envName = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,11}$/).filter((n) => !SECRET_NAME_PATTERN.test(n));
/** Printable text, including quotes, backslashes, unicode and lone `$`/`%`, but no Terraform template opener. */
const envValue = fc.string({ unit: "binary", maxLength: 40 }).map((s) => s.replace(/\$\{/g, "$ {").replace(/%\{/g, "% {"));
const SIZES: Array<[number, number]> = [[0.25, 512], [0.25, 1024], [0.25, 2048], [0.5, 1024], [0.5, 2048], [0.5, 4096], [1, 2048], [1, 4096], [1, 8192], [2, 4096], [2, 8192], [4, 8192]];
const RETENTION = [30, 60, 90, 120, 150, 180, 365, 400, 545];

/** The clouds every fuzzed spec uses, and those it adds now and then (test/support/clouds/<cloud>.ts says which). */
const ALWAYS = CLOUD_NAMES.filter((c) => TEST_CLOUDS[c].fuzz === "always");
/** `sometimes` clouds only where their provider synthesizes on this core (GCP only on cdktf; see test/support/core.ts). */
const SOMETIMES = CLOUD_NAMES.filter((c) => TEST_CLOUDS[c].fuzz === "sometimes" && providerBuiltForCore(cloudPlugin(c).providerPackage));
const regionNames = (cloud: CloudName): string[] => cloudPlugin(cloud).regions.map((r) => r.name);

const datacentres = fc
  .tuple(
    // One or two regions of every `always` cloud, the clouds in any order.
    fc.tuple(...ALWAYS.map((c) => fc.uniqueArray(fc.constantFrom(...regionNames(c)), { minLength: 1, maxLength: 2 }).map((regions) => regions.map((region) => ({ cloud: c, region }))))),
    fc.shuffledSubarray([...ALWAYS.keys()], { minLength: ALWAYS.length, maxLength: ALWAYS.length }),
    fc.option(fc.nat(3), { nil: undefined }),
    fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 2 * ALWAYS.length + SOMETIMES.length, maxLength: 2 * ALWAYS.length + SOMETIMES.length }),
    // Each `sometimes` cloud in about one spec in four, one region, listed last (as the break-glass procedure adds a cloud).
    fc.tuple(...SOMETIMES.map((c) => fc.oneof({ weight: 3, arbitrary: fc.constant<Spec[]>([]) }, { weight: 1, arbitrary: fc.constantFrom(...regionNames(c)).map((region): Spec[] => [{ cloud: c, region }]) }))),
  )
  .map(([always, order, drainIndex, weights, sometimes]) => {
    const list: Spec[] = [...order.flatMap((i) => always[i]), ...sometimes.flat()];
    return list.map((d, i) => {
      const sameCloud = list.filter((x) => x.cloud === d.cloud).length;
      // Drain at most one datacentre, and only where its cloud keeps another in rotation.
      const drain = drainIndex === i && sameCloud > 1 ? { drain: true } : {};
      return { ...d, ...drain, weight: weights[i] };
    });
  });

const validSpec: fc.Arbitrary<{ name: string; props: Spec }> = fc
  .record({
    name: serviceName,
    registry: fc.constantFrom("ghcr.io", "docker.io", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "registry.example.com:5000"),
    repository: fc.stringMatching(/^[a-z0-9]{1,8}(?:\/[a-z0-9]{1,8}){0,2}$/),
    digest: hex64,
    port: fc.integer({ min: 1, max: 65535 }).filter((p) => p !== 22),
    path: fc.stringMatching(/^\/[a-z0-9/_-]{0,20}$/).filter((p) => cloudRunReservedPathReason(p) === undefined),
    domainLabels: fc.array(label, { minLength: 1, maxLength: 2 }),
    zone: fc.constantFrom("example.com", "example.org", "corp.example.net"),
    datacentres,
    env: fc.dictionary(envName, envValue, { maxKeys: 5 }),
    secrets: fc.uniqueArray(fc.stringMatching(/^S_[A-Z0-9]{1,8}(?:_[A-Z0-9]{1,4})?$/), { maxLength: 3, selector: (s) => s.toLowerCase().replace(/_/g, "-") }),
    size: fc.constantFrom(...SIZES),
    min: fc.integer({ min: 1, max: 4 }),
    extraMax: fc.integer({ min: 0, max: 10 }),
    peak: fc.option(fc.oneof(fc.constant("instances"), fc.constant("rps")), { nil: undefined }),
    stability: fc.constantFrom("static", "elastic"),
    policy: fc.constantFrom("latency", "weighted", "failover"),
    primaryCloud: fc.constantFrom(...ALWAYS),
    failureThreshold: fc.integer({ min: 1, max: 3 }),
    probeTimeoutSeconds: fc.integer({ min: 5, max: 9 }),
    dnsTtlSeconds: fc.integer({ min: 0, max: 15 }),
    retention: fc.constantFrom(...RETENTION),
    readOnly: fc.boolean(),
    egress: fc.constantFrom("zone-redundant", "single"),
    backends: fc.boolean(),
    nameServers: fc.boolean(),
    tags: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/), fc.stringMatching(/^[A-Za-z0-9 ._-]{0,12}$/), { maxKeys: 3 }),
  })
  .map((r) => {
    const secrets = r.secrets.filter((s) => !(s in r.env));
    const domain = [...r.domainLabels, r.zone].join(".");
    const peakInstances = r.min; // the worst single failure leaves at least one datacentre at its minimum
    const props: Spec = {
      image: `${r.registry}/${r.repository}@sha256:${r.digest}`,
      port: r.port,
      healthCheckPath: r.path,
      domain,
      datacentres: r.datacentres,
      env: r.env,
      secrets,
      size: { cpu: r.size[0], memoryMiB: r.size[1] },
      capacity: {
        minInstancesPerDatacentre: r.min,
        maxInstancesPerDatacentre: r.min + r.extraMax,
        stability: r.stability,
        ...(r.peak === "instances" ? { peak: { instances: peakInstances } } : {}),
        ...(r.peak === "rps" ? { peak: { requestsPerSecond: peakInstances * 150 - 7, requestsPerSecondPerInstance: 150 } } : {}),
      },
      routing: { policy: r.policy, primaryCloud: r.primaryCloud, failureThreshold: r.failureThreshold, probeTimeoutSeconds: r.probeTimeoutSeconds, dnsTtlSeconds: r.dnsTtlSeconds },
      logRetentionDays: r.retention,
      readOnlyRootFilesystem: r.readOnly,
      network: { egress: r.egress },
      tags: r.tags,
      ...(r.backends ? { stateBackend: Object.fromEntries(CLOUD_NAMES.map((c) => [c, TEST_CLOUDS[c].stateBackend])) } : {}),
      ...(r.nameServers ? { dns: { nameServers: Object.fromEntries(CLOUD_NAMES.map((c) => [c, TEST_CLOUDS[c].nameServers])) } } : {}),
      ...Object.fromEntries(CLOUD_NAMES.filter((c) => TEST_CLOUDS[c].requiredOptions !== undefined && (r.datacentres as Spec[]).some((d) => d.cloud === c)).map((c) => [c, TEST_CLOUDS[c].requiredOptions])),
    };
    return { name: r.name, props };
  });

// -------------------------------------------------------------- invalid specs

const HOSTILE_STRINGS = [
  "", " ", "\u0000", "../../etc/passwd", "<script>alert(1)</script>", "'; DROP TABLE x;--", "${var.secret}", "${TfToken[TOKEN.987654321]}", "%{if true}x%{endif}",
  "Ørders.Exämple.com", "orders.example.com\n", "a".repeat(100_000), "\u202eevil", "🙂", "ORDERS.EXAMPLE.COM", "-orders.example.com", "orders..example.com",
];
const WRONG_TYPES: unknown[] = [null, true, 0, -1, 1.5, NaN, Infinity, -Infinity, "x", [], {}, [1, 2], { a: 1 }, () => 1, Symbol("s"), BigInt(7)];

/** A JSON object with an own `__proto__` key (an object literal would set the prototype instead). */
function protoKey(value: unknown): Spec {
  return JSON.parse(`{"__proto__": ${JSON.stringify(value) ?? "null"}}`) as Spec;
}

/** One change that makes any valid spec invalid, as a function of the valid props. */
type Mutation = (props: Spec) => Spec;

const set = (path: string[], value: unknown): Mutation => (props) => setPath(props, path, value);
const drop = (key: string): Mutation => (props) => {
  const out = { ...props };
  delete out[key];
  return out;
};

function setPath(obj: Spec, path: string[], value: unknown): Spec {
  const [head, ...rest] = path;
  const out: Spec = Array.isArray(obj) ? ([...obj] as unknown as Spec) : { ...obj };
  out[head] = rest.length === 0 ? value : setPath((typeof obj[head] === "object" && obj[head] !== null ? obj[head] : {}) as Spec, rest, value);
  return out;
}

const OBJECT_FIELDS = ["size", "capacity", "routing", "dns", "network", "stateBackend"];

const mutation: fc.Arbitrary<[string, Mutation]> = fc.oneof(
  // missing required fields
  fc.constantFrom("image", "port", "healthCheckPath", "domain").map((k): [string, Mutation] => [`missing ${k}`, drop(k)]),
  // wrong types at every top-level field
  fc.tuple(fc.constantFrom("image", "port", "healthCheckPath", "domain", "datacentres", "env", "secrets", "size", "capacity", "routing", "dns", "network", "tags", "stateBackend", "logRetentionDays", "readOnlyRootFilesystem", "allowMutableImageTag"), fc.constantFrom(...WRONG_TYPES))
    .filter(([k, v]) => !(["env", "tags", "size", "capacity", "routing", "dns", "network", "stateBackend"].includes(k) && typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0))
    .filter(([k, v]) => !(k === "secrets" && Array.isArray(v) && v.length === 0))
    .filter(([k, v]) => !(["readOnlyRootFilesystem", "allowMutableImageTag"].includes(k) && typeof v === "boolean"))
    .map(([k, v]): [string, Mutation] => [`${k} = ${show(v)}`, set([k], v)]),
  // hostile strings where a name or hostname goes
  fc.tuple(fc.constantFrom("image", "healthCheckPath", "domain"), fc.constantFrom(...HOSTILE_STRINGS)).map(([k, v]): [string, Mutation] => [`${k} = hostile ${show(v)}`, set([k], v)]),
  fc.constantFrom(...HOSTILE_STRINGS).map((v): [string, Mutation] => [`dns.zoneName = hostile ${show(v)}`, set(["dns", "zoneName"], v)]),
  fc.constantFrom(...HOSTILE_STRINGS.filter((v) => /\$\{|%\{/.test(v))).map((v): [string, Mutation] => [`env value ${show(v)}`, (p) => setPath(p, ["env", "HOSTILE"], v)]),
  // out-of-range numbers
  fc.oneof(
    fc.constantFrom(0, -1, 65536, 70000, 1.5, NaN, Infinity, -Infinity).map((v): [string, Mutation] => [`port = ${v}`, set(["port"], v)]),
    fc.constantFrom(0, 3651, 45, 1.5, NaN).map((v): [string, Mutation] => [`logRetentionDays = ${v}`, set(["logRetentionDays"], v)]),
    fc.constantFrom(0, 3, -1, NaN, Infinity).map((v): [string, Mutation] => [`size.cpu = ${v}`, set(["size", "cpu"], v)]),
    fc.constantFrom(0, 100, 511, 30721, NaN).map((v): [string, Mutation] => [`size.memoryMiB = ${v}`, set(["size", "memoryMiB"], v)]),
    fc.constantFrom(0, 1001, -5, 2.5, NaN).map((v): [string, Mutation] => [`capacity.minInstancesPerDatacentre = ${v}`, set(["capacity", "minInstancesPerDatacentre"], v)]),
    fc.constantFrom(0, 1001, NaN, Infinity).map((v): [string, Mutation] => [`capacity.maxInstancesPerDatacentre = ${v}`, set(["capacity", "maxInstancesPerDatacentre"], v)]),
    fc.constantFrom(0, 11, 2.5, NaN).map((v): [string, Mutation] => [`routing.failureThreshold = ${v}`, set(["routing", "failureThreshold"], v)]),
    fc.constantFrom(0, 5, 20, 60, NaN).map((v): [string, Mutation] => [`routing.probeIntervalSeconds = ${v}`, set(["routing", "probeIntervalSeconds"], v)]),
    fc.constantFrom(-1, 301, NaN).map((v): [string, Mutation] => [`routing.dnsTtlSeconds = ${v}`, set(["routing", "dnsTtlSeconds"], v)]),
    fc.constantFrom(4, 11, NaN).map((v): [string, Mutation] => [`routing.probeTimeoutSeconds = ${v}`, set(["routing", "probeTimeoutSeconds"], v)]),
    fc.constantFrom(0, 256, -1, NaN).map((v): [string, Mutation] => [`datacentres[0].weight = ${v}`, (p) => mapFirstDatacentre(p, { weight: v })]),
    fc.constant<[string, Mutation]>(["min above max", (p) => setPath(setPath(p, ["capacity", "minInstancesPerDatacentre"], 9), ["capacity", "maxInstancesPerDatacentre"], 3)]),
    fc.constant<[string, Mutation]>(["peak no topology carries", (p) => setPath(p, ["capacity", "peak"], { instances: 100_000 })]),
  ),
  // duplicates
  fc.constant<[string, Mutation]>(["duplicate datacentre", (p) => ({ ...p, datacentres: [...(p.datacentres as Spec[]), { ...(p.datacentres as Spec[])[0], drain: false }] })]),
  fc.constant<[string, Mutation]>(["duplicate secret folded", (p) => ({ ...p, secrets: ["DUP_SECRET", "dup-secret".replace("-", "_")] })]),
  fc.constant<[string, Mutation]>(["secret also an env key", (p) => ({ ...p, env: { ...(p.env as Spec), BOTH: "x" }, secrets: ["BOTH"] })]),
  // prototype-pollution keys and unknown keys at every object level
  fc.tuple(fc.constantFrom("__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "Image", "ports"), fc.constantFrom(...WRONG_TYPES.filter((v) => typeof v !== "symbol" && typeof v !== "bigint" && typeof v !== "function"))).map(([k, v]): [string, Mutation] => [
    `top-level key ${k}`,
    (p) => ({ ...p, ...(k === "__proto__" ? protoKey(v) : { [k]: v }) }),
  ]),
  fc.tuple(fc.constantFrom(...OBJECT_FIELDS), fc.constantFrom("__proto__", "constructor", "prototype", "bogus")).map(([field, k]): [string, Mutation] => [
    `${field}.${k}`,
    (p) => ({ ...p, [field]: { ...((p[field] as Spec) ?? {}), ...(k === "__proto__" ? protoKey({ polluted: true }) : { [k]: { polluted: true } }) } }),
  ]),
  fc.constantFrom("__proto__", "constructor", "zone").map((k): [string, Mutation] => [`datacentres[0].${k}`, (p) => mapFirstDatacentre(p, k === "__proto__" ? protoKey({ cloud: "aws" }) : { [k]: "x" })]),
  fc.constantFrom("env", "tags").map((k): [string, Mutation] => [`${k}.__proto__`, (p) => ({ ...p, [k]: { ...((p[k] as Spec) ?? {}), ...protoKey("x") } })]),
  // nested garbage
  fc.constantFrom<unknown[]>([null], [[]], [1, 2], [{ cloud: {} }], [{ cloud: "aws" }], [{ cloud: "oracle", region: "us-ashburn-1" }, { cloud: "azure", region: "eastus" }], [{ cloud: "aws", region: "mars-1" }, { cloud: "azure", region: "eastus" }])
    .map((v): [string, Mutation] => [`datacentres = ${JSON.stringify(v)}`, set(["datacentres"], v)]),
  fc.constantFrom<unknown>({ instances: "6" }, { requestsPerSecond: 100 }, { instances: 1, requestsPerSecond: 1, requestsPerSecondPerInstance: 1 }, { instances: NaN }, [], "6").map((v): [string, Mutation] => [`capacity.peak = ${show(v)}`, set(["capacity", "peak"], v)]),
  fc.tuple(fc.constantFrom(...CLOUD_NAMES), fc.constantFrom<unknown>([1], "ns", [""], ["not a host"], Array(9).fill("ns.example.com"), ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net"])).map(([c, v]): [string, Mutation] => [`dns.nameServers.${c} = ${show(v)}`, set(["dns", "nameServers", c], v)]),
  fc.constantFrom<unknown>({}, { bucketNamePrefix: "Bad_Prefix" }, { bucketNamePrefix: "x".repeat(80) }).map((v): [string, Mutation] => [`stateBackend.aws = ${show(v)}`, set(["stateBackend", "aws"], v)]),
  fc.constantFrom<unknown>(["1BAD"], ["ok", 1], Array.from({ length: 51 }, (_, i) => `S${i}`)).map((v): [string, Mutation] => [`secrets = ${show(v)}`, set(["secrets"], v)]),
  fc.constant<[string, Mutation]>(["101 env vars", (p) => ({ ...p, env: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`V${i}`, "x"])) })]),
  fc.constant<[string, Mutation]>(["41 tags", (p) => ({ ...p, tags: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`t${i}`, "x"])) })]),
  ...CLOUD_NAMES.filter((c) => TEST_CLOUDS[c].requiredOptions !== undefined).map((c) => fc.constant<[string, Mutation]>([`a ${c} datacentre without ${c} options`, (p) => {
    const rest: Spec = { ...p, datacentres: [...(p.datacentres as Spec[]), { cloud: c, region: regionNames(c)[regionNames(c).length - 1] }] };
    delete rest[c];
    return rest;
  }])),
  fc.constant<[string, Mutation]>(["overlapping CIDRs", (p) => ({ ...p, datacentres: (p.datacentres as Spec[]).map((d) => ({ ...d, cidr: "10.200.0.0/16" })) })]),
  fc.constant<[string, Mutation]>(["image by tag without opt-in", set(["image"], "ghcr.io/acme/orders:latest")]),
  fc.constant<[string, Mutation]>(["every datacentre drained", (p) => ({ ...p, datacentres: (p.datacentres as Spec[]).map((d) => ({ ...d, drain: true })) })]),
  fc.constant<[string, Mutation]>(["props not an object", () => [1, 2] as unknown as Spec]),
);

const invalidName = fc.oneof(
  fc.constantFrom("A", "a", "1orders", "orders-", "or--ders", "a".repeat(25), "Orders", "orders_x", "orders.x", " orders", "ördérs", "__proto__", "constructor"),
  fc.string({ maxLength: 30 }).filter((s) => s.length > 0 && !/^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/.test(s) || s.length > 24),
);

function mapFirstDatacentre(props: Spec, change: Spec): Spec {
  const list = (props.datacentres as Spec[]) ?? [];
  return { ...props, datacentres: list.map((d, i) => (i === 0 ? { ...d, ...change } : d)) };
}

function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 30 ? `${v.slice(0, 27)}...` : v);
  if (typeof v === "number") return String(v);
  if (typeof v === "bigint" || typeof v === "symbol" || typeof v === "function") return typeof v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return typeof v;
  }
}

/** Every finding of every check on a fully synthesized service; secrets carry canary values in the environment while it builds and synthesizes. */
function synthesizeAndCheck(name: string, props: Spec): { findings: Finding[]; stacks: number } {
  const secrets = (props.secrets as string[]) ?? [];
  const { result } = withSecretCanaries(secrets, (canaries) => {
    const app = Testing.app();
    const service = new DualCloudService(app, name, props as never);
    const stacks = synthesizeStacks(app);
    const findings = [
      ...runStackChecks(stacks, { expectedClouds: expectedStackClouds(app), secretNames: service.model.secrets, secretValues: canaries, pendingDnsInputs: pendingDnsInputs(service.model) }),
      ...checkCapacity(service.model),
    ];
    return { findings, stacks: stacks.length };
  });
  return result;
}

describe("fuzzed input", () => {
  beforeAll(() => {
    process.stdout.write(`fuzz seed ${SEED} (rerun with FUZZ_SEED=${SEED}); ${INVALID_RUNS} invalid and ${VALID_RUNS} valid specs\n`);
  });

  it(`refuses ${INVALID_RUNS} invalid specs with DualCloudValidationError only (seed ${SEED})`, () => {
    let count = 0;
    fc.assert(
      fc.property(validSpec, fc.oneof({ weight: 9, arbitrary: mutation.map((m) => ({ m, badName: undefined as string | undefined })) }, { weight: 1, arbitrary: invalidName.map((n) => ({ m: undefined, badName: n })) }), (base, { m, badName }) => {
        count++;
        const props = m ? m[1](base.props) : base.props;
        const name = badName ?? base.name;
        let error: unknown;
        try {
          new DualCloudService(Testing.app(), name, props as never);
        } catch (e) {
          error = e;
        }
        if (!(error instanceof DualCloudValidationError)) {
          throw new Error(`${m ? m[0] : `name ${JSON.stringify(name)}`}: expected a DualCloudValidationError, got ${error === undefined ? "no error" : `${(error as Error).name}: ${(error as Error).message}`}`);
        }
        expect(error.message).toMatch(/^\[.*\] .*: received .*; allowed: /s);
      }),
      { seed: SEED, numRuns: INVALID_RUNS },
    );
    expect(count).toBeGreaterThanOrEqual(INVALID_RUNS);
  });

  it(`synthesizes ${VALID_RUNS} valid specs completely, passing every invariant check (seed ${SEED})`, () => {
    let count = 0;
    let stacks = 0;
    fc.assert(
      fc.property(validSpec, ({ name, props }) => {
        const result = synthesizeAndCheck(name, props);
        count++;
        stacks += result.stacks;
        if (result.findings.length > 0) throw new Error(`invariant findings:\n${formatFindings(result.findings)}`);
        expect(result.stacks).toBe((props.datacentres as Spec[]).length + GLOBAL_LAYERS.length);
      }),
      { seed: SEED, numRuns: VALID_RUNS },
    );
    expect(count).toBeGreaterThanOrEqual(VALID_RUNS);
    process.stdout.write(`fuzz: ${count} valid specs, ${stacks} stacks synthesized and checked\n`);
  });

  describe("regressions the fuzzer found in other layers", () => {
    it("synthesizes one AWS and one Azure datacentre that share a Route 53 latency region", () => {
      const { findings } = synthesizeAndCheck("a-0", {
        image: `ghcr.io/acme/orders@sha256:${"a".repeat(64)}`, port: 8080, healthCheckPath: "/", domain: "a.example.com",
        datacentres: [{ cloud: "azure", region: "italynorth" }, { cloud: "aws", region: "eu-south-1" }],
        capacity: { minInstancesPerDatacentre: 1, maxInstancesPerDatacentre: 1 },
      });
      expect(findings).toEqual([]);
    });
  });

  describe("regressions the fuzzer found", () => {
    it("refuses the service name constructor, which the constructs library cannot hold, and an empty name", () => {
      expect(() => new DualCloudService(Testing.app(), "constructor", { image: "x" } as never)).toThrow(/\[constructor\] name: received "constructor"; allowed: .*other than "constructor"/);
      expect(() => new DualCloudService(Testing.app(), "", { image: "x" } as never)).toThrow(DualCloudValidationError);
    });

    it("refuses __proto__ as an env or tag key instead of silently dropping it", () => {
      expect(() => buildService({ env: protoKey("x") as Record<string, string> })).toThrow(/env\.__proto__: received "__proto__"; allowed: .*other than __proto__/);
      expect(() => buildService({ tags: protoKey("x") as Record<string, string> })).toThrow(/tags\.__proto__: received "__proto__"; allowed: .*not __proto__/);
    });

    it("refuses Terraform template sequences in env values, and accepts them escaped", () => {
      expect(() => buildService({ env: { A: "${var.x}" } })).toThrow(/env\.A: received "\$\{var\.x\}"; allowed: a string without Terraform template sequences/);
      expect(() => buildService({ env: { A: "%{if true}x%{endif}" } })).toThrow(/env\.A: .*template sequences/);
      expect(() => buildService({ env: { A: "$${HOME} %%{x} $5 100%" } })).not.toThrow();
    });

    it("refuses a forged token string, and accepts a real token", () => {
      expect(() => buildService({ env: { A: "${TfToken[TOKEN.987654321]}" } })).toThrow(/env\.A: .*names a token cdktf does not know/);
      expect(() => buildService({ env: { A: `prefix-${Token.asString("value")}` } })).not.toThrow();
    });
  });
});
