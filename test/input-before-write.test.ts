import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, DefaultTokenResolver, StringConcat, Tokenization } from "cdktf";
import { AwsDatacentreStack } from "../lib/constructs/aws/aws-datacentre-stack";
import { AzureDatacentreStack } from "../lib/constructs/azure/azure-datacentre-stack";
import { decodeJsonArgument } from "../lib/private/json-arguments";
import { DualCloudService, DualCloudServiceProps, DualCloudValidationError } from "../lib";
import { BASE_PROPS } from "./support/synth";

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

/** Runs a whole app as a user's main.ts would: construct, apply escape hatches, then synth, into `outdir`. */
function runApp(outdir: string, props: Partial<DualCloudServiceProps>, escapeHatch?: (service: DualCloudService) => void): void {
  const app = new App({ outdir, skipValidation: false });
  const service = new DualCloudService(app, "orders", { ...BASE_PROPS, ...props });
  escapeHatch?.(service);
  app.synth();
}

/** The error a run throws. */
function errorOf(run: () => void): Error {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error("the app did not fail");
}

describe("invalid input writes nothing (invariant 8)", () => {
  let outdir: string;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), "dualcloud-outdir-"));
    fs.writeFileSync(path.join(outdir, "existing.txt"), "kept");
  });
  afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

  it("given a valid app, when it synthesizes, then every stack file is written (the listing below can see writes)", () => {
    runApp(outdir, { env: { LOG_LEVEL: "info" } });
    const files = filesUnder(outdir);
    expect(files).toEqual(expect.arrayContaining(["existing.txt", "manifest.json", "stacks/orders-aws-us-east-1/cdk.tf.json", "stacks/orders-azure-westeurope/cdk.tf.json"]));
  });

  it("given a secret-looking env value, when the app runs, then it is refused and no new file exists in the output directory", () => {
    const canary = "postgres://orders:canary-4417@db.internal/orders";
    let error: unknown;
    try {
      runApp(outdir, { env: { LOG_LEVEL: "info", DATABASE_URL: canary } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DualCloudValidationError);
    expect((error as Error).message).toMatch(/env\.DATABASE_URL: received "DATABASE_URL"; allowed: a name that does not look like a secret/);
    expect((error as Error).message).not.toContain("canary-4417");
    expect(filesUnder(outdir)).toEqual(["existing.txt"]);
  });

  describe("given an escape hatch that breaks a policy rule in the last stack cdktf writes", () => {
    const lastStack = (s: DualCloudService) => s.datacentreStacks[s.datacentreStacks.length - 1];

    it("a plaintext secret in the last Azure container app: synth fails naming the rule, and no new file exists", () => {
      const error = errorOf(() =>
        runApp(outdir, { env: { LOG_LEVEL: "info" } }, (s) => (lastStack(s) as AzureDatacentreStack).azure.containerApp!.addOverride("template.container.0.env", [{ name: "DATABASE_PASSWORD", value: "canary-4417" }])),
      );
      expect(error.message).toMatch(/azure-container-app-no-plaintext-secrets \(error\): .*orders-azure-westeurope|orders-azure-westeurope.*azure-container-app-no-plaintext-secrets \(error\)/s);
      expect(filesUnder(outdir)).toEqual(["existing.txt"]);
    });

    it("a writable root filesystem in the last AWS task definition (when it is the last stack): synth fails naming the rule, and no new file exists", () => {
      const error = errorOf(() =>
        runApp(outdir, { datacentres: [{ cloud: "azure", region: "eastus" }, { cloud: "aws", region: "eu-west-1" }], env: { LOG_LEVEL: "info" } }, (s) => {
          const task = (lastStack(s) as AwsDatacentreStack).aws.taskDefinition!;
          const [container] = decodeJsonArgument(Tokenization.resolve(task.containerDefinitionsInput, { scope: lastStack(s), resolver: new DefaultTokenResolver(new StringConcat()) })) as Record<string, unknown>[];
          task.addOverride("container_definitions", JSON.stringify([{ ...container, readonlyRootFilesystem: false }]));
        }),
      );
      expect(error.message).toContain("aws-ecs-readonly-root-filesystem (error)");
      expect(filesUnder(outdir)).toEqual(["existing.txt"]);
    });

    it("given the same app without the escape hatch, it writes every stack (the break is what fails it)", () => {
      runApp(outdir, { datacentres: [{ cloud: "azure", region: "eastus" }, { cloud: "aws", region: "eu-west-1" }], env: { LOG_LEVEL: "info" } });
      expect(filesUnder(outdir)).toContain("stacks/orders-aws-eu-west-1/cdk.tf.json");
    });
  });

  it.each([["API_TOKEN"], ["DB_PASSWORD"], ["STRIPE_API_KEY"], ["client_secret"]])("refuses env %s with a plain value at construction", (name) => {
    expect(() => runApp(outdir, { env: { [name]: "x" } })).toThrow(new RegExp(`env\\.${name}: .*does not look like a secret`));
    expect(filesUnder(outdir)).toEqual(["existing.txt"]);
  });
});
