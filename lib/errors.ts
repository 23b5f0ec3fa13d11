/**
 * The one error type dualcloud throws for invalid input.
 *
 * Every message names the construct path, the field, the value received and
 * what is allowed, so a failing `cdktf synth` points straight at the fix.
 */
export class DualCloudValidationError extends Error {
  /** Construct path of the service or construct whose input is invalid. */
  public readonly constructPath: string;
  /** Dotted path of the offending field, e.g. `datacentres[2].region`. */
  public readonly field: string;
  /** The value received, rendered for humans. */
  public readonly received: string;
  /** What would have been accepted. */
  public readonly allowed: string;

  constructor(constructPath: string, field: string, value: unknown, allowed: string) {
    const received = describeValue(value);
    super(`[${constructPath}] ${field}: received ${received}; allowed: ${allowed}`);
    this.name = "DualCloudValidationError";
    this.constructPath = constructPath;
    this.field = field;
    this.received = received;
    this.allowed = allowed;
  }
}

/** Renders any value (including hostile ones) as a short, printable string. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "symbol" || typeof value === "function") return typeof value;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return "an object";
}
