import { join } from "path";
import { CLOUD_NAMES } from "../lib/clouds/registry";
import { ImportEdge, importCycles, importEdges, LayerOrder, layerViolations, readSources } from "./support/import-graph";

/**
 * The layers of lib/, from the bottom up. A file imports its own area or an
 * area of a strictly lower layer; areas of one layer do not import each other.
 *
 * - errors: the error type and its message factories.
 * - private: helpers with no layer home and no public API (Terraform JSON
 *   values, the token stack-trace switch).
 * - terraform: reading synthesized Terraform JSON (stacks, blocks, expressions).
 * - clouds: which clouds exist (the plugin interface and the registry).
 * - model: the cloud-neutral service model, its props and pure computations
 *   (capacity, failover, regions). It knows no validation and no construct.
 * - naming, network, security: pure rules (physical names,
 *   CIDRs, the security predicates both engines share).
 * - validation: props -> model, throwing DualCloudValidationError.
 * - core: which CDK core runs (cdktf, or CDK Terrain in dualcloud-cdktn) and
 *   what the library must check about it (future flags, provider scope).
 * - policy: the policy engine and its rules (constructs attach it).
 * - constructs: the cloud adapters, stacks and DualCloudService.
 * - dns: the public DNS view of the synthesized stacks.
 * - checks, summary: read what the constructs built (the DNS parity check reads the view).
 * - diagram: draws from the summary's walk.
 * - index, and each cloud's own entry point (lib/<cloud>.ts, e.g. gcp) when
 *   its provider is an optional peer: taken from the registry.
 */
const LAYERS: LayerOrder = [
  ["errors"],
  ["private"],
  ["terraform"],
  ["clouds"],
  ["model"],
  ["naming", "network", "security"],
  ["validation"],
  ["core"],
  ["policy"],
  ["constructs"],
  ["dns"],
  ["checks", "summary"],
  ["diagram"],
  ["cli"],
  ["index", ...CLOUD_NAMES],
];

/**
 * Imports allowed to point up, each with its reason. They are left out of the
 * layer check and of the cycle check over all imports; the cycle check over
 * runtime imports allows nothing. Every entry must still match an import.
 */
const ALLOWED: readonly Allowance[] = [
  {
    from: /^clouds\/registry\.ts$/,
    to: /^constructs\/([a-z0-9]+)\/[a-z0-9-]*-plugin\.ts$/,
    reason: "the registry is the composition root of the cloud and global-layer plugins (each in its cloud's folder); a plugin module imports no provider package and loads its stacks lazily",
  },
  {
    from: /^clouds\//,
    to: /./,
    typeOnly: true,
    reason: "the plugin interface names the types of every layer it spans (erased from the JavaScript)",
  },
];

/** An import allowed to point up. */
interface Allowance {
  readonly from: RegExp;
  readonly to: RegExp;
  /** Only when the import is type-only. */
  readonly typeOnly?: boolean;
  readonly reason: string;
}

function allowedBy(e: ImportEdge): Allowance | undefined {
  return ALLOWED.find((a) => a.from.test(e.from) && a.to.test(e.to) && (!a.typeOnly || e.typeOnly));
}

describe("lib/ architecture", () => {
  const files = readSources(join(__dirname, "..", "lib"));
  const edges = importEdges(files);
  const checked = edges.filter((e) => allowedBy(e) === undefined);

  it("given every relative import in lib/, then they resolve and there are enough to mean something", () => {
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.filter((e) => e.to.startsWith("?"))).toEqual([]);
  });

  it("given the imports that run when a module loads (type-only ones erased, lazy requires left for later), then no import cycle exists", () => {
    expect(importCycles(edges.filter((e) => !e.typeOnly && !e.lazy))).toEqual([]);
  });

  it("given every import, types included, then no cycle exists outside the documented allowances", () => {
    expect(importCycles(checked)).toEqual([]);
  });

  it("given the layer order, then every import points down (and every area has a layer)", () => {
    expect(layerViolations(checked, files, LAYERS)).toEqual([]);
  });

  it("given the allowances, then each still matches an import (a stale one must go)", () => {
    expect(ALLOWED.filter((a) => !edges.some((e) => allowedBy(e) === a)).map((a) => a.reason)).toEqual([]);
  });

  it("given the model, then it imports no validation and no construct, not even a type", () => {
    const model = checked.filter((e) => e.from.startsWith("model/"));
    expect(model.length).toBeGreaterThan(10);
    expect(model.filter((e) => /^(validation|constructs)\//.test(e.to))).toEqual([]);
    expect(edges.filter((e) => e.from.startsWith("model/") && /^(validation|constructs)\//.test(e.to))).toEqual([]);
  });
});

describe("the architecture checks on fixtures", () => {
  const fixtureLayers: LayerOrder = [["model"], ["validation"], ["constructs"]];

  it("given a clean fixture, then no cycle and no violation is reported", () => {
    const files = {
      "model/a.ts": 'import { x } from "./b";\nexport const a = x;',
      "model/b.ts": "export const x = 1;",
      "validation/v.ts": 'import type { a } from "../model/a";\nexport const v = 2;',
      "constructs/c.ts": 'import { v } from "../validation/v";\nexport * from "../model/b";',
    };
    const edges = importEdges(files);
    expect(edges).toHaveLength(4);
    expect(importCycles(edges)).toEqual([]);
    expect(layerViolations(edges, files, fixtureLayers)).toEqual([]);
  });

  it("given two files that import each other (one type-only), then the cycle is reported", () => {
    const files = {
      "summary/capacity.ts": 'import { Section } from "./synth";\nexport const c = 1;',
      "summary/synth.ts": 'import { c } from "./capacity";\nexport type Section = number;',
      "summary/other.ts": 'import { c } from "./capacity";',
    };
    expect(importCycles(importEdges(files))).toEqual([["summary/capacity.ts", "summary/synth.ts"]]);
  });

  it("given a longer cycle through a require and a re-export, then it is reported", () => {
    const files = {
      "constructs/a.ts": 'export * from "./b";',
      "constructs/b.ts": 'const c = require("./c/index");',
      "constructs/c/index.ts": 'type A = typeof import("../a");',
    };
    expect(importCycles(importEdges(files))).toEqual([["constructs/a.ts", "constructs/b.ts", "constructs/c/index.ts"]]);
  });

  it("given type-only and lazy imports, then they are told apart from imports that run at load", () => {
    const files = {
      "a.ts": 'import type { B } from "./b";\nimport { type C } from "./c";\nimport { d } from "./d";\nexport function load() { return require("./e"); }\ntype F = typeof import("./f");',
      "b.ts": "", "c.ts": "", "d.ts": "", "e.ts": "", "f.ts": "",
    };
    expect(importEdges(files).map((e) => `${e.to} ${e.typeOnly ? "type" : "value"}${e.lazy ? " lazy" : ""}`)).toEqual(["b.ts type", "c.ts type", "d.ts value", "e.ts value lazy", "f.ts type"]);
  });

  it("given the model importing validation, then the upward import is reported", () => {
    const files = {
      "model/capacity.ts": 'import { FieldChecker } from "../validation/checker";',
      "validation/checker.ts": "export class FieldChecker {}",
    };
    expect(layerViolations(importEdges(files), files, fixtureLayers)).toEqual(["model/capacity.ts (model, layer 0) imports validation/checker.ts (validation, layer 1)"]);
  });

  it("given an import between two areas of one layer, or from an unlisted area, then both are reported", () => {
    const files = {
      "validation/v.ts": 'import { x } from "../policy/p";',
      "policy/p.ts": "export const x = 1;",
    };
    const layers: LayerOrder = [["validation", "policy"]];
    expect(layerViolations(importEdges(files), files, layers)).toEqual(["validation/v.ts (validation, layer 0) imports policy/p.ts (policy, layer 0)"]);
    expect(layerViolations(importEdges(files), files, fixtureLayers)).toEqual(['policy/p.ts: area "policy" is in no layer']);
  });
});
