import { DeployStage } from "../model/props";
import { DatacentreModel } from "../model/service-model";
import { FieldChecker } from "./checker";

/** The deploy stages, the same on every cloud. */
export const DEPLOY_STAGES: readonly DeployStage[] = ["foundation", "serving"];

/** Environment variable that overrides every datacentre's stage for one synth. */
export const STAGE_ENV = "DUALCLOUD_STAGE";

/** cdktf context key read when {@link STAGE_ENV} is unset (cdktf.json `context`, or `new App({ context })`). */
export const STAGE_CONTEXT = "dualcloud:stage";

/** A stage override for one synth and where it came from. */
export interface StageOverride {
  /** Where the text came from, named in errors: `DUALCLOUD_STAGE` or `context dualcloud:stage`. */
  readonly source: string;
  /** Comma-separated entries, each `<stage>` (every datacentre) or `<datacentre key>=<stage>`. */
  readonly text: string;
}

/**
 * Applies a {@link StageOverride} to resolved datacentres: an entry naming a
 * datacentre key (`gcp-europe-west1=foundation`) wins over a bare stage
 * (`foundation`), which wins over `datacentres[].stage` and `stage`. Every
 * entry is checked: an unknown stage or datacentre key names the source.
 */
export function applyStageOverride(check: FieldChecker, datacentres: readonly DatacentreModel[], override: StageOverride | undefined): DatacentreModel[] {
  if (override === undefined || override.text.trim() === "") return [...datacentres];
  const keys = datacentres.map((d) => d.key);
  const allowed = `comma-separated entries, each "foundation" or "serving" (every datacentre) or <datacentre>=<stage> with a datacentre of this service (${keys.join(", ")})`;
  let every: DeployStage | undefined;
  const byKey = new Map<string, DeployStage>();
  for (const entry of override.text.split(",").map((e) => e.trim())) {
    const [left, right, ...rest] = entry.split("=").map((p) => p.trim());
    if (rest.length > 0 || left === "") check.fail(override.source, override.text, allowed);
    if (right === undefined) {
      if (every !== undefined) check.fail(override.source, override.text, `${allowed}; at most one bare stage`);
      every = check.oneOf(override.source, left, DEPLOY_STAGES);
      continue;
    }
    if (!keys.includes(left) || byKey.has(left)) check.fail(override.source, entry, allowed);
    byKey.set(left, check.oneOf(override.source, right, DEPLOY_STAGES));
  }
  return datacentres.map((d) => ({ ...d, stage: byKey.get(d.key) ?? every ?? d.stage }));
}
