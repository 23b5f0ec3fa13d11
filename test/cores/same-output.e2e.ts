import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { run } from "../package/run";
import { StackJson } from "../support/synth";

/**
 * Same Terraform on both cores: the example app and a five-datacentre app,
 * synthesized by this repository (cdktf 0.21) and by flavours/cdktn (CDK
 * Terrain 0.24, built from these sources by scripts/cdktn-flavour.cjs), differ
 * only in `terraform.required_providers` and the `//` metadata's core version.
 * Stack names and every address are identical, so a team can switch cores
 * without Terraform replacing anything. A five-datacentre app with a GCP
 * datacentre synthesizes on cdktf and is the library's own error on cdktn.
 */
const REPO = resolve(__dirname, "..", "..");
const FLAVOUR = join(REPO, "flavours", "cdktn");
const CORES = { cdktf: REPO, cdktn: FLAVOUR } as const;
type Core = keyof typeof CORES;

describe("the same Terraform on cdktf and CDK Terrain", () => {
  const work = mkdtempSync(join(tmpdir(), "dualcloud-cores-"));
  const results: Record<string, { status: number | null; stdout: string }> = {};
  const outdir = (core: Core, app: string): string => join(work, core, app);

  beforeAll(() => {
    run("node", [join(REPO, "scripts", "cdktn-flavour.cjs")], { cwd: REPO });
    if (!existsSync(join(FLAVOUR, "node_modules", "cdktn"))) throw new Error("flavours/cdktn has no node_modules: run (cd flavours/cdktn && npm ci) first, as .ci/run does");
    for (const app of ["default", "five", "five-gcp"]) {
      for (const core of Object.keys(CORES) as Core[]) {
        mkdirSync(outdir(core, app), { recursive: true });
        results[`${core} ${app}`] = run("node", ["--import", "tsx", "test/cores/apps.ts", app], { cwd: CORES[core], env: { CDKTF_OUTDIR: outdir(core, app) }, allowFailure: true });
      }
    }
  }, 600_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const stacksOf = (core: Core, app: string): string[] => readdirSync(join(outdir(core, app), "stacks")).sort();
  const stackJson = (core: Core, app: string, stack: string): StackJson => JSON.parse(readFileSync(join(outdir(core, app), "stacks", stack, "cdk.tf.json"), "utf8"));
  /** The stack without what is allowed to differ; the project directory (in the local backend's path) made neutral. */
  const comparable = (core: Core, json: StackJson): StackJson => {
    const copy = JSON.parse(JSON.stringify(json).split(CORES[core]).join("<project>")) as StackJson;
    delete copy.terraform.required_providers;
    delete copy["//"].metadata.version;
    return copy;
  };
  const addresses = (json: StackJson): string[] =>
    ["resource", "data"].flatMap((kind) => Object.entries(json[kind] ?? {}).flatMap(([type, byName]) => Object.keys(byName as object).map((n) => `${kind}.${type}.${n}`))).sort();

  describe.each(["default", "five"])("given the %s app", (app) => {
    it("synthesizes on both cores", () => {
      expect([results[`cdktf ${app}`].status, results[`cdktn ${app}`].status]).toEqual([0, 0]);
    });

    it("writes the same stacks, with the same dependencies", () => {
      expect(stacksOf("cdktn", app)).toEqual(stacksOf("cdktf", app));
      expect(stacksOf("cdktf", app).length).toBe(app === "default" ? 6 : 7);
      const deps = (core: Core) => Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(outdir(core, app), "manifest.json"), "utf8")).stacks as Record<string, { dependencies: string[] }>).map(([k, v]) => [k, v.dependencies]));
      expect(deps("cdktn")).toEqual(deps("cdktf"));
    });

    it("gives every resource and data source the same address", () => {
      for (const stack of stacksOf("cdktf", app)) expect([stack, addresses(stackJson("cdktn", app, stack))]).toEqual([stack, addresses(stackJson("cdktf", app, stack))]);
    });

    it("differs in nothing but required_providers and the metadata's core version", () => {
      for (const stack of stacksOf("cdktf", app)) {
        expect([stack, comparable("cdktn", stackJson("cdktn", app, stack))]).toEqual([stack, comparable("cdktf", stackJson("cdktf", app, stack))]);
      }
    });

    it("would notice a value that differs outside required_providers (the comparison can fail)", () => {
      const changed = stackJson("cdktn", app, "orders-aws-us-east-1");
      changed.output.endpoint_hostname.value = "elsewhere.example.com";
      expect(comparable("cdktn", changed)).not.toEqual(comparable("cdktf", stackJson("cdktf", app, "orders-aws-us-east-1")));
    });

    it("requires the same providers, at the versions each core's bindings were generated for", () => {
      for (const stack of stacksOf("cdktf", app)) {
        const [tf, tn] = [stackJson("cdktf", app, stack), stackJson("cdktn", app, stack)];
        expect(Object.keys(tn.terraform.required_providers)).toEqual(Object.keys(tf.terraform.required_providers));
        expect([tf["//"].metadata.version, tn["//"].metadata.version]).toEqual(["0.21.0", "0.24.0"]);
        for (const [name, req] of Object.entries(tn.terraform.required_providers as Record<string, { source: string; version: string }>)) {
          expect(req.source.replace(/^hashicorp\//, "")).toBe(tf.terraform.required_providers[name].source.replace(/^hashicorp\//, ""));
        }
      }
      const aws = (core: Core) => stackJson(core, app, "orders-aws-us-east-1").terraform.required_providers.aws;
      expect([aws("cdktf"), aws("cdktn")]).toEqual([{ source: "aws", version: "6.25.0" }, { source: "hashicorp/aws", version: "6.66.0" }]);
    });
  });

  describe("given the five-datacentre app with a GCP datacentre", () => {
    it("synthesizes on cdktf, with the GCP stack", () => {
      expect(results["cdktf five-gcp"].status).toBe(0);
      expect(stacksOf("cdktf", "five-gcp")).toContain("orders-gcp-europe-west1");
    });

    it("is the library's DualCloudValidationError on cdktn, before any stack is written", () => {
      expect(results["cdktn five-gcp"].status).toBe(3);
      const { error } = JSON.parse(results["cdktn five-gcp"].stdout) as { error: { name: string; field: string; message: string } };
      expect(error.name).toBe("DualCloudValidationError");
      expect(error.field).toBe("datacentres");
      expect(error.message).toMatch(/received "a gcp datacentre on cdktn"; allowed: .*@cdktn\/provider-google is not published yet/);
      expect(existsSync(join(outdir("cdktn", "five-gcp"), "manifest.json"))).toBe(false);
      expect(readdirSync(join(outdir("cdktn", "five-gcp"), "stacks"))).toEqual([]);
    });
  });
});
