/*
 * Run in a fresh Node process (node --import tsx): reports which modules an
 * AWS+Azure app loads, then simulates a missing @cdktf/provider-google with a
 * resolver hook, then lifts it. Prints one JSON line for the jest test to read.
 */
import Module from "module";
import { Testing, TerraformStack } from "cdktf";
import { DualCloudService, DualCloudServiceProps } from "../../lib";

const BASE: DualCloudServiceProps = { image: `ghcr.io/acme/orders@sha256:${"a".repeat(64)}`, port: 8080, healthCheckPath: "/health", domain: "orders.example.com" };
const WITH_GCP: DualCloudServiceProps = {
  ...BASE,
  datacentres: [
    { cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" }, { cloud: "gcp", region: "europe-west1" },
  ],
  gcp: { projectId: "acme-orders" },
};

function synthAll(props: DualCloudServiceProps): number {
  const app = Testing.app();
  new DualCloudService(app, "orders", props);
  const stacks = app.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
  for (const s of stacks) Testing.synth(s, true);
  return stacks.length;
}

const googleModules = (): string[] => Object.keys(require.cache).filter((p) => p.includes("provider-google"));

const awsAzureStacks = synthAll(BASE);
const afterAwsAzure = googleModules();

// Simulate an install without the optional peer: every @cdktf/provider-google request fails to resolve.
type Resolve = (request: string, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve };
const original = mod._resolveFilename;
mod._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request.startsWith("@cdktf/provider-google")) {
    const error = new Error(`Cannot find module '${request}'`) as Error & { code: string };
    error.code = "MODULE_NOT_FOUND";
    throw error;
  }
  return original.call(this, request, ...rest);
};
const awsAzureStacksWithoutGoogle = synthAll(BASE);
let missing: { name: string; message: string } | undefined;
try {
  synthAll(WITH_GCP);
} catch (e) {
  missing = { name: (e as Error).name, message: (e as Error).message };
}
mod._resolveFilename = original;

const withGcpStacks = synthAll(WITH_GCP);
process.stdout.write(`${JSON.stringify({ awsAzureStacks, afterAwsAzure, awsAzureStacksWithoutGoogle, missing, withGcpStacks, afterGcp: googleModules().length })}\n`);
