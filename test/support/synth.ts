import { App, Testing, TerraformStack } from "cdktf";
import { DatacentreSpec, DualCloudService, DualCloudServiceProps } from "../../lib";

/** A digest-pinned image used across the tests. */
export const IMAGE = `ghcr.io/acme/orders@sha256:${"a".repeat(64)}`;

/** Five datacentres on three clouds: the default four plus a break-glass GCP region. */
export const FIVE_DATACENTRES: DatacentreSpec[] = [
  { cloud: "aws", region: "us-east-1" },
  { cloud: "aws", region: "eu-west-1" },
  { cloud: "azure", region: "eastus" },
  { cloud: "azure", region: "westeurope" },
  { cloud: "gcp", region: "europe-west1" },
];

/** The smallest valid props. */
export const BASE_PROPS: DualCloudServiceProps = {
  image: IMAGE,
  port: 8080,
  healthCheckPath: "/health",
  domain: "orders.example.com",
};

/** Synthesized Terraform JSON of one stack. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StackJson = Record<string, any>;

/** Builds a service in a fresh test app. */
export function buildService(props: Partial<DualCloudServiceProps> = {}, name = "orders"): { app: App; service: DualCloudService } {
  const app = Testing.app();
  const service = new DualCloudService(app, name, { ...BASE_PROPS, ...props });
  return { app, service };
}

/** Synthesizes one stack with validations on and parses the JSON. */
export function synthStack(stack: TerraformStack): StackJson {
  return JSON.parse(Testing.synth(stack, true)) as StackJson;
}

/** Synthesizes every stack of a service, keyed by stack name, with validations on. */
export function synthService(service: DualCloudService): Record<string, StackJson> {
  const stacks: TerraformStack[] = [...service.datacentreStacks, service.route53Stack, service.trafficManagerStack];
  return Object.fromEntries(stacks.map((s) => [s.node.id, synthStack(s)]));
}

/** Every resource of a stack as `type.name` addresses. */
export function resourceAddresses(json: StackJson): string[] {
  const out: string[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const name of Object.keys(byName as object)) out.push(`${type}.${name}`);
  }
  return out.sort();
}

/** All resources of one type in a stack. */
export function resourcesOfType(json: StackJson, type: string): StackJson[] {
  return Object.values(json.resource?.[type] ?? {}) as StackJson[];
}
