import { TerraformStack, Testing } from "cdktf";
import { IConstruct } from "constructs";
import { GLOBAL_LAYERS } from "../clouds/registry";
import { findServices } from "../constructs/find-services";
import { CloudName } from "../model/cloud";
import { checkCapacity } from "./capacity-check";
import { Finding, InvariantViolationError } from "./finding";
import { pendingDnsInputs } from "../constructs/global/dns-inputs";
import { PendingDnsInput } from "../model/pending-dns-input";
import { checkDnsParity } from "./dns-parity";
import { checkHttpsOnly } from "./https-only";
import { checkNamesWithinLimits } from "./names-within-limits";
import { checkNoPlaintextSecrets } from "./no-plaintext-secrets";
import { checkOneCloudPerStack } from "./one-cloud-per-stack";
import { SynthesizedStack } from "../terraform/terraform-json";

export { readSynthesizedStacks } from "./synthesized-output";

/** Options of {@link runInvariantChecks} and {@link assertInvariants}. */
export interface InvariantCheckOptions {
  /**
   * The cloud each stack must belong to, by stack name.
   * @default - from the DualCloudService constructs under the scope; for other stacks, the cloud of their providers
   */
  readonly expectedClouds?: Readonly<Record<string, CloudName>>;
  /**
   * Declared secret names; none may be a plain environment variable.
   * @default - the `secrets` of every DualCloudService under the scope
   */
  readonly secretNames?: readonly string[];
  /**
   * Known secret values (e.g. test canaries) that must appear nowhere.
   * @default - none
   */
  readonly secretValues?: readonly string[];
  /**
   * Static DNS inputs not given yet: the DNS parity check reports the names
   * only they would make resolvable as pending, not as findings.
   * @default - for runInvariantChecks, the inputs each DualCloudService under the scope lacks; for runStackChecks, none
   */
  readonly pendingDnsInputs?: readonly PendingDnsInput[];
  /**
   * Run the app's construct validations (including the policy pack) while
   * synthesizing. With validations on, a failing validation throws before
   * these checks report; turn them off to see this suite's findings alone.
   * @default true
   */
  readonly runValidations?: boolean;
}

/**
 * Synthesizes every stack under `scope` and parses its JSON, with the
 * construct validations on unless `runValidations` is false. Works on an App
 * before or after `app.synth()`.
 */
export function synthesizeStacks(scope: IConstruct, runValidations = true): SynthesizedStack[] {
  const stacks = scope.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
  return stacks.map((s) => ({ name: s.node.id, json: JSON.parse(Testing.synth(s, runValidations)) as SynthesizedStack["json"] }));
}

/** The cloud each stack of every DualCloudService under `scope` belongs to: its datacentre's, or its layer's cloud for a global stack. */
export function expectedStackClouds(scope: IConstruct): Record<string, CloudName> {
  const out: Record<string, CloudName> = {};
  for (const service of findServices(scope)) {
    service.datacentreStacks.forEach((s) => (out[s.node.id] = s.datacentre.cloud));
    for (const layer of GLOBAL_LAYERS) out[service.globalStacks[layer.id].node.id] = layer.cloud;
  }
  return out;
}

/** Runs every JSON check on synthesized stacks: one cloud per stack, names within limits, no plaintext secrets, HTTPS only, DNS parity. */
export function runStackChecks(stacks: readonly SynthesizedStack[], options: InvariantCheckOptions = {}): Finding[] {
  return [
    ...checkOneCloudPerStack(stacks, options.expectedClouds ?? {}),
    ...checkNamesWithinLimits(stacks),
    ...checkNoPlaintextSecrets(stacks, { secretNames: options.secretNames ?? [], secretValues: options.secretValues ?? [] }),
    ...checkHttpsOnly(stacks),
    ...checkDnsParity(stacks, { pendingInputs: options.pendingDnsInputs ?? [] }),
  ];
}

/**
 * Runs every invariant check on an app (or any construct holding stacks):
 * synthesizes its stacks, runs the JSON checks (DNS parity included, with the
 * static DNS inputs each service still lacks as pending), and checks the
 * capacity of each DualCloudService. Returns the findings; empty means all hold.
 *
 * @example
 * const findings = runInvariantChecks(app);
 * if (findings.length) console.error(formatFindings(findings));
 */
export function runInvariantChecks(scope: IConstruct, options: InvariantCheckOptions = {}): Finding[] {
  const services = findServices(scope);
  const stacks = synthesizeStacks(scope, options.runValidations ?? true);
  return [
    ...runStackChecks(stacks, {
      ...options,
      expectedClouds: { ...expectedStackClouds(scope), ...(options.expectedClouds ?? {}) },
      secretNames: options.secretNames ?? services.flatMap((s) => s.model.secrets),
      pendingDnsInputs: options.pendingDnsInputs ?? services.flatMap((s) => pendingDnsInputs(s.model)),
    }),
    ...services.flatMap((s) => checkCapacity(s.model)),
  ];
}

/**
 * {@link runInvariantChecks}, throwing an {@link InvariantViolationError}
 * that lists every finding when any check fails.
 */
export function assertInvariants(scope: IConstruct, options: InvariantCheckOptions = {}): void {
  const findings = runInvariantChecks(scope, options);
  if (findings.length > 0) throw new InvariantViolationError(findings);
}
