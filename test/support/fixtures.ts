import { SynthesizedStack } from "../../lib/checks";

/** A mutable Terraform JSON document, for building fixtures. */
export type FixtureJson = { [key: string]: unknown };

/** A stack with one AWS provider in `region` and the given extra top-level blocks merged in. */
export function awsStack(name: string, extra: FixtureJson = {}, region = "us-east-1"): SynthesizedStack {
  return { name, json: merge({ provider: { aws: [{ region }] }, terraform: { required_providers: { aws: { source: "aws", version: "6.25.0" } } } }, extra) };
}

/** A stack with one azurerm provider and the given extra top-level blocks merged in. */
export function azureStack(name: string, extra: FixtureJson = {}): SynthesizedStack {
  return { name, json: merge({ provider: { azurerm: [{ features: [{}] }] }, terraform: { required_providers: { azurerm: { source: "azurerm", version: "4.55.0" } } } }, extra) };
}

/** `{ resource: { [type]: { [name]: config } } }`. */
export function resource(type: string, name: string, config: FixtureJson): FixtureJson {
  return { resource: { [type]: { [name]: config } } };
}

/** `{ data: { [type]: { [name]: config } } }`. */
export function data(type: string, name: string, config: FixtureJson): FixtureJson {
  return { data: { [type]: { [name]: config } } };
}

/** Deep-merges fixture fragments (objects merge, everything else is replaced). */
export function merge(...parts: FixtureJson[]): FixtureJson {
  const out: FixtureJson = {};
  for (const part of parts) {
    for (const [k, v] of Object.entries(part)) {
      const existing = out[k];
      out[k] = isPlain(existing) && isPlain(v) ? merge(existing, v) : v;
    }
  }
  return out;
}

/** A deep copy of a stack whose JSON can be changed freely. */
export function mutableCopy(stack: SynthesizedStack): { name: string; json: FixtureJson } {
  return { name: stack.name, json: JSON.parse(JSON.stringify(stack.json)) as FixtureJson };
}

/**
 * Plants a canary value for each secret name where a careless construct could
 * read one (the process environment), runs `body`, and restores the
 * environment. Returns what `body` returned and the canaries planted.
 */
export function withSecretCanaries<T>(secretNames: readonly string[], body: (canaries: string[]) => T): { result: T; canaries: string[] } {
  const saved = new Map(secretNames.map((n) => [n, process.env[n]]));
  const canaries = secretNames.map((n, i) => `canary-${i}-${n.toLowerCase()}-7f3a9c1e`);
  secretNames.forEach((n, i) => (process.env[n] = canaries[i]));
  try {
    return { result: body(canaries), canaries };
  } finally {
    for (const [n, v] of saved) {
      if (v === undefined) delete process.env[n];
      else process.env[n] = v;
    }
  }
}

function isPlain(v: unknown): v is FixtureJson {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A stack with one google provider in `region` and the given extra top-level blocks merged in. */
export function gcpStack(name: string, extra: FixtureJson = {}, region = "europe-west1"): SynthesizedStack {
  return { name, json: merge({ provider: { google: [{ project: "acme", region }] }, terraform: { required_providers: { google: { source: "google", version: "6.50.0" } } } }, extra) };
}
