import { existsSync, readFileSync, statSync, writeFileSync } from "fs";
import { basename, extname, resolve } from "path";

/** Options for {@link bundleApp}. */
export interface AppBundleOptions {
  /**
   * Where the bundle is written; its input list goes next to it (`<outfile>.meta.json`).
   * @default - `.cdktf-app/<entry name>.cjs` under the current directory
   */
  readonly outfile?: string;
}

/** A bundle of an app's own sources, ready to `require`. */
export interface AppBundle {
  /** Absolute path of the CommonJS bundle. */
  readonly file: string;
  /** True when this call (re)built it; false when the cached bundle was still fresh. */
  readonly rebuilt: boolean;
}

/** Changes whenever the build options below change, so an older cached bundle is rebuilt. */
const BUNDLE_FORMAT = 1;

interface BundleMeta {
  readonly format: number;
  readonly inputs: string[];
}

/**
 * Bundles a TypeScript (or JavaScript) cdktf app's own sources into one
 * CommonJS file with esbuild, without type-checking it (`tsc --noEmit` does
 * that), and reuses the bundle until one of its inputs changes. Packages stay
 * external, so the app shares node_modules' single copy of cdktf, constructs,
 * dualcloud and each provider.
 */
export function bundleApp(entry: string, options: AppBundleOptions = {}): AppBundle {
  const outfile = resolve(options.outfile ?? resolve(".cdktf-app", `${basename(entry, extname(entry))}.cjs`));
  const metafile = `${outfile}.meta.json`;
  if (isFresh(outfile, metafile)) return { file: outfile, rebuilt: false };
  // Loaded only to rebuild: a fresh bundle never pays for esbuild.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const result = esbuild.buildSync({
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
  const meta: BundleMeta = { format: BUNDLE_FORMAT, inputs: Object.keys(result.metafile.inputs).map((input) => resolve(input)) };
  writeFileSync(metafile, JSON.stringify(meta));
  return { file: outfile, rebuilt: true };
}

/** True when the bundle exists, has this format and is newer than every file it was built from. */
function isFresh(outfile: string, metafile: string): boolean {
  if (!existsSync(outfile) || !existsSync(metafile)) return false;
  const meta = JSON.parse(readFileSync(metafile, "utf8")) as Partial<BundleMeta>;
  if (meta.format !== BUNDLE_FORMAT || !Array.isArray(meta.inputs)) return false;
  const built = statSync(outfile).mtimeMs;
  return meta.inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= built);
}
