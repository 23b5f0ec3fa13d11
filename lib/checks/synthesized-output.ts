import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { DualCloudValidationError } from "../errors";
import { SynthesizedStack } from "../terraform/terraform-json";

/** Reads the stacks `cdktf synth` wrote to `outdir` (default `cdktf.out`), from its manifest. */
export function readSynthesizedStacks(outdir = "cdktf.out"): SynthesizedStack[] {
  const manifestPath = join(outdir, "manifest.json");
  if (!existsSync(manifestPath)) throw new DualCloudValidationError("readSynthesizedStacks", "outdir", outdir, `a directory holding cdktf synth output (${manifestPath} is missing): run cdktf synth first, or pass its output directory`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { stacks?: Record<string, { name: string; synthesizedStackPath: string }> };
  return Object.values(manifest.stacks ?? {}).map((s) => ({
    name: s.name,
    json: JSON.parse(readFileSync(join(outdir, s.synthesizedStackPath), "utf8")) as SynthesizedStack["json"],
  }));
}
