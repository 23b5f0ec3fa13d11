// Runs a TypeScript cdktf app without type-checking it (`tsc --noEmit` does
// that once, in `npm test`): esbuild bundles the app's own sources into
// .cdktf-app/ (packages stay external, so the app uses node_modules' single
// copy of cdktf, constructs and each provider), the bundle is reused while no
// input has changed, and it runs in this process.
// Usage: node scripts/run-app.cjs <entry.ts>
"use strict";
const { existsSync, readFileSync, statSync, writeFileSync } = require("node:fs");
const { basename, resolve } = require("node:path");

const entry = process.argv[2];
if (!entry) {
  console.error("usage: node scripts/run-app.cjs <entry.ts>");
  process.exit(2);
}
const outfile = resolve(".cdktf-app", `${basename(entry).replace(/\.ts$/, "")}.cjs`);
const metafile = `${outfile}.meta.json`;

/** True when the bundle exists and is newer than every file it was built from. */
function isFresh() {
  if (!existsSync(outfile) || !existsSync(metafile)) return false;
  const built = statSync(outfile).mtimeMs;
  const inputs = Object.keys(JSON.parse(readFileSync(metafile, "utf8")).inputs);
  return inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= built);
}

if (!isFresh()) {
  const result = require("esbuild").buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    packages: "external",
    platform: "node",
    target: "node20",
    format: "cjs",
    metafile: true,
    logLevel: "warning",
  });
  writeFileSync(metafile, JSON.stringify({ inputs: result.metafile.inputs }));
}

require(outfile);
