import { mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, Testing } from "cdktf";
import { Construct } from "constructs";
import { DualCloudService, DualCloudValidationError } from "../lib";
import { CORE_PACKAGE } from "../lib/core/core-package";
import { coreHonoursFailOnConstructsOutsideOfStacks, FAIL_ON_CONSTRUCTS_OUTSIDE_OF_STACKS } from "../lib/core/future-flags";
import { BASE_PROPS } from "./support/synth";

/**
 * What differs between the cores the library runs on: cdktf 0.21 (package
 * dualcloud) and CDK Terrain (dualcloud-cdktn, built from these same sources
 * by scripts/cdktn-flavour.cjs). CI runs this file on both, so each branch
 * below is exercised by one of the two runs.
 */
const FLAG = FAIL_ON_CONSTRUCTS_OUTSIDE_OF_STACKS;
const HONOURS_FLAG = coreHonoursFailOnConstructsOutsideOfStacks();
const FLAG_ERROR = new RegExp(`\\[orders\\] context\\.${FLAG}: received (true|"true"|"false"); allowed: the flag off: .*"context": \\{ "${FLAG}": false \\} in cdktf\\.json .*Testing\\.app\\(\\{ enableFutureFlags: false \\}\\)`);

let outdir: string;
beforeEach(() => (outdir = mkdtempSync(join(tmpdir(), "dualcloud-core-"))));
afterEach(() => rmSync(outdir, { recursive: true, force: true }));

/** Builds the default service in `app`, synthesizes it and returns the stack directories written. */
function synthDefault(app: App): string[] {
  new DualCloudService(app, "orders", BASE_PROPS);
  app.synth();
  return readdirSync(join(outdir, "stacks")).sort();
}
const STACKS = ["orders-aws-eu-west-1", "orders-aws-us-east-1", "orders-azure-eastus", "orders-azure-westeurope", "orders-global-aws", "orders-global-azure"];

describe(`the core in use: ${CORE_PACKAGE}`, () => {
  it("is cdktf or cdktn, and only cdktn knows the failOnConstructsOutsideOfStacks future flag", () => {
    expect(["cdktf", "cdktn"]).toContain(CORE_PACKAGE);
    expect(HONOURS_FLAG).toBe(CORE_PACKAGE === "cdktn");
  });
});

describe(`future flag ${FLAG} on ${CORE_PACKAGE}`, () => {
  it("given it unset (an App without context), synthesizes every stack", () => {
    expect(synthDefault(new App({ outdir }))).toEqual(STACKS);
  });

  it("given it false, the JSON boolean, from cdktf.json (CDKTF_CONTEXT_JSON, as the CLI passes it), synthesizes every stack", () => {
    process.env.CDKTF_CONTEXT_JSON = JSON.stringify({ [FLAG]: false });
    try {
      expect(synthDefault(new App({ outdir }))).toEqual(STACKS);
    } finally {
      delete process.env.CDKTF_CONTEXT_JSON;
    }
  });

  it("given the core's default future flags in tests (Testing.app), refuses with one error naming the setting where the core honours it", () => {
    const app = Testing.app({ enableFutureFlags: true, outdir });
    if (HONOURS_FLAG) {
      expect(() => new DualCloudService(app, "orders", BASE_PROPS)).toThrow(DualCloudValidationError);
      expect(() => new DualCloudService(Testing.app({ enableFutureFlags: true, outdir }), "orders", BASE_PROPS)).toThrow(FLAG_ERROR);
    } else {
      expect(synthDefault(app)).toEqual(STACKS);
    }
  });

  it("given it \"true\" from a cdktn init project's cdktf.json, refuses before writing any Terraform where the core honours it", () => {
    process.env.CDKTF_CONTEXT_JSON = JSON.stringify({ [FLAG]: "true" });
    try {
      const app = new App({ outdir });
      if (HONOURS_FLAG) {
        expect(() => new DualCloudService(app, "orders", BASE_PROPS)).toThrow(FLAG_ERROR);
        expect(readdirSync(outdir, { recursive: true }).filter((f) => String(f).endsWith(".json"))).toEqual([]);
      } else {
        expect(synthDefault(app)).toEqual(STACKS);
      }
    } finally {
      delete process.env.CDKTF_CONTEXT_JSON;
    }
  });

  it("given it \"false\", a string, refuses too where the core honours it, because the core itself treats that string as on", () => {
    const context = { [FLAG]: "false" };
    if (HONOURS_FLAG) {
      expect(() => new DualCloudService(new App({ outdir, context }), "orders", BASE_PROPS)).toThrow(FLAG_ERROR);
      const bare = new App({ outdir, context });
      new Construct(bare, "not-a-stack");
      expect(() => bare.synth()).toThrow(/outside of a TerraformStack/);
    } else {
      expect(synthDefault(new App({ outdir, context }))).toEqual(STACKS);
    }
  });
});

describe(`a GCP datacentre on ${CORE_PACKAGE}`, () => {
  const props = { ...BASE_PROPS, gcp: { projectId: "acme-orders" }, datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "eastus" }, { cloud: "gcp", region: "europe-west1" }] } as const;

  it(CORE_PACKAGE === "cdktf" ? "builds its stack (the provider synthesizes in cdktf stacks)" : "is a DualCloudValidationError that says why and what to install later, never a crash at synth", () => {
    const build = (): DualCloudService => new DualCloudService(Testing.app({ enableFutureFlags: false, outdir }), "orders", { ...props, datacentres: [...props.datacentres] });
    if (CORE_PACKAGE === "cdktf") {
      expect(build().datacentreStacks.map((s) => s.node.id)).toEqual(["orders-aws-us-east-1", "orders-azure-eastus", "orders-gcp-europe-west1"]);
    } else {
      expect(build).toThrow(DualCloudValidationError);
      expect(build).toThrow(/\[orders\] datacentres: received "a gcp datacentre on cdktn"; allowed: datacentres of clouds with a provider built for cdktn: gcp uses @cdktf\/provider-google, whose resources cannot synthesize inside cdktn stacks, and @cdktn\/provider-google is not published yet\. Once it is, a dualcloud-cdktn release built on it lifts this/);
    }
  });
});
