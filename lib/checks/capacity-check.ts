import { assessCapacity, capacityFailureMessage } from "../model/capacity";
import { ServiceModel } from "../model/service-model";
import { Finding } from "./finding";

/**
 * The capacity invariant on a service model: the survivors of losing any one
 * datacentre or either cloud carry the declared peak under the stability mode
 * (drained datacentres count as already lost). `DualCloudService` enforces
 * this at construction; the check lets a program test a model it changed,
 * e.g. with a datacentre drained. Every datacentre is taken to inherit the
 * per-datacentre defaults when the fix is worded.
 */
export function checkCapacity(model: ServiceModel): Finding[] {
  const assessment = assessCapacity(model.capacity, model.datacentres);
  const worst = assessment.failures[0];
  if (worst === undefined) return [];
  return [{ check: "capacity", stack: model.name, address: "capacity.peak", message: `peak ${assessment.peakDescription}; allowed: ${capacityFailureMessage(assessment, worst)}` }];
}
