/** The invariant checks dualcloud ships. */
export type CheckName = "one-cloud-per-stack" | "names-within-limits" | "no-plaintext-secrets" | "https-only" | "capacity" | "stable-addresses" | "dns-parity";

/** One violation of an invariant. */
export interface Finding {
  /** Which check found it. */
  readonly check: CheckName;
  /** The stack it is in (for capacity, the service; for dns-parity, the zone copy: `<provider> <zone>`). */
  readonly stack: string;
  /** The Terraform address or JSON path it concerns, when there is one. */
  readonly address?: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
}

/** Renders findings one per line: `[stack] check: address: message`. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `[${f.stack}] ${f.check}: ${f.address ? `${f.address}: ` : ""}${f.message}`).join("\n");
}

/**
 * Thrown by {@link assertInvariants} when any check finds something. The
 * message lists every finding; `findings` holds them for programs.
 */
export class InvariantViolationError extends Error {
  /** Every finding, in check order. */
  public readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[]) {
    super(`dualcloud invariant checks failed (${findings.length} finding${findings.length === 1 ? "" : "s"}):\n${formatFindings(findings)}`);
    this.name = "InvariantViolationError";
    this.findings = findings;
  }
}
