import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { CORE_PACKAGE } from "../../lib/core/core-package";
import { GCP_SYNTHESIZES } from "../support/core";
import { run } from "./run";

/**
 * Pack and consume: `npm pack` the library, install the tarball into a fresh
 * copy of examples/consumer-app with its peer dependencies (real installs from
 * the npm cache, `--prefer-offline`), type-check the consumer's TypeScript
 * against the published types and synthesize it through the package's runner
 * (cdktf.json's `dualcloud run src/main.ts`), as a user would. The same file
 * tests dualcloud-cdktn in flavours/cdktn (built by scripts/cdktn-flavour.cjs):
 * there the consumer also synthesizes through the cdktn CLI, which needs
 * Node 22 (.ci/run puts one first on PATH).
 */
const REPO = resolve(__dirname, "..", "..");
const repoPackage = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
const EXAMPLE = join(REPO, "examples", "consumer-app");
const PACKAGE_NAME: string = repoPackage.name;
/** The CLI the example consumer installs, if any (the cdktn flavour's consumer does). */
const CONSUMER_CLI = Object.keys(JSON.parse(readFileSync(join(EXAMPLE, "package.json"), "utf8")).devDependencies ?? {}).find((n) => /^cdkt[fn]-cli$/.test(n));

interface PackedFile {
  readonly path: string;
}
interface PackResult {
  readonly filename: string;
  readonly files: PackedFile[];
}

describe("the published package", () => {
  const work = mkdtempSync(join(tmpdir(), "dualcloud-package-"));
  const consumer = join(work, "consumer");
  let packed: PackResult;
  let synthStdout = "";

  beforeAll(() => {
    const pack = run("npm", ["pack", "--json", "--pack-destination", work], { cwd: REPO });
    packed = (JSON.parse(pack.stdout.slice(pack.stdout.indexOf("["))) as PackResult[])[0];

    cpSync(EXAMPLE, consumer, { recursive: true, filter: (src) => !/(node_modules|dist|cdktf\.out|\.cdktf-app)$/.test(src) });
    const manifest = JSON.parse(readFileSync(join(consumer, "package.json"), "utf8"));
    manifest.dependencies[PACKAGE_NAME] = `file:${join(work, packed.filename)}`;
    writeFileSync(join(consumer, "package.json"), JSON.stringify(manifest, null, 2));

    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: consumer, timeoutMs: 600_000 });
    run(join(consumer, "node_modules", ".bin", "tsc"), ["-p", ".", "--noEmit"], { cwd: consumer });
    const app = JSON.parse(readFileSync(join(consumer, "cdktf.json"), "utf8")).app as string;
    synthStdout = run("sh", ["-c", app], { cwd: consumer }).stdout;
  }, 900_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  describe("the tarball", () => {
    it("carries the Apache-2.0 LICENSE the package.json declares", () => {
      expect(repoPackage.license).toBe("Apache-2.0");
      expect(packed.files.map((f) => f.path)).toContain("LICENSE");
      const licence = readFileSync(join(consumer, "node_modules", PACKAGE_NAME, "LICENSE"), "utf8");
      expect(licence).toContain("Apache License\n                           Version 2.0, January 2004");
      expect(licence).toContain("END OF TERMS AND CONDITIONS");
    });

    it("holds only package.json, README, licence, dist/ and docs/ markdown", () => {
      const paths = packed.files.map((f) => f.path);
      const stray = paths.filter((p) => !/^(package\.json|README\.md|LICENSE|dist\/.+\.(js|d\.ts)|docs\/[^/]+\.md)$/.test(p));
      expect(stray).toEqual([]);
      expect(paths).toEqual(expect.arrayContaining(["package.json", "README.md", "dist/index.js", "dist/index.d.ts"]));
    });

    it("carries no TypeScript source, tests, example app or build config", () => {
      const paths = packed.files.map((f) => f.path);
      expect(paths.filter((p) => p.endsWith(".ts") && !p.endsWith(".d.ts"))).toEqual([]);
      expect(paths.filter((p) => /^(lib|test|stacks|examples|scripts|bench)\//.test(p))).toEqual([]);
    });

    it("declares main, types, exports and the peer dependencies a consumer shares", () => {
      expect(repoPackage.main).toBe("dist/index.js");
      expect(repoPackage.types).toBe("dist/index.d.ts");
      expect(repoPackage.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
      if (GCP_SYNTHESIZES) {
        expect(repoPackage.exports["./gcp"]).toEqual({ types: "./dist/gcp.d.ts", default: "./dist/gcp.js" });
        expect(packed.files.map((f) => f.path)).toEqual(expect.arrayContaining(["dist/gcp.js", "dist/gcp.d.ts"]));
        expect(Object.keys(repoPackage.peerDependencies).sort()).toEqual(["@cdktf/provider-aws", "@cdktf/provider-azurerm", "@cdktf/provider-google", "cdktf", "constructs"]);
        expect(repoPackage.peerDependenciesMeta).toEqual({ "@cdktf/provider-google": { optional: true } });
      } else {
        expect(repoPackage.exports["./gcp"]).toBeUndefined();
        expect(Object.keys(repoPackage.peerDependencies).sort()).toEqual(["@cdktf/provider-aws", "@cdktf/provider-azurerm", CORE_PACKAGE, "constructs"]);
        expect(repoPackage.peerDependenciesMeta).toBeUndefined();
      }
      expect(Object.keys(repoPackage.dependencies).sort()).toEqual(["dns-packet", "esbuild", "fastest-levenshtein", "netmask"]);
      expect(repoPackage.bin).toEqual({ dualcloud: "dist/cli/dualcloud.js" });
      expect(packed.files.map((f) => f.path)).toContain("dist/cli/dualcloud.js");
    });
  });

  describe("the consumer project", () => {
    it("pins the same peer and compiler versions as this repository's lockfile", () => {
      const example = JSON.parse(readFileSync(join(EXAMPLE, "package.json"), "utf8"));
      for (const name of ["@cdktf/provider-aws", "@cdktf/provider-azurerm", "cdktf", "constructs"]) {
        expect(`${name}@${example.dependencies[name]}`).toBe(`${name}@${repoPackage.devDependencies[name]}`);
      }
      expect(example.devDependencies.typescript).toBe(repoPackage.devDependencies.typescript);
      // Not on the registry yet: the example installs the tarball `npm pack` writes at the repository root.
      expect(example.dependencies[PACKAGE_NAME]).toBe(`file:../../${PACKAGE_NAME}-${repoPackage.version}.tgz`);
    });

    it("installs the tarball as a real package, not a link to this repository", () => {
      const installed = join(consumer, "node_modules", PACKAGE_NAME);
      expect(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).version).toBe(repoPackage.version);
      expect(existsSync(join(installed, "dist", "index.d.ts"))).toBe(true);
      expect(existsSync(join(installed, "lib"))).toBe(false);
    });

    it("holds one copy of cdktf, constructs and each provider, shared by the app and the library", () => {
      const probe = `const r=(m,p)=>require.resolve(m,{paths:[p]});const lib=require("path").dirname(require.resolve("dualcloud/package.json"));` +
        `for (const m of ["${CORE_PACKAGE}","constructs","@cdktf/provider-aws/lib/vpc","@cdktf/provider-azurerm/lib/resource-group"]) console.log(r(m,process.cwd())===r(m,lib)?"same":"DIFFERENT "+m);`;
      const out = run("node", ["-e", probe], { cwd: consumer }).stdout.trim().split("\n");
      expect(out).toEqual(["same", "same", "same", "same"]);
      expect(existsSync(join(consumer, "node_modules", PACKAGE_NAME, "node_modules"))).toBe(false);
    });

    it("runs the app through the package's bin, bundled once with dualcloud, cdktf and the providers left external", () => {
      expect(JSON.parse(readFileSync(join(consumer, "cdktf.json"), "utf8")).app).toBe("node_modules/.bin/dualcloud run src/main.ts");
      const bundle = readFileSync(join(consumer, ".cdktf-app", "main.cjs"), "utf8");
      expect(bundle).toContain('require("dualcloud")');
      expect(bundle).toContain('require("cdktf")');
      expect(bundle).not.toContain("class DualCloudService");
    });

    it("reuses the bundle until a source changes, then rebuilds it", () => {
      const bundle = join(consumer, ".cdktf-app", "main.cjs");
      const built = statSync(bundle).mtimeMs;
      run("node_modules/.bin/dualcloud", ["run", "src/main.ts"], { cwd: consumer });
      expect(statSync(bundle).mtimeMs).toBe(built);
      const later = new Date(Date.now() + 2000);
      utimesSync(join(consumer, "src", "main.ts"), later, later);
      run("node_modules/.bin/dualcloud", ["run", "src/main.ts"], { cwd: consumer });
      expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
    });

    it("fails to compile when a prop has the wrong type, so the types really are checked", () => {
      writeFileSync(join(consumer, "src", "wrong.ts"), `import { DualCloudServiceProps } from "dualcloud";\nexport const p: DualCloudServiceProps = { image: "x", port: "8080", healthCheckPath: "/", domain: "a.b.c" };\n`);
      try {
        const result = run(join(consumer, "node_modules", ".bin", "tsc"), ["-p", ".", "--noEmit"], { cwd: consumer, allowFailure: true });
        expect(result.status).not.toBe(0);
        expect(result.stdout).toMatch(/src\/wrong\.ts.*Type 'string' is not assignable to type 'number'/);
      } finally {
        rmSync(join(consumer, "src", "wrong.ts"));
      }
    });

    it("does not install the optional @cdktf/provider-google, and the root never loads it", () => {
      expect(existsSync(join(consumer, "node_modules", "@cdktf", "provider-google"))).toBe(false);
      const probe = `require("dualcloud"); console.log(Object.keys(require.cache).filter((p) => p.includes("provider-google")).length)`;
      expect(run("node", ["-e", probe], { cwd: consumer }).stdout.trim()).toBe("0");
    });

    it("names the package to install when a GCP datacentre is listed without it", () => {
      const script = `const { App } = require("cdktf"); const { DualCloudService } = require("dualcloud");
        try { new DualCloudService(new App({ outdir: "gcp.out" }), "payments", { image: "ghcr.io/a/b@sha256:${"0".repeat(64)}", port: 3000, healthCheckPath: "/health",
          domain: "pay.acme-corp.com", gcp: { projectId: "acme-payments" }, datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "eastus" }, { cloud: "gcp", region: "us-central1" }] });
          console.log("no error"); } catch (e) { console.log(e.name, e.field, e.allowed); }`;
      expect(run("node", ["-e", script], { cwd: consumer }).stdout.trim()).toBe(
        GCP_SYNTHESIZES
          ? "DualCloudValidationError datacentres gcp datacentres only with the optional peer dependency @cdktf/provider-google 16.x installed (npm install @cdktf/provider-google@^16)"
          : `DualCloudValidationError datacentres datacentres of clouds with a provider built for ${CORE_PACKAGE}: gcp uses @cdktf/provider-google, whose resources cannot synthesize inside ${CORE_PACKAGE} stacks, ` +
              `and @${CORE_PACKAGE}/provider-google is not published yet. Once it is, a dualcloud-${CORE_PACKAGE} release built on it lifts this; until then deploy gcp datacentres from the cdktf flavour (dualcloud)`,
      );
    });

    it(GCP_SYNTHESIZES ? "exports the GCP constructs from dualcloud/gcp, which needs the optional provider" : "exports no GCP entry point (no Google provider for this core)", () => {
      const result = run("node", ["-e", `require.resolve("dualcloud/gcp"); require("dualcloud/gcp")`], { cwd: consumer, allowFailure: true });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(GCP_SYNTHESIZES ? /Cannot find module '@cdktf\/provider-google\/lib\// : /ERR_PACKAGE_PATH_NOT_EXPORTED/);
    });

    it("refuses deep imports: only the package root is exported", () => {
      const result = run("node", ["-e", `require("dualcloud/dist/model/props")`], { cwd: consumer, allowFailure: true });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
    });
  });

  describe("synthesizing the consumer app", () => {
    const outdir = () => join(consumer, "cdktf.out");
    const stack = (name: string) => JSON.parse(readFileSync(join(outdir(), "stacks", name, "cdk.tf.json"), "utf8"));
    const names = ["payments-aws-us-west-2", "payments-aws-ap-southeast-2", "payments-azure-northeurope", "payments-azure-australiaeast", "payments-global-aws", "payments-global-azure"];

    it("writes one stack per datacentre in the consumer's regions plus the two global stacks", () => {
      const manifest = JSON.parse(readFileSync(join(outdir(), "manifest.json"), "utf8"));
      expect(Object.keys(manifest.stacks).sort()).toEqual([...names].sort());
      expect(readdirSync(join(outdir(), "stacks")).sort()).toEqual([...names].sort());
    });

    it("gives each AWS stack its own region and S3 state in that region", () => {
      for (const region of ["us-west-2", "ap-southeast-2"]) {
        const json = stack(`payments-aws-${region}`);
        expect(json.provider.aws[0].region).toBe(region);
        expect(json.terraform.backend.s3.bucket).toBe(`acme-payments-tfstate-${region}`);
        expect(json.output.endpoint_hostname.value).toBe(`${region}.aws.pay.acme-corp.com`);
      }
    });

    it("gives each Azure stack only azurerm and Azure Storage state", () => {
      for (const region of ["northeurope", "australiaeast"]) {
        const json = stack(`payments-azure-${region}`);
        expect(Object.keys(json.provider)).toEqual(["azurerm"]);
        expect(Object.keys(json.terraform.backend)).toEqual(["azurerm"]);
        expect(json.output.endpoint_hostname.value).toBe(`${region}.azure.pay.acme-corp.com`);
      }
    });

    it("prints the synth summary through the published renderSynthSummary", () => {
      expect(synthStdout).toContain("dualcloud: payments (https://pay.acme-corp.com)");
      expect(synthStdout).toMatch(/AWS +us-west-2 +payments-aws-us-west-2 +us-west-2\.aws\.pay\.acme-corp\.com/);
      expect(synthStdout).toMatch(/Azure +australiaeast +payments-azure-australiaeast +australiaeast\.azure\.pay\.acme-corp\.com/);
      expect(synthStdout).toContain(`stacks: ${names.join(" ")}`);
    });

    (CONSUMER_CLI ? it : it.skip)(`synthesizes through the ${CONSUMER_CLI?.replace(/-cli$/, "") ?? "core's"} CLI with the future flag off, and names the flag when it is on`, () => {
      const bin = join(consumer, "node_modules", ".bin", CONSUMER_CLI!.replace(/-cli$/, ""));
      const env = { CI: "1", CHECKPOINT_DISABLE: "1" };
      const out = join(consumer, "cli.out");
      const synth = run(bin, ["synth", "--output", out], { cwd: consumer, env, timeoutMs: 300_000 });
      expect(readdirSync(join(out, "stacks")).sort()).toEqual([...names].sort());
      expect(synth.stdout).toContain("dualcloud: payments (https://pay.acme-corp.com)");
      // As `cdktn init` writes it into a new project's cdktf.json.
      const config = readFileSync(join(consumer, "cdktf.json"), "utf8");
      writeFileSync(join(consumer, "cdktf.json"), JSON.stringify({ ...JSON.parse(config), context: { failOnConstructsOutsideOfStacks: "true" } }));
      let flagOn;
      try {
        flagOn = run(bin, ["synth", "--output", join(consumer, "flag.out")], { cwd: consumer, env, allowFailure: true, timeoutMs: 300_000 });
      } finally {
        writeFileSync(join(consumer, "cdktf.json"), config);
      }
      expect(flagOn.status).not.toBe(0);
      expect(`${flagOn.stdout}\n${flagOn.stderr}`).toMatch(/context\.failOnConstructsOutsideOfStacks: received "true"; allowed: the flag off/);
    }, 600_000);

    it("throws DualCloudValidationError, an instance of the exported class, for an unknown region", () => {
      const script = `const { App } = require("cdktf"); const { DualCloudService, DualCloudValidationError } = require("dualcloud");
        try { new DualCloudService(new App({ outdir: "bad.out" }), "payments", { image: "ghcr.io/a/b@sha256:${"0".repeat(64)}", port: 3000, healthCheckPath: "/health",
          domain: "pay.acme-corp.com", datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "mars-north-1" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" }] });
          console.log("no error"); } catch (e) { console.log(e instanceof DualCloudValidationError, e.field); }`;
      expect(run("node", ["-e", script], { cwd: consumer }).stdout.trim()).toBe("true datacentres[1].region");
    });
  });
});
