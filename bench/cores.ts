import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { measure, Measurement } from "./measure";

/**
 * Synth time and memory on both cores: the example app and the scaling apps,
 * run in this repository (cdktf 0.21) and in flavours/cdktn (CDK Terrain 0.24,
 * the same sources rebuilt by scripts/cdktn-flavour.cjs), one core after the
 * other for each measurement. Writes the "Both cores" section of
 * bench/RESULTS.md (bench/run.ts keeps it). Reproduce with
 * `npm run bench:cores` after `(cd flavours/cdktn && npm ci)`.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? "5");
const root = join(__dirname, "..");
const flavour = join(root, "flavours", "cdktn");
const RESULTS = join(root, "bench", "RESULTS.md");
export const CORES_START = "<!-- cores:start -->";
export const CORES_END = "<!-- cores:end -->";

if (require.main === module) {
  execSync("node scripts/cdktn-flavour.cjs", { cwd: root, stdio: "ignore" });
  if (!existsSync(join(flavour, "node_modules", "cdktn"))) throw new Error("run (cd flavours/cdktn && npm ci) first");
  const work = mkdtempSync(join(tmpdir(), "dualcloud-bench-cores-"));
  const cores = [{ name: "cdktf 0.21", dir: root }, { name: "cdktn 0.24", dir: flavour }];
  const configs: Array<{ label: string; command: string; env?: NodeJS.ProcessEnv; runs?: number; stacks: number }> = [
    { label: "example synth (6 stacks)", command: "node scripts/dualcloud.cjs run stacks/main.ts", stacks: 6 },
    { label: "example synth, token stack traces kept", command: "node scripts/dualcloud.cjs run stacks/main.ts", env: { DUALCLOUD_TOKEN_STACK_TRACES: "1" }, stacks: 6 },
    ...[1, 8, 32].map((n) => ({ label: `${n} service(s) x 4 datacentres`, command: "node scripts/dualcloud.cjs run bench/scale-app.ts", env: { SERVICES: String(n) }, runs: n === 32 ? Math.max(3, Math.ceil(RUNS / 2)) : RUNS, stacks: n * 6 })),
  ];
  const loadBefore = loadavg();
  const rows: string[] = [];
  for (const [i, c] of configs.entries()) {
    const [tf, tn] = cores.map((core, j): Measurement =>
      measure(`${c.label} (${core.name})`, `cd ${core.dir} && ${c.command}`, c.runs ?? RUNS, { ...c.env, CDKTF_OUTDIR: join(work, `${i}-${j}`) }),
    );
    const cell = (m: Measurement): string => {
      const walls = m.samples.map((x) => x.wallMs / 1000);
      return `${(m.medianWallMs / 1000).toFixed(2)} (${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)}) | ${m.medianPeakRssMb.toFixed(0)}`;
    };
    rows.push(`| ${c.label} | ${c.stacks} | ${tf.runs} | ${cell(tf)} | ${cell(tn)} | ${(tn.medianWallMs / tf.medianWallMs).toFixed(2)}x |`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  const block = `${CORES_START}
## Both cores: cdktf 0.21 and CDK Terrain 0.24

Reproduce: \`(cd flavours/cdktn && npm ci) && npm run bench:cores\` (\`BENCH_RUNS=<n>\`). The same
commands run in this repository (cdktf 0.21, \`@cdktf\` providers) and in \`flavours/cdktn\` (cdktn 0.24,
\`@cdktn\` providers, built from the same sources), cdktf first, then cdktn, for each row. Wall
times are medians with the range of the timed runs in brackets; peak RSS is the median of GNU time's
largest process.

- Date: ${new Date().toISOString()}
- Machine: ${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}
- Load average (1/5/15 min) at the start: ${loadBefore.map((l) => l.toFixed(1)).join(" / ")}; at the end: ${loadavg().map((l) => l.toFixed(1)).join(" / ")}
- **Noise:** the 2 CPUs are shared with up to seven other agents' builds and tests, so absolute times
  here are slower than in the table above and vary between runs; compare the two cores within a
  row (the ratio), not across tables or runs.

| Measurement | Stacks | Runs | cdktf wall (s) | cdktf peak RSS (MB) | cdktn wall (s) | cdktn peak RSS (MB) | cdktn / cdktf |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join("\n")}
${CORES_END}
`;
  const previous = readFileSync(RESULTS, "utf8");
  const next = previous.includes(CORES_START)
    ? previous.replace(new RegExp(`${CORES_START}[\\s\\S]*${CORES_END}\\n`), block)
    : previous.replace(/\n## Notes\n/, `\n${block}\n## Notes\n`);
  writeFileSync(RESULTS, next);
  process.stderr.write(`wrote the both-cores section of bench/RESULTS.md (scratch in ${work})\n`);
}
