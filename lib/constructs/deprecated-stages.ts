import { Annotations } from "cdktf";
import { IConstruct } from "constructs";

/**
 * Warns that a per-cloud stage map entry (`azure.stages.<region>`,
 * `gcp.stages.<region>`) is deprecated in favour of the one rollout model:
 * `stage` on the service and `datacentres[].stage`, `"foundation"` or
 * `"serving"` on every cloud.
 *
 * @param field the deprecated entry, e.g. `azure.stages.eastus`
 * @param value its value
 * @param note what else the reader needs to know, appended to the message
 */
export function warnDeprecatedStage(scope: IConstruct, field: string, value: string, note = ""): void {
  Annotations.of(scope).addWarning(
    `dualcloud: ${field} = "${value}" is deprecated and overrides the datacentre's stage; ` +
      `use stage or datacentres[].stage ("foundation" or "serving", the same on every cloud) instead.${note}`,
  );
}
