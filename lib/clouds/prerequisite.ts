import type { CloudName } from "./registry";

/**
 * Something a stack assumes exists before its first `terraform init` or
 * `plan`, which no dualcloud stack creates, and the one command that creates it.
 */
export interface Prerequisite {
  /** The cloud it lives in, or `registrar` for the domain's delegation. */
  readonly cloud: CloudName | "registrar";
  /** What it is, e.g. `state bucket s3://acme-tfstate-us-east-1 (us-east-1)`. */
  readonly what: string;
  /** One shell command that creates it (or, for the registrar, prints what to list there). */
  readonly command: string;
  /** Names of the stacks that need it. */
  readonly neededBy: readonly string[];
  /** Set when it is needed only before that stage, because it lives in something an earlier stage creates; otherwise before the first `terraform init`. */
  readonly beforeStage?: "serving";
}

/** What a cloud plugin finds in one stack's Terraform JSON. */
export interface FoundPrerequisite {
  /** What it is. */
  readonly what: string;
  /** The command that creates it. */
  readonly command: string;
  /** Set when it is a copy of a DNS zone: the zone, and the command printing this copy's name servers. */
  readonly zone?: { readonly name: string; readonly nameServersCommand: string };
  /** Set when it is needed only before the serving stage (it lives in something the foundation stage creates, e.g. a certificate in the datacentre's vault). */
  readonly beforeStage?: "serving";
}

/** The parts of a stack's synthesized Terraform JSON prerequisites are read from. */
export interface StackTerraformJson {
  /** `terraform` block: the backend. */
  readonly terraform?: { readonly backend?: Readonly<Record<string, Readonly<Record<string, unknown>>>> };
  /** Data sources by type and name. */
  readonly data?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
  /** Resources by type and name. */
  readonly resource?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
  /** Provider blocks by provider name. */
  readonly provider?: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
}
