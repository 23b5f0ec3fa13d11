import { CLOUD_NAMES, cloudPlugin, CloudName } from "../clouds/registry";
import { CloudSection, DatacentreModel } from "../model/service-model";
import { FieldChecker, PlainObject } from "./checker";

/** The props field of each cloud's own options section: the clouds whose plugin parses one, by name. */
export const CLOUD_OPTION_FIELDS: readonly CloudName[] = CLOUD_NAMES.filter((c) => cloudPlugin(c).resolveOptions !== undefined);

/** Checks the `stateBackend` section's shape: one optional key per cloud. */
export function stateBackendSection(check: FieldChecker, raw: unknown): PlainObject {
  return check.optional(raw, {}, (v) => check.object("stateBackend", v, CLOUD_NAMES));
}

/**
 * Each cloud's own section of the model, parsed by its plugin: first every
 * configured state backend, then every options section (`props.<cloud>`),
 * each in registry order.
 */
export function resolveCloudSections(check: FieldChecker, props: PlainObject, backends: PlainObject, datacentres: readonly DatacentreModel[]): Partial<Record<CloudName, CloudSection>> {
  const sections: { [C in CloudName]?: { -readonly [K in keyof CloudSection]: CloudSection[K] } } = {};
  for (const cloud of CLOUD_NAMES) {
    if (backends[cloud] === undefined) continue;
    const { settings, globalStackRegion } = cloudPlugin(cloud).resolveStateBackend(backends[cloud], datacentres, check);
    sections[cloud] = { stateBackend: settings, ...(globalStackRegion !== undefined ? { globalStackRegion } : {}) };
  }
  for (const cloud of CLOUD_OPTION_FIELDS) {
    const options = cloudPlugin(cloud).resolveOptions?.(props[cloud], datacentres, check);
    if (options !== undefined) sections[cloud] = { ...sections[cloud], options };
  }
  return sections;
}
