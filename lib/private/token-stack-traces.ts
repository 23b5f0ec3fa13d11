/** Set this environment variable to `1` to keep cdktf's per-token creation stack traces (for debugging token resolution errors). */
export const KEEP_TOKEN_STACK_TRACES_ENV = "DUALCLOUD_TOKEN_STACK_TRACES";

/** cdktf's private module whose function every token calls on creation. */
const STACK_TRACE_MODULE = "cdktf/lib/tokens/private/stack-trace";

let applied = false;

/**
 * Stops cdktf capturing a full, source-mapped stack trace for every token it
 * creates. cdktf keeps that trace only to print it when a token fails to
 * resolve, yet capturing it costs most of a service's construction time
 * (measured in bench/RESULTS.md). Called once by DualCloudService; a no-op
 * when `DUALCLOUD_TOKEN_STACK_TRACES=1` is set or when the cdktf build in use
 * has no such module (e.g. after a move to CDK Terrain).
 *
 * @returns true when capture is now off
 */
export function disableTokenStackTraces(): boolean {
  if (process.env[KEEP_TOKEN_STACK_TRACES_ENV] === "1") return false;
  if (applied) return true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(STACK_TRACE_MODULE) as { captureStackTrace?: unknown };
    if (typeof mod.captureStackTrace !== "function") return false;
    mod.captureStackTrace = (): string[] => [];
    applied = true;
  } catch {
    return false;
  }
  return true;
}
