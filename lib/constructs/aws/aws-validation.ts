import { ServiceModel } from "../../model/service-model";
import { FieldChecker } from "../../validation/checker";
import { FARGATE_MEMORY_MIB } from "./fargate-sizing";

/** CloudWatch Logs accepts only these retention periods, in days. */
export const CLOUDWATCH_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

/** ACM limits the certificate's first domain name (its common name) to 64 characters. */
export const ACM_COMMON_NAME_MAX = 64;

/**
 * The checks AWS adds to the cloud-neutral model: a Fargate CPU/memory
 * pairing, a CloudWatch Logs retention value, names ACM can issue a
 * certificate for. Throws a DualCloudValidationError naming the field.
 */
export function validateAwsModel(model: ServiceModel, check: FieldChecker): void {
  const memory = FARGATE_MEMORY_MIB[model.cpu];
  if (memory === undefined) {
    check.fail("size.cpu", model.cpu, `a Fargate vCPU count: ${Object.keys(FARGATE_MEMORY_MIB).join(", ")}`);
  }
  if (!memory.includes(model.memoryMiB)) {
    check.fail("size.memoryMiB", model.memoryMiB, `a Fargate memory size for ${model.cpu} vCPU: ${memory[0]} to ${memory[memory.length - 1]} MiB in steps of ${memory[1] - memory[0]}`);
  }
  if (!(CLOUDWATCH_RETENTION_DAYS as readonly number[]).includes(model.logRetentionDays)) {
    check.fail("logRetentionDays", model.logRetentionDays, `a CloudWatch Logs retention: ${CLOUDWATCH_RETENTION_DAYS.join(", ")}`);
  }
  if (model.domain.length > ACM_COMMON_NAME_MAX) {
    check.fail("domain", model.domain, `at most ${ACM_COMMON_NAME_MAX} characters, the longest common name ACM issues a certificate for`);
  }
}
