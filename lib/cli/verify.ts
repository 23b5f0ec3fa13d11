import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readSynthesizedStacks } from "../checks/synthesized-output";
import { SynthesizedStack } from "../terraform/terraform-json";
import { CliCommand } from "./command";
import { VERIFY_USAGE, VerifyOptions, VerifyUsageError, parseVerifyOptions } from "./verify/options";
import { formatVerifyReport, verifyProblems } from "./verify/report";
import { runVerify } from "./verify/run-verify";

/** `dualcloud verify`: checks a deployed service from the outside (DNS copies and HTTPS endpoints); see docs/verify.md. */
export const verifyCommand: CliCommand = {
  summary: "check a deployed service: every DNS copy answers alike, every endpoint serves its health path with a valid certificate",
  async run(args) {
    let options: VerifyOptions;
    try {
      options = parseVerifyOptions(args);
    } catch (e) {
      if (!(e instanceof VerifyUsageError)) throw e;
      console.error(`dualcloud verify: ${e.message}\n\n${VERIFY_USAGE}`);
      return 2;
    }
    if (options.help) {
      console.log(VERIFY_USAGE);
      return 0;
    }
    let stacks: SynthesizedStack[];
    try {
      stacks = options.app ? synthesizeApp(options.app) : readSynthesizedStacks(options.out);
    } catch (e) {
      console.error(`dualcloud verify: ${(e as Error).message}`);
      return 2;
    }
    const result = await runVerify(stacks, { ...options, ca: options.caFiles.map((f) => readFileSync(f, "utf8")) });
    console.log(options.json ? JSON.stringify({ ...result, problems: verifyProblems(result) }, null, 2) : formatVerifyReport(result));
    return verifyProblems(result).length === 0 ? 0 : 1;
  },
};

/** Runs an app command with `CDKTF_OUTDIR` set to a temporary directory and reads the stacks it wrote. */
function synthesizeApp(command: string): SynthesizedStack[] {
  const outdir = mkdtempSync(join(tmpdir(), "dualcloud-verify-"));
  try {
    const run = spawnSync(command, { shell: true, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CDKTF_OUTDIR: outdir } });
    if (run.status !== 0) throw new Error(`the app command ${JSON.stringify(command)} exited with ${run.status ?? run.signal}`);
    return readSynthesizedStacks(outdir);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
