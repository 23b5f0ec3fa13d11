import { MAX_INSTANCES_PER_DATACENTRE } from "../model/capacity";
import { CLOUD_NAMES, CLOUDS, CloudName, DEFAULT_DATACENTRES, findRegion, isCloudName } from "../clouds/registry";
import { DEFAULTS } from "../model/defaults";
import { DeployStage } from "../model/props";
import { DatacentreModel } from "../model/service-model";
import { defaultSlotCidr, isPrivate, overlaps, parseCidr } from "../network/cidr";
import { FieldChecker } from "./checker";
import { nearest } from "./nearest";
import { DEPLOY_STAGES } from "./stage-override";

const DATACENTRE_FIELDS = ["cloud", "region", "cidr", "drain", "weight", "minInstances", "maxInstances", "stage"] as const;

/** What every datacentre inherits unless it overrides it: instance bounds and the service-wide stage. */
export interface InstanceDefaults {
  readonly minInstances: number;
  readonly maxInstances: number;
  /** The service-wide `stage`; `serving` when absent. */
  readonly stage?: DeployStage;
}

/**
 * Validates `datacentres` (or applies the default topology) and returns the
 * datacentre models: known regions, no duplicates, at least two clouds,
 * private non-overlapping CIDRs and sane instance bounds.
 */
export function resolveDatacentres(check: FieldChecker, serviceName: string, domain: string, value: unknown, instances: InstanceDefaults): DatacentreModel[] {
  const specs = value === undefined ? DEFAULT_DATACENTRES : check.array("datacentres", value, 2, 32);
  const models = specs.map((spec, i) => resolveOne(check, `datacentres[${i}]`, serviceName, domain, spec, instances));

  const seen = new Map<string, number>();
  models.forEach((m, i) => {
    const first = seen.get(m.key);
    if (first !== undefined) check.fail(`datacentres[${i}]`, `${m.cloud} ${m.region.name}`, `each cloud and region at most once (already datacentres[${first}])`);
    seen.set(m.key, i);
  });

  const clouds = new Set(models.map((m) => m.cloud));
  if (clouds.size < 2) check.fail("datacentres", [...clouds].join(", "), `datacentres in at least two clouds (known clouds: ${CLOUD_NAMES.join(", ")})`);
  if (!models.some((m) => !m.drained)) check.fail("datacentres", "every datacentre drained", "at least one datacentre in rotation");

  const blocks = models.map((m) => parseCidr(m.cidr)!);
  for (let i = 0; i < models.length; i++) {
    for (let j = 0; j < i; j++) {
      if (overlaps(blocks[i], blocks[j])) {
        check.fail(`datacentres[${i}].cidr`, models[i].cidr, `an address space that does not overlap datacentres[${j}] (${models[j].key}, ${models[j].cidr})`);
      }
    }
  }
  return models;
}

function resolveOne(check: FieldChecker, field: string, serviceName: string, domain: string, raw: unknown, instances: InstanceDefaults): DatacentreModel {
  const spec = check.object(field, raw, DATACENTRE_FIELDS);
  if (!isCloudName(spec.cloud)) check.fail(`${field}.cloud`, spec.cloud, `one of ${CLOUD_NAMES.map((c) => `"${c}"`).join(", ")}`);
  const cloud: CloudName = spec.cloud;
  const regionName = check.literal(`${field}.region`, spec.region, `a ${cloud} region name`);
  const region = findRegion(cloud, regionName);
  if (!region) {
    const names = CLOUDS[cloud].regions.map((r) => r.name);
    check.fail(`${field}.region`, regionName, `a known ${cloud} region; nearest: ${nearest(regionName, names).join(", ")}`);
  }
  const slot = CLOUDS[cloud].networkSlotBase + CLOUDS[cloud].regions.indexOf(region);
  const cidr = check.optional(spec.cidr, defaultSlotCidr(slot), (v) => {
    const allowed = "a private IPv4 CIDR (RFC 1918) with a /16 to /20 prefix and no host bits, e.g. 10.20.0.0/16";
    const text = check.literal(`${field}.cidr`, v, allowed);
    const block = parseCidr(text);
    if (!block || block.bitmask < 16 || block.bitmask > 20 || !isPrivate(block)) check.fail(`${field}.cidr`, text, allowed);
    return text;
  });
  const drained = check.optional(spec.drain, false, (v) => check.boolean(`${field}.drain`, v));
  const weight = check.optional(spec.weight, DEFAULTS.weight as number, (v) => check.integer(`${field}.weight`, v, 1, 255));
  const minInstances = check.optional(spec.minInstances, instances.minInstances, (v) => check.integer(`${field}.minInstances`, v, 1, MAX_INSTANCES_PER_DATACENTRE));
  const maxInstances = check.optional(spec.maxInstances, instances.maxInstances, (v) => check.integer(`${field}.maxInstances`, v, 1, MAX_INSTANCES_PER_DATACENTRE));
  if (minInstances > maxInstances) {
    check.fail(`${field}.minInstances`, minInstances, `at most maxInstances (${maxInstances}) of this datacentre`);
  }
  const stage = check.optional(spec.stage, instances.stage ?? DEFAULTS.stage, (v) => check.oneOf(`${field}.stage`, v, DEPLOY_STAGES));
  const key = `${cloud}-${region.name}`;
  return {
    cloud,
    region,
    key,
    stackName: `${serviceName}-${key}`,
    cidr,
    endpointHostname: `${region.name}.${cloud}.${domain}`,
    drained,
    weight,
    minInstances,
    maxInstances,
    stage,
  };
}
