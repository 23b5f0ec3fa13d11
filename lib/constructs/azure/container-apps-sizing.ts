/** Container Apps (consumption) pairs memory to CPU at 2 GiB per vCPU, from 0.25 to 4 vCPU. */
export const CONTAINER_APPS_MAX_CPU = 4;

/**
 * The smallest Container Apps CPU/memory pair that gives at least the
 * requested CPU and memory: CPU in 0.25 steps, memory exactly twice the CPU in GiB.
 */
export function containerAppsSize(cpu: number, memoryMiB: number): { cpu: number; memory: string } {
  const needed = Math.max(cpu, memoryMiB / 2048);
  const rounded = Math.ceil(needed * 4) / 4;
  return { cpu: rounded, memory: `${rounded * 2}Gi` };
}
