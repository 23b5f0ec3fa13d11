import { CliCommand } from "./command";
import { runApp } from "./run-app";

/**
 * `dualcloud run <app.ts>`: runs a cdktf app, for cdktf.json's `"app"`. The
 * app is bundled once with esbuild and the bundle is reused until one of its
 * sources changes; types are not checked here (run `tsc --noEmit`).
 */
export const runCommand: CliCommand = {
  summary: "<app.ts>: run a cdktf app, bundled once with esbuild and cached in .cdktf-app/ until a source changes; use it as cdktf.json's \"app\"",
  async run(args) {
    if (args.length !== 1 || args[0].startsWith("-")) {
      process.stderr.write("usage: dualcloud run <app.ts>\n");
      return 2;
    }
    runApp(args[0]);
    return 0;
  },
};
