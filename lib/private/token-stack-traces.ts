/** Set this environment variable to `1` to keep the core's per-token creation stack traces (for debugging token resolution errors). */
export const KEEP_TOKEN_STACK_TRACES_ENV = "DUALCLOUD_TOKEN_STACK_TRACES";

/** The core's private module whose functions every token calls on creation. */
const STACK_TRACE_MODULE = "cdktf/lib/tokens/private/stack-trace";

/**
 * The functions tokens call: cdktf 0.21 calls `captureStackTrace`; CDK Terrain
 * calls `captureCreationStack` (which also honours its own
 * `CDKTN_DISABLE_CREATION_STACK`) and keeps `captureStackTrace` for errors.
 */
const CAPTURE_FUNCTIONS = ["captureStackTrace", "captureCreationStack"] as const;

let applied = false;

/**
 * Stops the core (cdktf or CDK Terrain) capturing a full, source-mapped stack
 * trace for every token it creates. The core keeps that trace only to print it
 * when a token fails to resolve, yet capturing it costs most of a service's
 * construction time (measured in bench/RESULTS.md). Called once by
 * DualCloudService; a no-op when `DUALCLOUD_TOKEN_STACK_TRACES=1` is set or
 * when the core in use has none of the known capture functions.
 *
 * @returns true when capture is now off
 */
export function disableTokenStackTraces(): boolean {
  if (process.env[KEEP_TOKEN_STACK_TRACES_ENV] === "1") return false;
  if (applied) return true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(STACK_TRACE_MODULE) as Record<string, unknown>;
    const present = CAPTURE_FUNCTIONS.filter((name) => typeof mod[name] === "function");
    if (present.length === 0) return false;
    for (const name of present) mod[name] = (): string[] => [];
    applied = true;
  } catch {
    return false;
  }
  return true;
}
