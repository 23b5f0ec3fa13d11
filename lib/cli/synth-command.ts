import { relative } from "path";
import { renderAnnotationGroups } from "./annotation-report";
import { CliCommand } from "./command";
import { readCdktfConfig } from "./cdktf-config";
import { synthesize } from "./synthesize";
import { STAGE_ENV } from "../validation/stage-override";

const USAGE = "usage: dualcloud synth [app.ts] [--output <dir>] [--stage <stage>]";

/**
 * `dualcloud synth [app.ts] [--output <dir>] [--stage <stage>]`: writes the
 * same cdktf.out as `cdktf synth` without the cdktf CLI's start-up, then
 * prints the warnings grouped by kind and the stacks written. `--stage` sets
 * `DUALCLOUD_STAGE` for this synth (`foundation`, or entries such as
 * `gcp-europe-west1=foundation`; docs/first-deployment.md#stages). Without an argument it runs
 * cdktf.json's `"app"` (in this process when that is `dualcloud run <entry>`).
 * Deploy from the result with `cdktf deploy <stack> --skip-synth`, or run
 * Terraform in `cdktf.out/stacks/<stack>`.
 */
export const synthCommand: CliCommand = {
  summary: "[app.ts] [--output <dir>] [--stage <stage>]: write the same cdktf.out as `cdktf synth`, without the cdktf CLI's start-up",
  async run(args) {
    const config = readCdktfConfig();
    let app: string | undefined;
    let stage: string | undefined;
    let outdir = config.output ?? "cdktf.out";
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "--output" || args[i] === "-o") outdir = args[++i] ?? "";
      else if (args[i] === "--stage") stage = args[++i] ?? "";
      else if (args[i] === "--hcl") {
        process.stderr.write("dualcloud synth writes Terraform JSON only; for HCL run `npx cdktf synth --hcl` (and remove cdktf.out first when switching).\n");
        return 2;
      } else if (!args[i].startsWith("-") && app === undefined) app = args[i];
      else {
        process.stderr.write(`${USAGE}\n`);
        return 2;
      }
    }
    app ??= config.app;
    if (app === undefined || outdir === "" || stage === "") {
      process.stderr.write(`${USAGE}\n(no app given and no "app" in cdktf.json)\n`);
      return 2;
    }
    if (stage !== undefined) process.env[STAGE_ENV] = stage;
    const started = performance.now();
    const result = synthesize({ app, outdir, config });
    const lines = renderAnnotationGroups(result.annotationGroups);
    for (const stale of result.removedStale) lines.push(`removed ${relative(".", stale)}, left by an earlier --hcl synth`);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    lines.push(`synthesized ${result.stacks.length} stacks into ${outdir} in ${seconds} s: ${result.stacks.map((s) => s.name).join(", ")}`);
    process.stdout.write(`\n${lines.join("\n")}\n`);
    return result.stacks.some((s) => s.annotations.some((a) => a.level === "@cdktf/error")) ? 1 : 0;
  },
};
