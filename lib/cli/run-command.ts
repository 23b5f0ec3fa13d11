import { existsSync, statSync } from "fs";
import { join } from "path";
import { cdktfCommand } from "../summary/cdktf-command";
import { CliCommand } from "./command";
import { groupManifestAnnotations } from "./manifest-annotations";
import { runApp } from "./run-app";

/**
 * `dualcloud run <app.ts>`: runs a cdktf app, for cdktf.json's `"app"`. The
 * app is bundled once with esbuild and the bundle is reused until one of its
 * sources changes; types are not checked here (run `tsc --noEmit`). Under the
 * cdktf CLI it then groups the warnings of the manifest the app wrote, so
 * `cdktf synth` prints each kind once with its stacks ({@link groupManifestAnnotations}).
 */
export const runCommand: CliCommand = {
  summary: "<app.ts>: run a cdktf app, bundled once with esbuild and cached in .cdktf-app/ until a source changes; use it as cdktf.json's \"app\"",
  async run(args) {
    if (args.length !== 1 || args[0].startsWith("-")) {
      process.stderr.write("usage: dualcloud run <app.ts>\n");
      return 2;
    }
    const started = Date.now();
    runApp(args[0]);
    const outdir = process.env.CDKTF_OUTDIR;
    if (outdir !== undefined && cdktfCommand() !== undefined && writtenSince(join(outdir, "manifest.json"), started)) groupManifestAnnotations(outdir);
    return 0;
  },
};

/** True when `file` exists and was written at or after `since` (ms, with a second of slack for coarse file times): this run's manifest, not a stale one. */
function writtenSince(file: string, since: number): boolean {
  return existsSync(file) && statSync(file).mtimeMs >= since - 1000;
}
