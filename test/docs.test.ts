import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { App } from "cdktf";
import { renderTopologyMermaid } from "../lib/diagram/topology-mermaid";
import { renderSynthSummary } from "../lib/summary/synth-summary";
import { END_MARKER, InterfaceDoc, readPropsDocs, renderPropsReference, START_MARKER, withPropsReference } from "../scripts/props-reference";
import { addExampleService } from "../stacks/example-service";

const ROOT = resolve(__dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

/** The README's props reference section. */
function propsSection(readme: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  return start >= 0 && end > start ? readme.slice(start, end) : "";
}

/** `Interface.prop` for every documented prop missing from the section. */
function missingProps(docs: InterfaceDoc[], section: string): string[] {
  const missing: string[] = [];
  for (const d of docs) {
    if (!section.includes(`\`${d.name}\``)) missing.push(d.name);
    for (const p of d.props) {
      const heading = section.indexOf(`#### \`${d.name}\``);
      const next = section.indexOf("#### ", heading + 1);
      const table = heading < 0 ? "" : section.slice(heading, next < 0 ? undefined : next);
      if (!table.includes(`| \`${p.name}\` |`)) missing.push(`${d.name}.${p.name}`);
    }
  }
  return missing;
}

describe("README", () => {
  describe("props reference", () => {
    const docs = readPropsDocs();

    it("reads every exported props interface, DualCloudServiceProps included", () => {
      const main = docs.find((d) => d.name === "DualCloudServiceProps");
      expect(main?.props.map((p) => p.name)).toEqual(expect.arrayContaining(["image", "port", "healthCheckPath", "domain", "datacentres", "env", "secrets", "routing", "dns", "stateBackend", "tags"]));
      expect(docs.find((d) => d.name === "DatacentreSpec")?.props.find((p) => p.name === "drain")).toMatchObject({ type: "boolean", optional: true, defaultText: "false" });
    });

    it("mentions every prop of lib/model/props.ts under its interface (run `npm run docs:props` after changing props)", () => {
      expect(missingProps(docs, propsSection(README))).toEqual([]);
    });

    it("fails when a prop is missing, so the check can fail", () => {
      const extra: InterfaceDoc[] = [...docs, { name: "DualCloudServiceProps", description: "", props: [{ name: "brandNewProp", type: "string", optional: true, description: "" }] }];
      expect(missingProps(extra, propsSection(README))).toEqual(["DualCloudServiceProps.brandNewProp"]);
      expect(missingProps(docs, "")).toContain("DualCloudServiceProps.image");
    });

    it("renders required props as required and optional ones with their @default", () => {
      const table = renderPropsReference(docs);
      expect(table).toContain("| `image` | `string` | **required** |");
      expect(table).toContain("| `drain` | `boolean` | false |");
      expect(table).toContain("| `datacentres` | `DatacentreSpec[]` | two AWS and two Azure regions");
    });

    it("replaces only what lies between the markers when regenerated", () => {
      const dir = mkdtempSync(join(tmpdir(), "dualcloud-docs-"));
      try {
        const file = join(dir, "README.md");
        writeFileSync(file, `before\n${START_MARKER}\nold\n${END_MARKER}\nafter\n`);
        expect(withPropsReference(readFileSync(file, "utf8"), "NEW")).toBe(`before\n${START_MARKER}\n\nNEW\n${END_MARKER}\nafter\n`);
        expect(() => withPropsReference("no markers", "NEW")).toThrow(/lacks the markers/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe("quick start", () => {
    it("comes first, with the two exact commands", () => {
      expect(README.split("\n").find((l) => l.startsWith("## "))).toBe("## Quick start");
      expect(README).toContain("npm ci && npm run synth");
      expect(README).toContain("npm ci && npm test");
    });

    it("names only npm scripts that exist", () => {
      const named = [...README.matchAll(/npm run ([a-z:]+)/g)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(5);
      expect(named.filter((s) => PACKAGE.scripts[s] === undefined)).toEqual([]);
    });
  });

  describe("quick start summary", () => {
    it("shows the failover, placement and policy lines exactly as the example app prints them", () => {
      const outdir = mkdtempSync(join(tmpdir(), "dualcloud-docs-"));
      try {
        const app = new App({ outdir });
        addExampleService(app);
        const printed = renderSynthSummary(app).split("\n");
        const block = /```text\n(dualcloud: orders[\s\S]*?)```/.exec(README)?.[1] ?? "";
        const shown = block.split("\n").filter((l) => /^ {2}policy:|^ {4}(worst-case failover|failover bound|open connections|latency placement)/.test(l));
        expect(shown.length).toBe(6);
        expect(shown.filter((l) => !printed.includes(l))).toEqual([]);
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    });
  });

  describe("topology diagram", () => {
    it("shows exactly the diagram the example app writes", () => {
      const outdir = mkdtempSync(join(tmpdir(), "dualcloud-docs-"));
      try {
        const service = addExampleService(new App({ outdir }));
        const block = /```mermaid\n([\s\S]*?)```/.exec(README)?.[1];
        expect(block).toBe(renderTopologyMermaid(service.model));
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    });
  });

  describe("operations", () => {
    it("covers secrets, draining, adding a region, known limits and the cdktn migration", () => {
      for (const heading of ["## Use it in your own cdktf app", "## Props reference", "## Secrets", "## Drain a datacentre", "## Add a region", "## Known limits", "## Using dualcloud with CDK Terrain"]) {
        expect(README).toContain(`\n${heading}\n`);
      }
      expect(README).toContain("drain: true");
      expect(README).toContain('import { DualCloudService, printSynthSummary } from "dualcloud";');
    });
  });
});

/** Paths under `dir` (relative), recursively, skipping generated and installed trees. */
function pathsUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (["node_modules", ".git", "dist", "cdktf.out", ".cdktf-app", "api"].includes(e.name)) return [];
    const path = `${prefix}${e.name}`;
    return e.isDirectory() ? [path, ...pathsUnder(join(dir, e.name), `${path}/`)] : [path];
  });
}

/** Groups of paths that differ only by case (they overwrite each other on macOS and Windows). */
function caseCollisions(paths: readonly string[]): string[][] {
  const byLower = new Map<string, string[]>();
  for (const p of paths) byLower.set(p.toLowerCase(), [...(byLower.get(p.toLowerCase()) ?? []), p]);
  return [...byLower.values()].filter((group) => group.length > 1);
}

describe("the repository on a case-insensitive filesystem", () => {
  it("given docs/, lib/, test/ and the root, then no two paths differ only by case", () => {
    const paths = pathsUnder(ROOT);
    expect(paths).toContain("docs/POLICY.md");
    expect(caseCollisions(paths)).toEqual([]);
  });

  it("given two names that differ only by case, then the collision is found", () => {
    expect(caseCollisions(["docs/POLICY.md", "docs/policy.md", "docs/policy-pack.md"])).toEqual([["docs/POLICY.md", "docs/policy.md"]]);
  });
});
