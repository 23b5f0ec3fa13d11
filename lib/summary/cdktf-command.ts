import { readFileSync } from "fs";

/** How many parent processes to look through: the CLI runs the app through `sh -c`. */
const MAX_DEPTH = 4;

/** The CLI's executable: `cdktf`, or `cdktn` (CDK Terrain), which runs apps the same way. */
const CLI = /(^|[\\/])cdkt[fn](\.js|\.cmd)?$/;

/** The command line and parent of a process, from Linux /proc; undefined elsewhere or once it has gone. */
function processInfo(pid: number): { argv: string[]; ppid: number } | undefined {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return { argv, ppid };
  } catch {
    return undefined;
  }
}

/**
 * The cdktf (or cdktn) CLI command (`synth`, `list`, `deploy`, ...) that is
 * running this app, read from the parent processes' command lines; undefined
 * when the app was not started by the CLI (no CDKTF_OUTDIR) or the command cannot be
 * known (no Linux /proc). cdktf gives the app the same environment for every
 * command, so this is the only way to tell `cdktf list` from `cdktf synth`.
 */
export function cdktfCommand(): string | undefined {
  if (process.env.CDKTF_OUTDIR === undefined) return undefined;
  let pid = process.ppid;
  for (let depth = 0; depth < MAX_DEPTH && pid > 1; depth++) {
    const info = processInfo(pid);
    if (info === undefined) return undefined;
    const cli = info.argv.findIndex((arg) => CLI.test(arg));
    if (cli >= 0) return info.argv.slice(cli + 1).find((arg) => arg !== "" && !arg.startsWith("-"));
    pid = info.ppid;
  }
  return undefined;
}
