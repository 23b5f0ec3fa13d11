/** vCPU counts Cloud Run offers at 1 vCPU and above. */
export const CLOUD_RUN_CPUS = [1, 2, 4, 6, 8] as const;

/** Most memory a Cloud Run instance has, in MiB (32 GiB). */
export const CLOUD_RUN_MAX_MEMORY_MIB = 32768;

/** A Cloud Run instance size. */
export interface CloudRunSize {
  /** vCPUs. */
  readonly cpu: number;
  /** Memory in MiB. */
  readonly memoryMiB: number;
  /** The same as Cloud Run `resources.limits` values, e.g. `{ cpu: "1", memory: "1024Mi" }`. */
  readonly limits: CloudRunLimits;
}

/** Cloud Run `resources.limits` values. */
export interface CloudRunLimits {
  /** vCPUs, e.g. `"1"`. */
  readonly cpu: string;
  /** Memory, e.g. `"1024Mi"`. */
  readonly memory: string;
}

/**
 * The smallest Cloud Run CPU/memory pair that gives at least the requested CPU
 * and memory. Below 1 vCPU Cloud Run forces a concurrency of 1 and
 * request-based billing, so CPU is rounded up to 1; more memory needs more CPU
 * (over 4 GiB: 2, over 8 GiB: 4, over 16 GiB: 6, over 24 GiB: 8 vCPU), and 4
 * vCPU or more needs some memory (4 vCPU: 2 GiB, 6 or 8 vCPU: 4 GiB).
 */
export function cloudRunSize(cpu: number, memoryMiB: number): CloudRunSize {
  const forMemory = memoryMiB > 24576 ? 8 : memoryMiB > 16384 ? 6 : memoryMiB > 8192 ? 4 : memoryMiB > 4096 ? 2 : 1;
  const wanted = Math.max(1, cpu, forMemory);
  const rounded = CLOUD_RUN_CPUS.find((c) => c >= wanted) ?? CLOUD_RUN_CPUS[CLOUD_RUN_CPUS.length - 1];
  const memory = Math.max(memoryMiB, rounded >= 6 ? 4096 : rounded === 4 ? 2048 : 0);
  return { cpu: rounded, memoryMiB: memory, limits: { cpu: String(rounded), memory: `${memory}Mi` } };
}
