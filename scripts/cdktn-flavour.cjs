// Builds the CDK Terrain flavour (dualcloud-cdktn) from this repository's
// sources: copies every source file (lib/, test/, stacks/, scripts/, examples/,
// docs/, configs) into flavours/cdktn/, next to that flavour's own
// package.json and lock, and rewrites what differs between the cores by the
// table below. Nothing under flavours/cdktn/ but package.json and
// package-lock.json is hand-written: the rest is regenerated on every run.
// Usage: node scripts/cdktn-flavour.cjs [outdir]
//        node scripts/cdktn-flavour.cjs --manifest   (after changing package.json)
"use strict";
const { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { join, relative, resolve, sep } = require("node:path");

const ROOT = resolve(__dirname, "..");
const DEFAULT_OUT = join(ROOT, "flavours", "cdktn");

/** Kept in the flavour directory across builds: its own manifest, lock and installed modules. */
const FLAVOUR_OWNED = new Set(["package.json", "package-lock.json", "node_modules"]);
/** Top-level entries of the repository that are not sources of the flavour. */
const NOT_COPIED = new Set([".git", ".ci", "flavours", "package.json", "package-lock.json"]);
/** Files that build or check the flavour itself, from the repository: not part of it. */
const SOURCE_TREE_ONLY = new Set(["scripts/cdktn-flavour.cjs", "test/cdktn-flavour.test.ts"]);
/** Build output and caches, at any depth. */
const NEVER_COPIED = /^(node_modules|dist|cdktf\.out|\.cdktf-app|coverage|\.gen|\.prof|\.lint-probes-.*|.*\.tgz)$/;
/** Files whose text is code and gets the rewrites. */
const CODE = /\.(ts|js|cjs|mjs)$/;

/**
 * What differs between cdktf 0.21 and CDK Terrain 0.24 for this code base,
 * applied to every code file in order. Each row names why it exists; each
 * must match somewhere in the sources (test/cdktn-flavour.test.ts checks),
 * so a row that stops applying is noticed rather than silently kept.
 */
const REWRITES = [
  {
    why: "the AWS and Azure provider bindings moved to the @cdktn scope (new majors: aws 25.x, azurerm 16.x)",
    from: /@cdktf\/provider-(aws|azurerm)(?=["'`/])/g,
    to: "@cdktn/provider-$1",
  },
  {
    why: "the core package is cdktn: import/require of the package root",
    from: /(\bfrom\s+|\brequire\(\s*|\brequire\.resolve\(\s*|\bimport\(\s*)(["'`])cdktf(?=["'`])/g,
    to: "$1$2cdktn",
  },
  {
    why: "the core package is cdktn: paths inside it (cdktf/lib/..., cdktf/package.json) keep their layout",
    from: /(["'`])cdktf\//g,
    to: "$1cdktn/",
  },
  {
    why: "cdktn's Testing.app() turns on future flags (failOnConstructsOutsideOfStacks), cdktf 0.21 had none: the tests keep cdktf's behaviour, and test/core.test.ts sets the flags explicitly",
    from: /\bTesting\.app\((\)|\{(?!\s*enableFutureFlags)\s*)/g,
    to: (_, tail) => (tail === ")" ? "Testing.app({ enableFutureFlags: false })" : "Testing.app({ enableFutureFlags: false, "),
  },
  {
    why: "the CLI binary is cdktn",
    from: /(["'])\.bin\1, (["'])cdktf\2/g,
    to: '$1.bin$1, $2cdktn$2',
  },
  {
    why: "this flavour is published as dualcloud-cdktn: the consumer project and the pack-and-consume test import it by that name",
    only: /^(examples|test\/package)\//,
    from: /(\bfrom\s+|\brequire\(\s*|\brequire\.resolve\(\s*)(["'])dualcloud(?=["'/])/g,
    to: "$1$2dualcloud-cdktn",
  },
];

/**
 * Applies {@link REWRITES} to one code file's text (rows with `only` just to
 * the files whose repository path it matches); returns the text and how often
 * each row matched.
 */
function rewrite(text, file = "") {
  const counts = [];
  let out = text;
  for (const row of REWRITES) {
    let n = 0;
    if (!row.only || row.only.test(file.split(sep).join("/"))) {
      out = out.replace(row.from, (...m) => {
        n++;
        return typeof row.to === "function" ? row.to(...m) : row.to.replace(/\$(\d)/g, (_, i) => m[Number(i)]);
      });
    }
    counts.push(n);
  }
  return { text: out, counts };
}

/** The name a package has in this flavour (e.g. cdktf -> cdktn), by the same rewrite rows as an import of it. */
function flavourPackageName(name) {
  return rewrite(`require("${name}")`, "examples/package.json").text.slice('require("'.length, -'")'.length);
}

/** The cdktn counterpart and exact version of each core package this repository pins (cdktn-cli 0.24 needs Node >= 22.19). */
const CORE_PINS = {
  cdktf: ["cdktn", "0.24.0"],
  "cdktf-cli": ["cdktn-cli", "0.24.0"],
  "@cdktf/provider-aws": ["@cdktn/provider-aws", "25.7.0"],
  "@cdktf/provider-azurerm": ["@cdktn/provider-azurerm", "16.1.0"],
  constructs: ["constructs", "10.7.2"],
};
/** What dualcloud-cdktn asks of its consumers; no Google provider (none exists for cdktn). */
const FLAVOUR_PEERS = { "@cdktn/provider-aws": "^25.0.0", "@cdktn/provider-azurerm": "^16.0.0", cdktn: "^0.24.0", constructs: ">=10.6.0 <10.8.0" };
/** @cdktn/provider-azurerm 16.1.0 peers on cdktn ^0.23.0, which was never published. */
const FLAVOUR_OVERRIDES = { "@cdktn/provider-azurerm": { cdktn: "$cdktn" } };

/**
 * flavours/cdktn/package.json, derived from this repository's package.json:
 * renamed, no dualcloud/gcp entry point, the cdktn peers and pins above
 * (@cdktf/provider-google stays a dev dependency so the GCP sources still
 * type-check), `cdktn synth`, and the overrides. Written by `--manifest`;
 * refresh the lock after with `npm install --package-lock-only` there.
 */
function flavourManifest(root) {
  const m = JSON.parse(JSON.stringify(root));
  m.name = "dualcloud-cdktn";
  m.description = `${root.description} Built for CDK Terrain (cdktn 0.24, @cdktn providers) from the same sources as dualcloud.`;
  if (m.exports) delete m.exports["./gcp"];
  m.scripts = Object.fromEntries(Object.entries(root.scripts).map(([k, v]) => [k, v.replace("cdktf synth", "cdktn synth")]));
  m.peerDependencies = FLAVOUR_PEERS;
  delete m.peerDependenciesMeta;
  const dev = Object.entries(root.devDependencies).map(([name, version]) => CORE_PINS[name] ?? [name, version]);
  m.devDependencies = Object.fromEntries(dev.sort(([a], [b]) => a.localeCompare(b)));
  m.overrides = FLAVOUR_OVERRIDES;
  return m;
}

/** The flavour's example consumer: the same project, depending on dualcloud-cdktn and the cdktn peers at the flavour's pinned versions. */
function consumerManifest(rootManifest, flavour) {
  const m = JSON.parse(JSON.stringify(rootManifest));
  m.description = `${m.description} (CDK Terrain flavour)`;
  const deps = {};
  for (const [name, version] of Object.entries(m.dependencies)) {
    if (name === "dualcloud") deps[flavour.name] = version.replace(/\bdualcloud-(?=\d)/, `${flavour.name}-`);
    else {
      const renamed = flavourPackageName(name);
      deps[renamed] = flavour.devDependencies[renamed] ?? version;
    }
  }
  m.dependencies = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)));
  m.devDependencies = { ...m.devDependencies, "cdktn-cli": flavour.devDependencies["cdktn-cli"] };
  m.overrides = flavour.overrides;
  return m;
}

/**
 * The flavour's example consumer's cdktf.json: what the README tells a cdktn
 * project to set, the future flag failOnConstructsOutsideOfStacks off (the JSON
 * boolean; `cdktn init` writes the string "true").
 */
function consumerCdktfJson(config) {
  return { ...config, context: { ...config.context, failOnConstructsOutsideOfStacks: false } };
}

/** Every file to copy, as paths relative to the repository root. */
function sourceFiles(dir = ROOT, top = true) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if ((top && NOT_COPIED.has(entry.name)) || NEVER_COPIED.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path, false));
    else if (entry.isFile() && !SOURCE_TREE_ONLY.has(relative(ROOT, path).split(sep).join("/"))) out.push(relative(ROOT, path));
  }
  return out.sort();
}

/**
 * Regenerates the flavour in `outdir` and returns, per rewrite row, how many
 * times it matched across all files.
 */
function build(outdir = DEFAULT_OUT) {
  mkdirSync(outdir, { recursive: true });
  for (const entry of readdirSync(outdir)) {
    if (!FLAVOUR_OWNED.has(entry)) rmSync(join(outdir, entry), { recursive: true, force: true });
  }
  const flavourManifestPath = join(outdir, "package.json");
  const flavour = JSON.parse(readFileSync(existsSync(flavourManifestPath) ? flavourManifestPath : join(DEFAULT_OUT, "package.json"), "utf8"));
  const totals = REWRITES.map(() => 0);
  for (const file of sourceFiles()) {
    const target = join(outdir, file);
    mkdirSync(join(target, ".."), { recursive: true });
    if (file === join("examples", "consumer-app", "package.json")) {
      const manifest = consumerManifest(JSON.parse(readFileSync(join(ROOT, file), "utf8")), flavour);
      writeFileSync(target, `${JSON.stringify(manifest, null, 2)}\n`);
    } else if (file === join("examples", "consumer-app", "cdktf.json")) {
      writeFileSync(target, `${JSON.stringify(consumerCdktfJson(JSON.parse(readFileSync(join(ROOT, file), "utf8"))), null, 2)}\n`);
    } else if (CODE.test(file) && file.split(sep)[0] !== "flavours") {
      const { text, counts } = rewrite(readFileSync(join(ROOT, file), "utf8"), file);
      counts.forEach((n, i) => (totals[i] += n));
      writeFileSync(target, text);
    } else {
      cpSync(join(ROOT, file), target);
    }
    if (statSync(join(ROOT, file)).mode & 0o111) chmodSync(target, 0o755);
  }
  return totals;
}

module.exports = { flavourManifest, REWRITES, rewrite, flavourPackageName, consumerManifest, consumerCdktfJson, sourceFiles, build, DEFAULT_OUT };

if (require.main === module && process.argv[2] === "--manifest") {
  const manifest = flavourManifest(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")));
  writeFileSync(join(DEFAULT_OUT, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log("wrote flavours/cdktn/package.json; now run: (cd flavours/cdktn && npm install --package-lock-only --no-audit --no-fund)");
} else if (require.main === module) {
  const outdir = resolve(process.argv[2] ?? DEFAULT_OUT);
  const totals = build(outdir);
  const unused = REWRITES.filter((_, i) => totals[i] === 0);
  for (const row of unused) console.error(`cdktn flavour: rewrite matched nothing (${row.why})`);
  console.log(`cdktn flavour built in ${relative(process.cwd(), outdir) || "."}: ${totals.map((n, i) => `${n}x ${REWRITES[i].from}`).join(", ")}`);
  if (unused.length > 0) process.exit(1);
}
