import { Token } from "cdktf";
import { DualCloudValidationError, ValidationProblem } from "../errors";

/** A plain object, as opposed to null, an array or a primitive. */
export type PlainObject = Record<string, unknown>;

/**
 * Field-level checks that throw {@link DualCloudValidationError}. Every
 * method takes `unknown`, so hostile input from plain JavaScript callers
 * fails with a clear message rather than a TypeError. Inside
 * {@link FieldChecker.collect} it reports every problem at once: each
 * {@link FieldChecker.attempt} boundary (one per field or section) records
 * its failure and the checks go on.
 */
export class FieldChecker {
  /** Construct path every error names. */
  public readonly constructPath: string;

  /** @param constructPath construct path every error names */
  constructor(constructPath: string) {
    this.constructPath = constructPath;
  }

  private readonly problems: ValidationProblem[] = [];
  private collecting = false;

  /**
   * Runs `resolve` collecting every problem instead of stopping at the first:
   * each {@link FieldChecker.attempt} boundary records a failure and lets the
   * rest be checked, as does each unknown field of {@link FieldChecker.object}. Throws one DualCloudValidationError
   * listing them all, or returns what `resolve` returned.
   */
  public collect<T>(resolve: () => T): T {
    this.collecting = true;
    this.problems.length = 0;
    try {
      const result = this.attempt(resolve, undefined);
      if (this.problems.length > 0) throw new DualCloudValidationError(this.problems);
      return result as T;
    } finally {
      this.collecting = false;
    }
  }

  /**
   * A boundary for one field or section: inside {@link FieldChecker.collect}, a validation
   * failure in `check` is recorded and `fallback` returned, so independent
   * fields are still checked; outside it, the failure is thrown as usual.
   */
  public attempt<T, F>(check: () => T, fallback: F): T | F {
    if (!this.collecting) return check();
    try {
      return check();
    } catch (error) {
      if (!(error instanceof DualCloudValidationError)) throw error;
      for (const p of error.problems) if (!this.problems.some((q) => q.field === p.field)) this.problems.push(p);
      return fallback;
    }
  }

  /** Throws the library's validation error. */
  public fail(field: string, value: unknown, allowed: string): never {
    throw new DualCloudValidationError(this.constructPath, field, value, allowed);
  }

  /** A plain object whose keys are all in `known`. */
  public object(field: string, value: unknown, known: readonly string[]): PlainObject {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.fail(field, value, "an object");
    }
    const obj = value as PlainObject;
    for (const key of Object.keys(obj).filter((k) => !known.includes(k))) {
      this.attempt(() => this.fail(`${field ? `${field}.` : ""}${key}`, obj[key], `no such field; known fields are ${known.join(", ")}`), undefined);
    }
    return obj;
  }

  /** A plain object used as a string map. */
  public stringMap(field: string, value: unknown): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(field, value, "an object of string values");
    return value as Record<string, unknown>;
  }

  /** An array of at most `max` entries. */
  public array(field: string, value: unknown, min: number, max: number): unknown[] {
    if (!Array.isArray(value)) this.fail(field, value, `an array of ${min} to ${max} entries`);
    if (value.length < min || value.length > max) this.fail(field, value, `an array of ${min} to ${max} entries`);
    return value;
  }

  /** A string matching `pattern` with a length in range. */
  public string(field: string, value: unknown, pattern: RegExp, allowed: string, minLength = 1, maxLength = 255): string {
    if (typeof value !== "string") this.fail(field, value, allowed);
    if (value.length < minLength || value.length > maxLength || !pattern.test(value)) this.fail(field, value, allowed);
    return value;
  }

  /** A literal (non-token) string, for fields that shape names and topology. */
  public literal(field: string, value: unknown, allowed: string): string {
    if (typeof value !== "string") this.fail(field, value, allowed);
    if (Token.isUnresolved(value)) this.fail(field, value, `${allowed}, as a literal (a token cannot shape names or topology)`);
    return value;
  }

  /** An integer in [min, max]. */
  public integer(field: string, value: unknown, min: number, max: number): number {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      this.fail(field, value, `an integer from ${min} to ${max}`);
    }
    return value;
  }

  /** One of a fixed set of values. */
  public oneOf<T extends string | number>(field: string, value: unknown, allowed: readonly T[]): T {
    if (!allowed.includes(value as T)) this.fail(field, value, `one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`);
    return value as T;
  }

  /** A boolean. */
  public boolean(field: string, value: unknown): boolean {
    if (typeof value !== "boolean") this.fail(field, value, "true or false");
    return value;
  }

  /** Applies `check` when `value` is present, otherwise returns the default. */
  public optional<T>(value: unknown, fallback: T, check: (v: unknown) => T): T {
    return value === undefined ? fallback : check(value);
  }
}
