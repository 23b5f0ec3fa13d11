import { execSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { setUpConsumer } from "./consumer";
import { CORES_END, CORES_START } from "./cores";
import { measure, measureInterleaved, Measurement } from "./measure";

/**
 * Benchmarks synth time and memory against a baseline measured in the same
 * run, and writes bench/RESULTS.md. Reproduce with `npm run bench`
 * (BENCH_RUNS sets the runs per measurement, default 5).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? "5");
const loadAtStart = loadavg()[0];
const root = join(__dirname, "..");
process.chdir(root);
const work = mkdtempSync(join(tmpdir(), "dualcloud-bench-"));
const out = (name: string): string => join(work, name);

const app = JSON.parse(readFileSync("cdktf.json", "utf8")).app as string;

// Capture what the example writes and which provider modules it loads, for the floor.
execSync(app, { env: { ...process.env, CDKTF_OUTDIR: out("captured"), DUALCLOUD_MODULES_OUT: out("modules.json"), NODE_OPTIONS: `--require ${join(root, "bench/list-modules.cjs")}` }, stdio: "ignore" });

cpSync(out("modules.json"), join(out("captured"), "modules.json"));
// What a user runs: a consumer project set up as the README says (packed tarball, cdktf.json's app
// through the package's runner), then each way to synthesize it.
const consumer = setUpConsumer(root, work);
const few = Math.max(3, Math.ceil(RUNS / 2));
// One interleaved group: every round runs each command once, so load from other processes on a
// shared machine hits all of them alike and the ratios below compare like with like.
const [example, consumerApp, fastSynth, fastSynthNpx, cliSynth, floor, cold, noGoogle, baseline] = measureInterleaved([
  { label: "example synth (cdktf.json app)", command: app, runs: RUNS, env: { CDKTF_OUTDIR: out("example") } },
  { label: "consumer app (cdktf.json app, the package's runner)", command: "node_modules/.bin/dualcloud run src/main.ts", runs: RUNS, env: { CDKTF_OUTDIR: out("consumer-app") }, cwd: consumer },
  { label: "consumer: fast synth", command: "node_modules/.bin/dualcloud synth", runs: RUNS, cwd: consumer },
  { label: "consumer: fast synth through npx (as the README writes it)", command: "npx dualcloud synth", runs: RUNS, cwd: consumer },
  { label: "consumer: cdktf CLI synth", command: "npx cdktf synth", runs: few, cwd: consumer },
  { label: "floor (load provider modules, write the JSON)", command: `node bench/floor.js ${out("captured")}/stacks ${out("floor")}`, runs: RUNS },
  { label: "example synth, cold bundle cache", command: `rm -f .cdktf-app/main.cjs* && ${app}`, runs: RUNS, env: { CDKTF_OUTDIR: out("cold") } },
  { label: "example synth, @cdktf/provider-google unresolvable", command: app, runs: RUNS, env: { CDKTF_OUTDIR: out("no-google"), NODE_OPTIONS: `--require ${join(root, "bench/hide-google.cjs")}` } },
  { label: "template baseline (npx ts-node, type-checking)", command: "npx ts-node stacks/main.ts", runs: few, env: { CDKTF_OUTDIR: out("baseline") } },
]);
const scaleRuns = (n: number): number => (n === 32 ? few : RUNS);
const scale = measureInterleaved([1, 8, 32].map((n) => ({ label: `${n} service(s) x 4 datacentres`, command: "node scripts/dualcloud.cjs run bench/scale-app.ts", runs: scaleRuns(n), env: { SERVICES: String(n), CDKTF_OUTDIR: out(`scale${n}`) } }))).map((m, i) => ({ n: [1, 8, 32][i], m }));
// BENCH_NPM_TEST=0 leaves out the slowest measurement (npm test), e.g. on a shared machine.
const tests = process.env.BENCH_NPM_TEST === "0" ? undefined : measure("README test command (npm test)", "npm test", Math.max(1, Math.ceil(RUNS / 3)));

const s = (m: Measurement): string => (m.medianWallMs / 1000).toFixed(2);
const mb = (m: Measurement): string => m.medianPeakRssMb.toFixed(0);
const stacksPerService = 6;
const speedup = baseline.medianWallMs / example.medianWallMs;
const overFloor = example.medianWallMs / floor.medianWallMs;
const growth = scale[2].m.medianWallMs / scale[1].m.medianWallMs;
const verdict = (ok: boolean): string => (ok ? "met" : "**missed**");
const googleModules = (JSON.parse(readFileSync(out("modules.json"), "utf8")) as string[]).filter((m) => m.includes("provider-google")).length;
const googleDelta = (noGoogle.medianWallMs - example.medianWallMs) / example.medianWallMs;
const walls = example.samples.map((x) => x.wallMs);
const noise = (Math.max(...walls) - Math.min(...walls)) / example.medianWallMs;

const consumerRatio = consumerApp.medianWallMs / example.medianWallMs;
const fastRatio = fastSynth.medianWallMs / consumerApp.medianWallMs;
const cliRatio = cliSynth.medianWallMs / fastSynth.medianWallMs;
const readmeRatio = fastSynthNpx.medianWallMs / example.medianWallMs;
const npxRatio = fastSynthNpx.medianWallMs / consumerApp.medianWallMs;
const npxCost = fastSynthNpx.medianWallMs - fastSynth.medianWallMs;
const rows = [example, consumerApp, fastSynth, fastSynthNpx, cliSynth, cold, noGoogle, baseline, floor, ...scale.map((x) => x.m), ...(tests ? [tests] : [])].map((m) => `| ${m.label} | \`${m.command}\` | ${m.runs} | ${s(m)} | ${mb(m)} |`);
const md = `# Benchmark results

Reproduce: \`npm ci && npm run bench\` (\`BENCH_RUNS=<n>\` for more runs). Every figure is a median,
and every ratio compares measurements taken in the same run on the same machine. The
measurements above the scaling rows run interleaved (\`bench/measure.ts\` \`measureInterleaved\`):
each round runs every command once, so load from other processes hits them alike.

- Date: ${new Date().toISOString()}; this run: \`BENCH_RUNS=${RUNS}${process.env.BENCH_NPM_TEST === "0" ? " BENCH_NPM_TEST=0" : ""} npm run bench\`
- Load average (1 min) at the start ${loadAtStart.toFixed(1)} and at the end ${loadavg()[0].toFixed(1)} on ${cpus().length} cores: other processes shared the machine, so absolute times are noisy; the ratios compare measurements of the same run
- Machine: ${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}
- Peak RSS comes from GNU time (\`/usr/bin/time -f %M\`): the largest single process of the run.

| Measurement | Command | Runs | Median wall (s) | Median peak RSS (MB) |
| --- | --- | ---: | ---: | ---: |
${rows.join("\n")}

## Targets

| Target | Measured | Verdict |
| --- | --- | --- |
| Consumer app (README setup, the package's runner) at most 1.5x the example's own app | ${consumerRatio.toFixed(2)}x (${s(consumerApp)} s vs ${s(example)} s) | ${verdict(consumerRatio <= 1.5)} |
| README consumer synth (\`npx dualcloud synth\`) at most 1.5x the example's own app | ${readmeRatio.toFixed(2)}x (${s(fastSynthNpx)} s vs ${s(example)} s) | ${verdict(readmeRatio <= 1.5)} |
| Fast synth (\`node_modules/.bin/dualcloud synth\`) at most 1.3x the consumer app alone | ${fastRatio.toFixed(2)}x (${s(fastSynth)} s vs ${s(consumerApp)} s) | ${verdict(fastRatio <= 1.3)} |
| Fast synth through npx at most 1.3x the consumer app alone | ${npxRatio.toFixed(2)}x (${s(fastSynthNpx)} s vs ${s(consumerApp)} s; npx itself ${(npxCost / 1000).toFixed(2)} s) | ${verdict(npxRatio <= 1.3)} |
| Consumer app and fast synth peak RSS at most 250 MB | ${mb(consumerApp)} MB, ${mb(fastSynth)} MB, ${mb(fastSynthNpx)} MB through npx | ${verdict(Math.max(consumerApp.medianPeakRssMb, fastSynth.medianPeakRssMb, fastSynthNpx.medianPeakRssMb) <= 250)} |
| Example synth at least 10x faster than the template baseline | ${speedup.toFixed(1)}x | ${verdict(speedup >= 10)} |
| Example synth within 2.5x of the floor | ${overFloor.toFixed(2)}x | ${verdict(overFloor <= 2.5)} |
| Example peak RSS at most 250 MB | ${mb(example)} MB | ${verdict(example.medianPeakRssMb <= 250)} |
| 32-service time at most 4.4x the 8-service time | ${growth.toFixed(2)}x | ${verdict(growth <= 4.4)} |
| Peak RSS at 32 services at most 1.5 GB | ${mb(scale[2].m)} MB | ${verdict(scale[2].m.medianPeakRssMb <= 1536)} |
| README test command at most 90 s | ${tests ? `${s(tests)} s` : "not measured (BENCH_NPM_TEST=0)"} | ${tests ? verdict(tests.medianWallMs <= 90_000) : "not measured"} |

The commands in the consumer rows run in a consumer project set up as the README says
(\`bench/consumer.ts\`: examples/consumer-app with the packed tarball installed): the README's
fast synth is ${cliRatio.toFixed(1)}x faster than \`npx cdktf synth\` of the same app (${s(fastSynth)} s vs ${s(cliSynth)} s),
which spends the difference starting the cdktf CLI.

## The optional Google provider

The example (AWS + Azure) loads ${googleModules} \`@cdktf/provider-google\` modules. With the package made
unresolvable (\`bench/hide-google.cjs\`, as in a project that never installed it) the same synth takes
${s(noGoogle)} s against ${s(example)} s with it installed: ${(googleDelta * 100).toFixed(1)}%, ${Math.abs(googleDelta) <= noise ? "within" : "**outside**"} the run-to-run spread of the example's own samples (${(noise * 100).toFixed(1)}%).

## Scaling

| Services | Stacks | Median wall (s) | Per stack (ms) | Median peak RSS (MB) |
| ---: | ---: | ---: | ---: | ---: |
${scale.map(({ n, m }) => `| ${n} | ${n * stacksPerService} | ${s(m)} | ${(m.medianWallMs / (n * stacksPerService)).toFixed(1)} | ${mb(m)} |`).join("\n")}
`;
const notesFile = join(root, "bench/NOTES.md");
let notes = "";
try {
  notes = `\n${readFileSync(notesFile, "utf8")}`;
} catch {
  notes = "";
}
// Keep the both-cores section that bench/cores.ts writes (it needs flavours/cdktn installed).
const previousResults = readFileSync(join(root, "bench/RESULTS.md"), "utf8");
const coresSection = previousResults.slice(previousResults.indexOf(CORES_START), previousResults.indexOf(CORES_END) + CORES_END.length);
writeFileSync(join(root, "bench/RESULTS.md"), md + (previousResults.includes(CORES_START) ? `\n${coresSection}\n` : "") + notes);
process.stderr.write(`wrote bench/RESULTS.md (scratch in ${work})\n`);
