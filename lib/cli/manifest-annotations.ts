import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { AnnotationGroup, GROUPED_LEVELS, groupAnnotations, ManifestAnnotation, ManifestStack } from "./annotation-report";

/** cdktf's manifest.json, as far as the grouping reads it. */
interface Manifest {
  readonly stacks: Record<string, ManifestStack & Record<string, unknown>>;
}

/**
 * Rewrites the warnings and errors of `<outdir>/manifest.json` to one per
 * kind ({@link groupAnnotations}): each group is recorded once, on the first
 * stack it applies to, with the stacks it applies to as its construct path.
 * `cdktf synth` (and deploy, diff, list) prints one line per annotation per
 * stack, so it then prints `WARN [stack-a, stack-b]: <message>` once per kind;
 * an error still fails the synth. Info annotations are kept as they are.
 * Returns the groups, errors first.
 */
export function groupManifestAnnotations(outdir: string): AnnotationGroup[] {
  const path = join(outdir, "manifest.json");
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  const stacks = Object.values(manifest.stacks);
  const groups = groupAnnotations(stacks);
  const levelOf = Object.fromEntries(Object.entries(GROUPED_LEVELS).map(([manifestLevel, word]) => [word, manifestLevel]));
  for (const [key, stack] of Object.entries(manifest.stacks)) {
    const kept = stack.annotations.filter((a) => GROUPED_LEVELS[a.level] === undefined);
    const grouped: ManifestAnnotation[] = groups
      .filter((g) => g.stacks[0] === stack.name)
      .map((g) => ({ constructPath: g.stacks.join(", "), level: levelOf[g.level], message: g.message }));
    manifest.stacks[key] = { ...stack, annotations: [...grouped, ...kept] };
  }
  writeFileSync(path, JSON.stringify(manifest, undefined, 2));
  return groups;
}
