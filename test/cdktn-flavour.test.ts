import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

/* eslint-disable @typescript-eslint/no-require-imports -- the build step is a plain CommonJS script */
const flavour = require("../scripts/cdktn-flavour.cjs") as {
  flavourManifest(root: Record<string, unknown>): Record<string, unknown>;
  REWRITES: Array<{ why: string }>;
  rewrite(text: string, file?: string): { text: string; counts: number[] };
  flavourPackageName(name: string): string;
  sourceFiles(): string[];
  build(outdir: string): number[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The mechanical step that makes dualcloud-cdktn (CDK Terrain) from these
 * sources: scripts/cdktn-flavour.cjs. Its rewrites are tested one by one,
 * every row must still apply to the real sources, and the flavour's own
 * package.json must agree with this one except where the cores differ.
 */
const ROOT = resolve(__dirname, "..");
const rewritten = (text: string, file = "lib/x.ts"): string => flavour.rewrite(text, file).text;

describe("the cdktn flavour build", () => {
  describe("rewrites what differs between the cores", () => {
    it("the core package, at its root and inside it", () => {
      expect(rewritten('import { App, Testing } from "cdktf";')).toBe('import { App, Testing } from "cdktn";');
      expect(rewritten('const c = require("cdktf") as typeof import("cdktf");')).toBe('const c = require("cdktn") as typeof import("cdktn");');
      expect(rewritten('const STACK_TRACE_MODULE = "cdktf/lib/tokens/private/stack-trace";')).toBe('const STACK_TRACE_MODULE = "cdktn/lib/tokens/private/stack-trace";');
      expect(rewritten('require("cdktf/package.json")')).toBe('require("cdktn/package.json")');
    });

    it("the AWS and Azure providers, not the Google one (there is no @cdktn/provider-google)", () => {
      expect(rewritten('import { Vpc } from "@cdktf/provider-aws/lib/vpc";')).toBe('import { Vpc } from "@cdktn/provider-aws/lib/vpc";');
      expect(rewritten('import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";')).toBe('import { ResourceGroup } from "@cdktn/provider-azurerm/lib/resource-group";');
      expect(rewritten('import { GoogleProvider } from "@cdktf/provider-google/lib/provider";')).toBe('import { GoogleProvider } from "@cdktf/provider-google/lib/provider";');
    });

    it("leaves cdktf names that CDK Terrain kept: cdktf.json, cdktf.out, CDKTF_* variables, @cdktf/ metadata keys, and a plain \"cdktf\" value", () => {
      const kept = 'const a = "cdktf.json"; const b = "cdktf.out"; const c = process.env.CDKTF_OUTDIR; const d = "@cdktf/warn"; const e = CORE === "cdktf";';
      expect(rewritten(kept)).toBe(kept);
    });

    it("Testing.app(): future flags off, as cdktf 0.21 had none, unless the call sets them", () => {
      expect(rewritten("const app = Testing.app();")).toBe("const app = Testing.app({ enableFutureFlags: false });");
      expect(rewritten("Testing.app({ outdir })")).toBe("Testing.app({ enableFutureFlags: false, outdir })");
      expect(rewritten("Testing.app({ enableFutureFlags: true, outdir })")).toBe("Testing.app({ enableFutureFlags: true, outdir })");
    });

    it("the package name, only in the example consumer and the pack-and-consume test", () => {
      const code = 'import { DualCloudService } from "dualcloud";';
      expect(rewritten(code, "examples/consumer-app/src/main.ts")).toBe('import { DualCloudService } from "dualcloud-cdktn";');
      expect(rewritten(code, "test/package/package.e2e.ts")).toBe('import { DualCloudService } from "dualcloud-cdktn";');
      expect(rewritten(code, "test/docs.test.ts")).toBe(code);
    });

    it("renames packages in manifests by the same rows", () => {
      expect(["cdktf", "@cdktf/provider-aws", "@cdktf/provider-azurerm", "@cdktf/provider-google", "constructs"].map(flavour.flavourPackageName)).toEqual([
        "cdktn", "@cdktn/provider-aws", "@cdktn/provider-azurerm", "@cdktf/provider-google", "constructs",
      ]);
    });
  });

  describe("given this repository's sources", () => {
    const out = mkdtempSync(join(tmpdir(), "dualcloud-flavour-"));
    writeFileSync(join(out, "package.json"), readFileSync(join(ROOT, "flavours", "cdktn", "package.json")));
    const totals = flavour.build(out);
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it("applies every rewrite row somewhere, so none is stale", () => {
      expect(flavour.REWRITES.filter((_, i) => totals[i] === 0).map((r) => r.why)).toEqual([]);
    });

    it("leaves no import of the cdktf core or its AWS and Azure providers in any code file", () => {
      const leftovers = flavour.sourceFiles()
        .filter((f) => /\.(ts|js|cjs|mjs)$/.test(f))
        .flatMap((f) => readFileSync(join(out, f), "utf8").split("\n").map((line, i) => ({ at: `${f}:${i + 1}`, line })))
        .filter(({ line }) => /(from\s+|require\(|import\()["'`]cdktf["'`/]|["'`]cdktf\/|@cdktf\/provider-(aws|azurerm)/.test(line))
        .map(({ at }) => at);
      expect(leftovers).toEqual([]);
    });

    it("keeps the flavour's own package.json and copies no repository manifest, lock or CI script over it", () => {
      expect(readFileSync(join(out, "package.json"), "utf8")).toBe(readFileSync(join(ROOT, "flavours", "cdktn", "package.json"), "utf8"));
      expect(flavour.sourceFiles().filter((f) => /^(package(-lock)?\.json|\.ci\/|\.git\/|flavours\/|node_modules\/)/.test(f))).toEqual([]);
    });

    it("gives the example consumer dualcloud-cdktn, the cdktn peers at the flavour's versions, the CLI, the overrides and the future flag off", () => {
      const consumer = JSON.parse(readFileSync(join(out, "examples", "consumer-app", "package.json"), "utf8"));
      const manifest = JSON.parse(readFileSync(join(ROOT, "flavours", "cdktn", "package.json"), "utf8"));
      expect(Object.keys(consumer.dependencies)).toEqual(["@cdktn/provider-aws", "@cdktn/provider-azurerm", "cdktn", "constructs", "dualcloud-cdktn"]);
      for (const name of ["@cdktn/provider-aws", "@cdktn/provider-azurerm", "cdktn", "constructs"]) expect(consumer.dependencies[name]).toBe(manifest.devDependencies[name]);
      expect(consumer.devDependencies["cdktn-cli"]).toBe(manifest.devDependencies["cdktn-cli"]);
      expect(consumer.overrides).toEqual({ "@cdktn/provider-azurerm": { cdktn: "$cdktn" } });
      const config = JSON.parse(readFileSync(join(out, "examples", "consumer-app", "cdktf.json"), "utf8"));
      expect(config.context).toEqual({ failOnConstructsOutsideOfStacks: false });
    });
  });

  describe("flavours/cdktn/package.json", () => {
    const root = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const cdktn = JSON.parse(readFileSync(join(ROOT, "flavours", "cdktn", "package.json"), "utf8"));

    it("is derived from this package.json (after changing it: node scripts/cdktn-flavour.cjs --manifest, then npm install --package-lock-only in flavours/cdktn)", () => {
      expect(cdktn).toEqual(flavour.flavourManifest(root));
    });

    it("is dualcloud-cdktn at the same version, with the same entry points but dualcloud/gcp, dependencies, files and scripts (cdktn synth)", () => {
      expect(cdktn.name).toBe("dualcloud-cdktn");
      for (const key of ["version", "license", "main", "types", "files", "engines", "dependencies"]) expect([key, cdktn[key]]).toEqual([key, root[key]]);
      const { "./gcp": gcp, ...exportsWithoutGcp } = root.exports;
      expect(gcp).toBeDefined();
      expect(cdktn.exports).toEqual(exportsWithoutGcp);
      expect(cdktn.scripts.synth).toBe(root.scripts.synth.replace("cdktf synth", "cdktn synth"));
    });

    it("would notice a dependency added to this package.json but not to the flavour's", () => {
      const added = { ...root, dependencies: { ...root.dependencies, "left-pad": "1.3.0" } };
      expect(cdktn).not.toEqual(flavour.flavourManifest(added));
    });

    it("peers on cdktn 0.24, the @cdktn providers and the constructs range cdktn accepts; Google is not offered", () => {
      expect(cdktn.peerDependencies).toEqual({ "@cdktn/provider-aws": "^25.0.0", "@cdktn/provider-azurerm": "^16.0.0", cdktn: "^0.24.0", constructs: ">=10.6.0 <10.8.0" });
      expect(cdktn.peerDependenciesMeta).toBeUndefined();
      expect(Object.keys(root.peerDependencies).map(flavour.flavourPackageName).filter((n) => n !== "@cdktf/provider-google").sort()).toEqual(Object.keys(cdktn.peerDependencies).sort());
    });

    it("pins every tool of this repository at the same version, and each core package's counterpart", () => {
      const differing = Object.entries(root.devDependencies as Record<string, string>)
        .filter(([name, version]) => cdktn.devDependencies[flavour.flavourPackageName(name)] !== version)
        .map(([name]) => name);
      expect(differing.sort()).toEqual(["@cdktf/provider-aws", "@cdktf/provider-azurerm", "cdktf", "cdktf-cli", "constructs"]);
      expect(cdktn.devDependencies["cdktn-cli"]).toBe(cdktn.devDependencies.cdktn);
    });

    it("overrides @cdktn/provider-azurerm's stale peer (cdktn ^0.23, which was never published) with the cdktn it pins", () => {
      expect(cdktn.overrides).toEqual({ "@cdktn/provider-azurerm": { cdktn: "$cdktn" } });
    });
  });
});
