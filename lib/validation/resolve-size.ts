import { DEFAULTS } from "../model/defaults";
import { FieldChecker } from "./checker";

const CPU_CHOICES = [0.25, 0.5, 1, 2, 4] as const;

/** Resolves `size`: vCPUs and MiB per instance. */
export function resolveSize(check: FieldChecker, raw: unknown): { cpu: number; memoryMiB: number } {
  const size = check.optional(raw, {}, (v) => check.object("size", v, ["cpu", "memoryMiB"]));
  const cpu = check.optional(size.cpu, DEFAULTS.cpu as number, (v) => check.oneOf("size.cpu", v, CPU_CHOICES));
  const memoryMiB = check.optional(size.memoryMiB, DEFAULTS.memoryMiB as number, (v) => check.integer("size.memoryMiB", v, 512, 30720));
  return { cpu, memoryMiB };
}
