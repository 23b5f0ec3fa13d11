import { spawnSync } from "child_process";
import { accessSync, constants, mkdirSync, symlinkSync } from "fs";
import { delimiter, join } from "path";

/** What a finished command printed and returned. */
export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for {@link run}. */
export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Return a failing result instead of throwing. */
  readonly allowFailure?: boolean;
  readonly timeoutMs?: number;
  /** Text written to the command's stdin. */
  readonly input?: string;
}

/** Runs a command without a shell; throws with its output when it fails unless `allowFailure`. */
export function run(command: string, args: string[], options: RunOptions): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", ...options.env },
    encoding: "utf8",
    timeout: options.timeoutMs ?? 300_000,
    maxBuffer: 64 * 1024 * 1024,
    input: options.input,
  });
  if (result.error) throw result.error;
  const out: RunResult = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  if (out.status !== 0 && !options.allowFailure) {
    throw new Error(`${command} ${args.join(" ")} (in ${options.cwd}) exited ${out.status}\n--- stdout\n${out.stdout}\n--- stderr\n${out.stderr}`);
  }
  return out;
}

/** True when `dir` holds an executable called `name`. */
function hasExecutable(dir: string, name: string): boolean {
  try {
    accessSync(join(dir, name), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A PATH with no `terraform` on it: every entry of the current PATH that holds
 * a terraform binary is dropped, and `node` stays reachable through a symlink
 * in `binDir`. Proves a command needs no Terraform binary.
 */
export function pathWithoutTerraform(binDir: string): string {
  mkdirSync(binDir, { recursive: true });
  symlinkSync(process.execPath, join(binDir, "node"));
  const kept = (process.env.PATH ?? "").split(delimiter).filter((d) => d !== "" && !hasExecutable(d, "terraform"));
  return [binDir, ...kept].join(delimiter);
}
