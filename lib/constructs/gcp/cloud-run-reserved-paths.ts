import { FieldChecker } from "../../validation/checker";

/**
 * Why a path is reserved on Cloud Run, or undefined when it is not. Google's
 * front end answers these paths itself and never forwards them to the
 * container: `/eventlog`, paths starting with `/_ah/`, and some paths ending
 * in `z` (Google recommends avoiding every path ending in `z`). Source: Cloud
 * Run known issues, "Reserved URL paths" (https://cloud.google.com/run/docs/issues),
 * quoted in docs/gcp.md#health-path.
 *
 * @param path the health-check path, optionally with a query string
 */
export function cloudRunReservedPathReason(path: string): string | undefined {
  const bare = path.split("?")[0];
  if (bare === "/eventlog" || bare.startsWith("/eventlog/")) return "Cloud Run reserves /eventlog";
  if (bare.startsWith("/_ah/")) return "Cloud Run reserves paths starting with /_ah/";
  if (/z$/i.test(bare)) return "Cloud Run reserves some paths ending in z (its front end answers /healthz with its own 404), and Google advises avoiding them all";
  return undefined;
}

/**
 * Refuses a health-check path Cloud Run reserves: the global layers' probes
 * would never reach the container, so the GCP datacentre would never take
 * traffic. Throws a DualCloudValidationError naming the path and what to use.
 */
export function checkCloudRunHealthPath(path: string, check: FieldChecker): void {
  const reason = cloudRunReservedPathReason(path);
  if (reason === undefined) return;
  const trimmed = path.split("?")[0].slice(0, -1);
  const suggestion = /z$/i.test(path.split("?")[0]) && trimmed.length > 1 && cloudRunReservedPathReason(trimmed) === undefined ? trimmed : "/health";
  check.fail("healthCheckPath", path, `a path Cloud Run does not reserve, because datacentres include gcp (${reason}): e.g. ${suggestion}`);
}
