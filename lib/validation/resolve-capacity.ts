import { MAX_INSTANCES_PER_DATACENTRE } from "../model/capacity";
import { DEFAULTS } from "../model/defaults";
import { PeakInstances, PeakRequestRate } from "../model/props";
import { CapacityModel } from "../model/service-model";
import { FieldChecker, PlainObject } from "./checker";
import { InstanceDefaults } from "./datacentres";

const CAPACITY_FIELDS = ["minInstancesPerDatacentre", "maxInstancesPerDatacentre", "peak", "stability", "targetCpuPercent", "concurrentRequestsPerInstance"] as const;

/** Checks the `capacity` section's shape; the checked object feeds {@link resolveInstanceBounds} and {@link resolveCapacity}. */
export function capacitySection(check: FieldChecker, raw: unknown): PlainObject {
  return check.optional(raw, {}, (v) => check.object("capacity", v, CAPACITY_FIELDS));
}

/** Resolves the instance bounds every datacentre inherits (`capacity.min/maxInstancesPerDatacentre`). */
export function resolveInstanceBounds(check: FieldChecker, capacityRaw: PlainObject): InstanceDefaults {
  const minInstances = check.optional(capacityRaw.minInstancesPerDatacentre, DEFAULTS.minInstancesPerDatacentre as number, (v) => check.integer("capacity.minInstancesPerDatacentre", v, 1, MAX_INSTANCES_PER_DATACENTRE));
  const maxInstances = check.optional(capacityRaw.maxInstancesPerDatacentre, DEFAULTS.maxInstancesPerDatacentre as number, (v) => check.integer("capacity.maxInstancesPerDatacentre", v, 1, MAX_INSTANCES_PER_DATACENTRE));
  if (minInstances > maxInstances) check.fail("capacity.minInstancesPerDatacentre", minInstances, `at most capacity.maxInstancesPerDatacentre (${maxInstances})`);
  return { minInstances, maxInstances };
}

/** Resolves the rest of `capacity`: stability, scaling targets and the declared peak. */
export function resolveCapacity(check: FieldChecker, raw: PlainObject): CapacityModel {
  const stability = check.optional(raw.stability, DEFAULTS.stability, (v) => check.oneOf("capacity.stability", v, ["static", "elastic"] as const));
  const targetCpuPercent = check.optional(raw.targetCpuPercent, DEFAULTS.targetCpuPercent as number, (v) => check.integer("capacity.targetCpuPercent", v, 10, 90));
  const concurrentRequestsPerInstance = check.optional(raw.concurrentRequestsPerInstance, DEFAULTS.concurrentRequestsPerInstance as number, (v) =>
    check.integer("capacity.concurrentRequestsPerInstance", v, 1, 1000),
  );
  const base = { stability, targetCpuPercent, concurrentRequestsPerInstance };
  if (raw.peak === undefined) return base;
  const peakRaw = check.object("capacity.peak", raw.peak, ["instances", "requestsPerSecond", "requestsPerSecondPerInstance"]);
  let peak: PeakInstances | PeakRequestRate;
  if (peakRaw.instances !== undefined) {
    if (peakRaw.requestsPerSecond !== undefined || peakRaw.requestsPerSecondPerInstance !== undefined) {
      check.fail("capacity.peak", peakRaw, "either { instances } or { requestsPerSecond, requestsPerSecondPerInstance }, not both");
    }
    peak = { instances: check.integer("capacity.peak.instances", peakRaw.instances, 1, 100000) };
  } else {
    peak = {
      requestsPerSecond: check.integer("capacity.peak.requestsPerSecond", peakRaw.requestsPerSecond, 1, 100_000_000),
      requestsPerSecondPerInstance: check.integer("capacity.peak.requestsPerSecondPerInstance", peakRaw.requestsPerSecondPerInstance, 1, 1_000_000),
    };
  }
  return { ...base, peak };
}
