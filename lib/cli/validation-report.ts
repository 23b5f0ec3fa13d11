/**
 * True for dualcloud's DualCloudValidationError, by name: the app may load
 * its own copy of the library (the example bundles lib/ from source), so
 * `instanceof` against the CLI's copy would miss it.
 */
export function isValidationError(error: unknown): error is Error {
  return error instanceof Error && error.name === "DualCloudValidationError";
}

/**
 * Prints an error the way the CLI reports it: a DualCloudValidationError as
 * its message only (every problem, no stack trace), anything else in full.
 */
export function reportAppError(error: unknown, write: (text: string) => void = (t) => process.stderr.write(t)): void {
  if (isValidationError(error)) write(`${error.message}\n\nNo Terraform was written. Fix the input above and synthesize again.\n`);
  else write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
