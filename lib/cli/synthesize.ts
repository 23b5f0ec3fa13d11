import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { dirname, join } from "path";
import type { AnnotationGroup, ManifestStack } from "./annotation-report";
import { CdktfConfig, inProcessEntry, relativeModules } from "./cdktf-config";
import { groupManifestAnnotations } from "./manifest-annotations";
import { runApp } from "./run-app";

/** Files only an `--hcl` synth writes in a stack directory. */
const HCL_ONLY_FILES = ["cdk.tf", "metadata.json"];

/** What {@link synthesize} runs and where it writes. */
export interface SynthesizeOptions {
  /** The app: a `.ts`/`.js` entry run in this process, or a shell command (cdktf.json's `"app"`). */
  readonly app: string;
  /** Output directory, as `cdktf synth --output`. */
  readonly outdir: string;
  /** The project's cdktf.json (for its relative Terraform modules). */
  readonly config: CdktfConfig;
}

/** What {@link synthesize} wrote. */
export interface SynthesizeResult {
  /** Every stack of the manifest, in manifest order, with its annotations as written by the app. */
  readonly stacks: readonly ManifestStack[];
  /** The warnings and errors, one group per kind, as the manifest now records them ({@link groupManifestAnnotations}). */
  readonly annotationGroups: readonly AnnotationGroup[];
  /** Files an earlier `--hcl` synth left in a stack directory (Terraform would load its `cdk.tf` as well), now removed. */
  readonly removedStale: readonly string[];
}

/**
 * Synthesizes an app as `cdktf synth` does, without the CLI: the app runs with
 * the environment cdktf gives it (CDKTF_OUTDIR, the context with the relative
 * modules, JSON output) and writes the output directory itself; stack
 * directories of stacks the app no longer has are removed, as cdktf does. It
 * also removes what an earlier `--hcl` synth left next to a fresh
 * `cdk.tf.json` (`cdk.tf`, `metadata.json`): cdktf keeps them, and Terraform
 * would load both configurations. The manifest records each kind of warning
 * once, with its stacks, as the runner does under the cdktf CLI.
 */
export function synthesize(options: SynthesizeOptions): SynthesizeResult {
  const stacksDir = join(options.outdir, "stacks");
  const before = existsSync(stacksDir) ? readdirSync(stacksDir).filter((d) => statSync(join(stacksDir, d)).isDirectory()) : [];
  const context = process.env.CDKTF_CONTEXT_JSON ? (JSON.parse(process.env.CDKTF_CONTEXT_JSON) as Record<string, unknown>) : {};
  const env = {
    CDKTF_OUTDIR: options.outdir,
    CDKTF_CONTEXT_JSON: JSON.stringify({ ...context, cdktfRelativeModules: relativeModules(options.config) }),
    SYNTH_HCL_OUTPUT: "false",
  };
  const entry = inProcessEntry(options.app);
  if (entry !== undefined) {
    Object.assign(process.env, env);
    runApp(entry);
  } else {
    const result = spawnSync(options.app, { shell: true, stdio: "inherit", env: { ...process.env, ...env } });
    if (result.status !== 0) throw new Error(`the app command failed (exit ${result.status ?? result.signal}): ${options.app}`);
  }
  const manifestPath = join(options.outdir, "manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`the app wrote no ${manifestPath}: it must call app.synth()`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { stacks: Record<string, ManifestStack> };
  const stacks = Object.values(manifest.stacks);
  const annotationGroups = groupManifestAnnotations(options.outdir);
  for (const orphan of before.filter((d) => !stacks.some((s) => s.name === d))) rmSync(join(stacksDir, orphan), { recursive: true, force: true });
  const removedStale: string[] = [];
  for (const stack of stacks.filter((s) => s.synthesizedStackPath.endsWith(".tf.json"))) {
    for (const name of HCL_ONLY_FILES) {
      const stale = join(options.outdir, dirname(stack.synthesizedStackPath), name);
      if (existsSync(stale)) {
        rmSync(stale);
        removedStale.push(stale);
      }
    }
  }
  return { stacks, annotationGroups, removedStale };
}
