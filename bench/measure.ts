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

/** Runs a command `runs` times (after one untimed warm-up) in `cwd` and keeps the medians. */
export function measure(label: string, command: string, runs: number, env: NodeJS.ProcessEnv = {}, cwd?: string): Measurement {
  runOnce(command, env, cwd);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(runOnce(command, env, cwd));
  const m = {
    label,
    command,
    runs,
    medianWallMs: median(samples.map((s) => s.wallMs)),
    medianPeakRssMb: median(samples.map((s) => s.peakRssMb)),
    samples,
  };
  process.stderr.write(`${label}: ${(m.medianWallMs / 1000).toFixed(2)} s, ${m.medianPeakRssMb.toFixed(0)} MB (median of ${runs})\n`);
  return m;
}
