/** One invalid input: where, which field, what was received and what is allowed. */
export interface ValidationProblem {
  /** Construct path of the service or construct whose input is invalid. */
  readonly constructPath: string;
  /** Dotted path of the offending field, e.g. `datacentres[2].region`. */
  readonly field: string;
  /** The value received, rendered for humans. */
  readonly received: string;
  /** What would have been accepted. */
  readonly allowed: string;
}

/** `[path] field: received ...; allowed: ...`, one problem on one line. */
function problemLine(p: ValidationProblem): string {
  return `[${p.constructPath}] ${p.field}: received ${p.received}; allowed: ${p.allowed}`;
}

/**
 * The one error type dualcloud throws for invalid input.
 *
 * It lists every problem found in the input (`problems`), each naming the
 * construct path, the field, the value received and what is allowed, so one
 * failing `cdktf synth` shows every fix. `constructPath`, `field`, `received`
 * and `allowed` describe the first problem.
 */
export class DualCloudValidationError extends Error {
  /** Construct path of the service or construct whose input is invalid (the first problem's). */
  public readonly constructPath: string;
  /** Dotted path of the offending field, e.g. `datacentres[2].region` (the first problem's). */
  public readonly field: string;
  /** The value received, rendered for humans (the first problem's). */
  public readonly received: string;
  /** What would have been accepted (the first problem's). */
  public readonly allowed: string;
  /** Every problem found, in the order the input was checked; at least one. */
  public readonly problems: readonly ValidationProblem[];

  /** One error listing every problem in `problems` (at least one). */
  constructor(problems: readonly ValidationProblem[]);
  /** One problem: the field at `constructPath` received `value`; `allowed` says what is accepted. */
  constructor(constructPath: string, field: string, value: unknown, allowed: string);
  constructor(pathOrProblems: string | readonly ValidationProblem[], field?: string, value?: unknown, allowed?: string) {
    const problems = typeof pathOrProblems === "string"
      ? [{ constructPath: pathOrProblems, field: field ?? "", received: describeValue(value), allowed: allowed ?? "" }]
      : [...pathOrProblems];
    const first = problems[0];
    if (first === undefined) throw new RangeError("DualCloudValidationError needs at least one problem");
    // The first line is the first problem, as when only one is reported; then the others, then their count.
    super(problems.length === 1 ? problemLine(first) : `${problems.map(problemLine).join("\n")}\n(${problems.length} invalid inputs)`);
    this.name = "DualCloudValidationError";
    this.constructPath = first.constructPath;
    this.field = first.field;
    this.received = first.received;
    this.allowed = first.allowed;
    this.problems = problems;
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

/**
 * An internal invariant broke: a dualcloud bug, never bad input (input is
 * refused by validation, with a {@link DualCloudValidationError}, before any
 * construct runs).
 */
export function internalBug(what: string): Error {
  return new Error(`dualcloud internal error: ${what}; this is a bug in dualcloud, please report it`);
}

/** A construct met input that validation exists to refuse: a dualcloud bug (validation missed it). */
export function validationGap(what: string): Error {
  return internalBug(`${what}, which validation should have refused`);
}

/** A cloud's datacentre construct given a datacentre of another cloud. */
export function wrongCloud(constructPath: string, construct: string, expected: string, datacentre: { readonly cloud: string; readonly key: string }): DualCloudValidationError {
  return new DualCloudValidationError(constructPath, "datacentre.cloud", datacentre.cloud, `"${expected}": ${construct} builds ${expected} datacentres only (received the datacentre ${datacentre.key})`);
}

/**
 * A datacentre at its foundation stage asked for what only a running service
 * has (its runtime contract).
 *
 * @param stageField the field that sets the stage, e.g. `stage` or `azure.stages.eastus`
 * @param runs what the later stages run, e.g. `the container app`
 */
export function foundationStageHasNoRuntime(constructPath: string, stageField: string, runs: string): DualCloudValidationError {
  return new DualCloudValidationError(constructPath, stageField, "foundation", `a stage that runs ${runs} ("serving"); the foundation stage runs none yet`);
}

/** The health probes of one datacentre's service name different paths. */
export function probesDisagree(datacentreKey: string, paths: Iterable<string | undefined>): Error {
  return internalBug(`the probes of ${datacentreKey} disagree on the health path (${[...paths].map(String).join(", ")})`);
}
