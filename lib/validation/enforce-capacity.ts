import { assessCapacity, CapacityAssessment, CapacityInheritance, capacityFailureMessage, describePeak } from "../model/capacity";
import { CapacityModel, DatacentreModel } from "../model/service-model";
import { FieldChecker } from "./checker";

/**
 * Throws a {@link DualCloudValidationError} when the topology cannot carry
 * the declared peak after some single failure. The message names the failure
 * and the smallest change that fixes every failing scenario.
 */
export function enforceCapacity(check: FieldChecker, capacity: CapacityModel, datacentres: readonly DatacentreModel[], inheritance?: CapacityInheritance): CapacityAssessment {
  const assessment = assessCapacity(capacity, datacentres, inheritance);
  const worst = assessment.failures[0];
  if (worst === undefined || capacity.peak === undefined) return assessment;
  check.fail("capacity.peak", describePeak(capacity.peak), capacityFailureMessage(assessment, worst));
}
