import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App } from "cdktf";
import { DualCloudService, DualCloudServiceProps, DualCloudValidationError } from "../lib";
import { BASE_PROPS } from "./support/synth";

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

/** Runs a whole app as a user's main.ts would: construct, then synth, into `outdir`. */
function runApp(outdir: string, props: Partial<DualCloudServiceProps>): void {
  const app = new App({ outdir, skipValidation: false });
  new DualCloudService(app, "orders", { ...BASE_PROPS, ...props });
  app.synth();
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

  it.each([["API_TOKEN"], ["DB_PASSWORD"], ["STRIPE_API_KEY"], ["client_secret"]])("refuses env %s with a plain value at construction", (name) => {
    expect(() => runApp(outdir, { env: { [name]: "x" } })).toThrow(new RegExp(`env\\.${name}: .*does not look like a secret`));
    expect(filesUnder(outdir)).toEqual(["existing.txt"]);
  });
});
