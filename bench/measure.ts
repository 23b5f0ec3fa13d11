import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One timed run of a command. */
export interface Sample {
  /** Wall time in milliseconds. */
  readonly wallMs: number;
  /** Peak resident set size in MB, from GNU time (the largest process of the run). */
  readonly peakRssMb: number;
}

/** Medians over several runs. */
export interface Measurement {
  readonly label: string;
  readonly command: string;
  readonly runs: number;
  readonly medianWallMs: number;
  readonly medianPeakRssMb: number;
  readonly samples: readonly Sample[];
}

const GNU_TIME = "/usr/bin/time";

/** Runs `command` through GNU time once, in `cwd` (default: the current directory); throws when it fails. */
export function runOnce(command: string, env: NodeJS.ProcessEnv = {}, cwd?: string): Sample {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing: apt-get install time`);
  const dir = mkdtempSync(join(tmpdir(), "dualcloud-bench-"));
  const out = join(dir, "time.txt");
  const start = process.hrtime.bigint();
  const res = spawnSync(GNU_TIME, ["-f", "%M", "-o", out, "bash", "-c", command], {
    cwd,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0) throw new Error(`"${command}" failed (${res.status}): ${res.stderr.slice(-2000)}`);
  const kb = Number(readFileSync(out, "utf8").trim().split("\n").pop());
  rmSync(dir, { recursive: true, force: true });
  return { wallMs, peakRssMb: kb / 1024 };
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** One command to measure: what {@link measureInterleaved} runs. */
export interface MeasureSpec {
  readonly label: string;
  readonly command: string;
  readonly runs: number;
  readonly env?: NodeJS.ProcessEnv;
  /** Working directory; default the current one. */
  readonly cwd?: string;
}

function summarize(spec: MeasureSpec, samples: Sample[]): Measurement {
  const m = {
    label: spec.label,
    command: spec.command,
    runs: spec.runs,
    medianWallMs: median(samples.map((s) => s.wallMs)),
    medianPeakRssMb: median(samples.map((s) => s.peakRssMb)),
    samples,
  };
  process.stderr.write(`${spec.label}: ${(m.medianWallMs / 1000).toFixed(2)} s, ${m.medianPeakRssMb.toFixed(0)} MB (median of ${spec.runs}: ${samples.map((x) => (x.wallMs / 1000).toFixed(2)).join(" ")})\n`);
  return m;
}

/**
 * Measures several commands in rounds: one untimed warm-up of each, then
 * each round runs every command that still needs a sample, one after the
 * other. On a shared machine a burst of load then hits every command alike,
 * so the ratios between them stay fair. Returns the medians in `specs` order.
 */
export function measureInterleaved(specs: readonly MeasureSpec[]): Measurement[] {
  for (const spec of specs) runOnce(spec.command, spec.env, spec.cwd);
  const samples: Sample[][] = specs.map(() => []);
  const rounds = Math.max(...specs.map((spec) => spec.runs));
  for (let round = 0; round < rounds; round++) {
    specs.forEach((spec, i) => {
      if (round < spec.runs) samples[i].push(runOnce(spec.command, spec.env, spec.cwd));
    });
  }
  return specs.map((spec, i) => summarize(spec, samples[i]));
}

/** Runs one command `runs` times (after one untimed warm-up) in `cwd` and keeps the medians. */
export function measure(label: string, command: string, runs: number, env: NodeJS.ProcessEnv = {}, cwd?: string): Measurement {
  return measureInterleaved([{ label, command, runs, env, cwd }])[0];
}
