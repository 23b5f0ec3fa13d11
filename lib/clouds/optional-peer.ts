/** True when `error` is Node's "Cannot find module" for `pkg` (or a file inside it). */
export function isMissingModule(error: unknown, pkg: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === "MODULE_NOT_FOUND" && typeof message === "string" && message.includes(`'${pkg}`);
}
