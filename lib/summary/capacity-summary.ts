import { assessCapacity } from "../model/capacity";
import { ServiceModel } from "../model/service-model";
import { ServiceSummarySection } from "./summary-section";

/**
 * Summary lines for a service's capacity: the peak and stability mode, then
 * the instances left (at minimum and at maximum) with nothing lost and under
 * each single failure, marked against the peak.
 *
 * @example
 *   capacity: peak 1200 rps at 200 rps per instance = 6 instances; stability static (survivors at minimum, without scaling)
 *     no failure                          12 min / 40 max
 *     losing datacentre aws-us-east-1      9 min / 30 max  ok
 *     losing cloud aws                     6 min / 20 max  ok
 */
export function renderCapacitySummary(model: ServiceModel): string[] {
  const a = assessCapacity(model.capacity, model.datacentres);
  const counted = a.stability === "static" ? "survivors at minimum, without scaling" : "survivors at maximum, after scaling out";
  const head = a.peakDescription === undefined
    ? `  capacity: no peak declared, so the capacity check is skipped; stability ${a.stability} (${counted})`
    : `  capacity: peak ${a.peakDescription}; stability ${a.stability} (${counted})`;
  const lines = [head];
  if (a.drained.length > 0) lines.push(`    drained (counted as already lost): ${a.drained.join(", ")}`);
  const width = Math.max(...[a.baseline, ...a.scenarios].map((s) => s.description.length));
  const row = (description: string, min: number, max: number, verdict: string): string =>
    `    ${description.padEnd(width)} ${String(min).padStart(5)} min / ${String(max).padStart(5)} max${verdict ? `  ${verdict}` : ""}`;
  lines.push(row(a.baseline.description, a.baseline.minimumInstances, a.baseline.maximumInstances, ""));
  for (const s of a.scenarios) {
    const verdict = a.peakInstances === undefined ? "" : s.shortfall > 0 ? `SHORT by ${s.shortfall}` : "ok";
    lines.push(row(s.description, s.minimumInstances, s.maximumInstances, verdict));
  }
  return lines;
}

/**
 * The capacity lines as a synth summary section.
 *
 * @example
 * console.log(renderSynthSummary(app, { serviceSections: [capacitySummarySection] }));
 */
export const capacitySummarySection: ServiceSummarySection = (service) => renderCapacitySummary(service.model);
