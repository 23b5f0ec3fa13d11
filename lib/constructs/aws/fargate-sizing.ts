/** Memory choices in MiB that Fargate accepts for each vCPU count. */
export const FARGATE_MEMORY_MIB: Readonly<Record<number, readonly number[]>> = {
  0.25: [512, 1024, 2048],
  0.5: range(1024, 4096, 1024),
  1: range(2048, 8192, 1024),
  2: range(4096, 16384, 1024),
  4: range(8192, 30720, 1024),
};

/** Fargate task CPU units for a vCPU count. */
export function fargateCpuUnits(cpu: number): number {
  return Math.round(cpu * 1024);
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}
