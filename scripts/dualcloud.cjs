// The dualcloud CLI (lib/cli) run from this repository's TypeScript sources,
// as the package's bin runs it from dist/cli/dualcloud.js; cdktf.json runs the
// example app through it (`node scripts/dualcloud.cjs run stacks/main.ts`).
// The CLI is bundled with the same cached esbuild bundler it uses for apps
// (lib/cli/app-bundle.ts): after the first run it rebuilds itself only when a
// source of lib/cli changes. Usage: node scripts/dualcloud.cjs <command> ...
"use strict";
const { existsSync } = require("node:fs");
const { resolve } = require("node:path");

const ENTRY = resolve(__dirname, "..", "lib", "cli", "dualcloud.ts");
const OUTFILE = resolve(__dirname, "..", ".cdktf-app", "cli", "dualcloud.cjs");

function load() {
  delete require.cache[OUTFILE];
  return require(OUTFILE);
}

if (!existsSync(OUTFILE)) {
  // First run only: a plain build, so the CLI's own bundler can take over.
  require("esbuild").buildSync({ entryPoints: [ENTRY], outfile: OUTFILE, bundle: true, packages: "external", platform: "node", format: "cjs", logLevel: "warning" });
}
let cli = load();
if (cli.bundleApp(ENTRY, { outfile: OUTFILE }).rebuilt) cli = load();
cli.runCli(process.argv.slice(2));
