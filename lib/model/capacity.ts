import { CloudName, cloudsOf } from "./cloud";
import { PeakInstances, PeakRequestRate, StabilityMode } from "./props";
import { CapacityModel, DatacentreModel } from "./service-model";

/** The most instances a datacentre may be given (the validation limit of `minInstances`/`maxInstances`). */
export const MAX_INSTANCES_PER_DATACENTRE = 1000;

/** A failure the topology must survive: one datacentre, or a whole cloud. */
export interface FailureScenario {
  /** What is lost. */
  readonly kind: "datacentre" | "cloud";
  /** The datacentre key (`aws-us-east-1`) or the cloud name (`aws`). */
  readonly lost: string;
  /** For humans: `losing datacentre aws-us-east-1`, `losing cloud aws`. */
  readonly description: string;
  /** Keys of the datacentres still in rotation after the failure. */
  readonly survivors: readonly string[];
  /** Instances the survivors run at their minimum capacity (no scaling). */
  readonly minimumInstances: number;
  /** Instances the survivors run at their maximum capacity (after scaling out). */
  readonly maximumInstances: number;
  /** What counts under the stability mode: the minimum for `static`, the maximum for `elastic`. */
  readonly carriedInstances: number;
  /** Instances missing to carry the peak (0 when it is carried, or when no peak is declared). */
  readonly shortfall: number;
}

/** The capacity left under every failure, against the declared peak. */
export interface CapacityAssessment {
  /** The stability mode the scenarios are judged by. */
  readonly stability: StabilityMode;
  /** Instances needed at peak, when a peak is declared. */
  readonly peakInstances?: number;
  /** The peak for humans, e.g. `6 instances` or `1200 rps at 200 rps per instance = 6 instances`. */
  readonly peakDescription?: string;
  /** Capacity with nothing lost (drained datacentres already excluded). */
  readonly baseline: FailureScenario;
  /** Every single failure: each datacentre in rotation, then each cloud. */
  readonly scenarios: readonly FailureScenario[];
  /** Scenarios that cannot carry the peak, worst first. */
  readonly failures: readonly FailureScenario[];
  /** Keys of drained datacentres, which count as already lost. */
  readonly drained: readonly string[];
  /** The smallest change that carries the peak under every failure, when some fail. */
  readonly fix?: string;
}

/**
 * Where each datacentre's instance bounds come from. A datacentre that inherits
 * `capacity.minInstancesPerDatacentre` moves when that default is raised; one
 * with its own `minInstances` does not.
 */
export interface CapacityInheritance {
  /** `capacity.minInstancesPerDatacentre` after defaults. */
  readonly minInstancesPerDatacentre: number;
  /** `capacity.maxInstancesPerDatacentre` after defaults. */
  readonly maxInstancesPerDatacentre: number;
  /** Per datacentre, in order: true when `minInstances` is not set on it. */
  readonly inheritsMin: readonly boolean[];
  /** Per datacentre, in order: true when `maxInstances` is not set on it. */
  readonly inheritsMax: readonly boolean[];
}

/** Instances needed to carry a peak: given directly, or the request rate divided by what one instance sustains, rounded up. */
export function peakInstances(peak: PeakInstances | PeakRequestRate): number {
  if ("instances" in peak) return peak.instances;
  return Math.ceil(peak.requestsPerSecond / peak.requestsPerSecondPerInstance);
}

/** The peak for humans. */
export function describePeak(peak: PeakInstances | PeakRequestRate): string {
  if ("instances" in peak) return `${peak.instances} instances`;
  return `${peak.requestsPerSecond} rps at ${peak.requestsPerSecondPerInstance} rps per instance = ${peakInstances(peak)} instances`;
}

/**
 * Derives {@link CapacityInheritance} from the raw `datacentres` prop (already
 * validated), so the fix a capacity error proposes moves the right knob.
 */
export function capacityInheritance(rawDatacentres: unknown, count: number, minInstancesPerDatacentre: number, maxInstancesPerDatacentre: number): CapacityInheritance {
  const specs: unknown[] = Array.isArray(rawDatacentres) ? rawDatacentres : [];
  const field = (i: number, name: string): unknown => {
    const spec = specs[i];
    return typeof spec === "object" && spec !== null ? (spec as Record<string, unknown>)[name] : undefined;
  };
  const indexes = Array.from({ length: count }, (_, i) => i);
  return {
    minInstancesPerDatacentre,
    maxInstancesPerDatacentre,
    inheritsMin: indexes.map((i) => field(i, "minInstances") === undefined),
    inheritsMax: indexes.map((i) => field(i, "maxInstances") === undefined),
  };
}

/**
 * Works out the capacity left after losing any one datacentre and after
 * losing either whole cloud, and whether it carries the declared peak under
 * the stability mode: `static` counts the survivors at their minimum (no
 * scaling, which is a control-plane action an outage may take away),
 * `elastic` at their maximum. Drained datacentres count as already lost.
 *
 * @param inheritance where instance bounds come from, to word the fix; when
 *   omitted every datacentre is taken to inherit the per-datacentre defaults
 */
export function assessCapacity(capacity: CapacityModel, datacentres: readonly DatacentreModel[], inheritance?: CapacityInheritance): CapacityAssessment {
  const peak = capacity.peak === undefined ? undefined : peakInstances(capacity.peak);
  const inRotation = datacentres.filter((d) => !d.drained);
  const scenario = (kind: FailureScenario["kind"] | "none", lost: string, survivors: DatacentreModel[]): FailureScenario => {
    const minimumInstances = sum(survivors.map((d) => d.minInstances));
    const maximumInstances = sum(survivors.map((d) => d.maxInstances));
    const carriedInstances = capacity.stability === "static" ? minimumInstances : maximumInstances;
    return {
      kind: kind === "none" ? "datacentre" : kind,
      lost,
      description: kind === "none" ? "no failure" : `losing ${kind} ${lost}`,
      survivors: survivors.map((d) => d.key),
      minimumInstances,
      maximumInstances,
      carriedInstances,
      shortfall: peak === undefined ? 0 : Math.max(0, peak - carriedInstances),
    };
  };
  const clouds = cloudsOf(datacentres);
  const scenarios = [
    ...inRotation.map((lost) => scenario("datacentre", lost.key, inRotation.filter((d) => d !== lost))),
    ...clouds.map((cloud: CloudName) => scenario("cloud", cloud, inRotation.filter((d) => d.cloud !== cloud))),
  ];
  const failures = scenarios.filter((s) => s.shortfall > 0).sort((a, b) => b.shortfall - a.shortfall);
  const assessment: CapacityAssessment = {
    stability: capacity.stability,
    ...(capacity.peak !== undefined ? { peakInstances: peak, peakDescription: describePeak(capacity.peak) } : {}),
    baseline: scenario("none", "nothing", inRotation),
    scenarios,
    failures,
    drained: datacentres.filter((d) => d.drained).map((d) => d.key),
  };
  if (failures.length === 0 || peak === undefined) return assessment;
  return { ...assessment, fix: proposeFix(capacity.stability, peak, datacentres, failures, inheritance) };
}

/** The explanation of a failing assessment: rule, worst failure, fix. */
export function capacityFailureMessage(assessment: CapacityAssessment, worst: FailureScenario): string {
  const level = assessment.stability === "static" ? "minimum" : "maximum";
  const rule =
    assessment.stability === "static"
      ? "a peak the survivors of losing any one datacentre or either cloud carry at their minimum capacity, without scaling (stability static)"
      : "a peak the survivors of losing any one datacentre or either cloud carry at their maximum capacity (stability elastic)";
  const drained = assessment.drained.length > 0 ? ` (drained datacentres count as already lost: ${assessment.drained.join(", ")})` : "";
  return `${rule}${drained}: ${worst.description} leaves ${plural(worst.carriedInstances, "instance")} at ${level} capacity for a peak of ${assessment.peakInstances}; ${assessment.fix}`;
}

function proposeFix(stability: StabilityMode, peak: number, datacentres: readonly DatacentreModel[], failures: readonly FailureScenario[], inheritance?: CapacityInheritance): string {
  const isStatic = stability === "static";
  const knob = isStatic ? "capacity.minInstancesPerDatacentre" : "capacity.maxInstancesPerDatacentre";
  const value = (d: DatacentreModel): number => (isStatic ? d.minInstances : d.maxInstances);
  const inherits = (d: DatacentreModel): boolean => {
    if (!inheritance) return true;
    const i = datacentres.indexOf(d);
    return (isStatic ? inheritance.inheritsMin : inheritance.inheritsMax)[i] ?? true;
  };
  const byKey = new Map(datacentres.map((d) => [d.key, d]));

  let needed = 0;
  for (const failure of failures) {
    const survivors = failure.survivors.map((k) => byKey.get(k)!);
    if (survivors.length === 0) {
      return `no datacentre is left in rotation after ${failure.description}: bring a drained datacentre back into rotation or add one in another cloud`;
    }
    const moving = survivors.filter(inherits);
    if (moving.length === 0) return perDatacentreFix(isStatic, peak, datacentres, failures);
    const fixed = sum(survivors.filter((d) => !inherits(d)).map(value));
    needed = Math.max(needed, Math.ceil((peak - fixed) / moving.length));
  }
  if (needed > MAX_INSTANCES_PER_DATACENTRE) {
    return `even ${MAX_INSTANCES_PER_DATACENTRE} instances per datacentre (${needed} would be needed) is not enough: add datacentres or lower the peak`;
  }
  let fix = `raise ${knob} to ${needed}`;
  if (isStatic) {
    const ceiling = inheritance?.maxInstancesPerDatacentre;
    const tooLow = datacentres.some((d) => inherits(d) && d.maxInstances < needed);
    if (tooLow) fix += ` (and ${ceiling !== undefined && ceiling < needed ? "capacity.maxInstancesPerDatacentre" : "the maxInstances of those datacentres"} to at least ${needed})`;
  }
  return fix;
}

/**
 * When some failure leaves only datacentres with their own bounds, raising the
 * per-datacentre default cannot help: raise those datacentres directly,
 * spreading each failure's remaining shortfall evenly over its survivors.
 */
function perDatacentreFix(isStatic: boolean, peak: number, datacentres: readonly DatacentreModel[], failures: readonly FailureScenario[]): string {
  const field = isStatic ? "minInstances" : "maxInstances";
  const values = new Map(datacentres.map((d) => [d.key, isStatic ? d.minInstances : d.maxInstances]));
  const original = new Map(values);
  for (const failure of failures) {
    const carried = sum(failure.survivors.map((k) => values.get(k)!));
    const deficit = peak - carried;
    if (deficit <= 0) continue;
    const n = failure.survivors.length;
    failure.survivors.forEach((k, i) => values.set(k, values.get(k)! + Math.floor(deficit / n) + (i < deficit % n ? 1 : 0)));
  }
  const changes = datacentres.filter((d) => values.get(d.key) !== original.get(d.key));
  if (changes.some((d) => values.get(d.key)! > MAX_INSTANCES_PER_DATACENTRE)) {
    return `the datacentres left would need more than ${MAX_INSTANCES_PER_DATACENTRE} instances each: add datacentres or lower the peak`;
  }
  const sets = changes.map((d) => `datacentres[${datacentres.indexOf(d)}].${field} (${d.key}) to ${values.get(d.key)}`);
  const ceiling = isStatic && changes.some((d) => d.maxInstances < values.get(d.key)!) ? ", raising maxInstances to match where it is lower" : "";
  return `raise ${sets.join(" and ")}${ceiling}, or add a datacentre`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
