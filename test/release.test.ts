import { readFileSync } from "fs";
import { resolve } from "path";
import { parse } from "yaml";

/** The parts of the release workflow the checks read. */
interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
  readonly env?: Record<string, string>;
}
interface Workflow {
  readonly on: { readonly push: { readonly tags: string[] } };
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly permissions: Record<string, string>; readonly steps: Step[] }>;
}

const ROOT = resolve(__dirname, "..");
const text = readFileSync(resolve(ROOT, ".github", "workflows", "release.yml"), "utf8");
const workflow = parse(text) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const runs = steps.map((s) => s.run ?? "");
const packageJson = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8"));

/** Problems that would make a release publish something unchecked or unattributable. */
function releaseProblems(w: Workflow): string[] {
  const problems: string[] = [];
  const all = Object.values(w.jobs).flatMap((j) => j.steps);
  const at = (pattern: RegExp): number => all.findIndex((s) => pattern.test(s.run ?? ""));
  const publish = at(/\bnpm publish\b/);
  if (publish < 0) problems.push("no npm publish step");
  else if (!/--provenance\b/.test(all[publish].run ?? "")) problems.push("npm publish without --provenance");
  const job = Object.values(w.jobs).find((j) => j.steps.some((s) => /\bnpm publish\b/.test(s.run ?? "")));
  if (job?.permissions["id-token"] !== "write") problems.push("the publishing job cannot request an OIDC token (id-token: write)");
  const ci = at(/^\.ci\/run$/);
  if (ci < 0 || ci > publish) problems.push("the full CI does not run before publishing");
  if (at(/GITHUB_REF_NAME.*package\.json.*version/) < 0) problems.push("the tag is not checked against package.json's version");
  if (!w.on.push.tags.every((t) => t.startsWith("v"))) problems.push("releases are not triggered by version tags only");
  return problems;
}

describe(".github/workflows/release.yml", () => {
  it("publishes with provenance from a version tag, after the full CI and a version check", () => {
    expect(releaseProblems(workflow)).toEqual([]);
    expect(workflow.on.push.tags).toEqual(["v*"]);
  });

  it("gives the workflow read access by default and the publishing job only what publishing needs", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.publish.permissions).toEqual({ contents: "write", "id-token": "write" });
    expect(steps.find((s) => /\bnpm publish\b/.test(s.run ?? ""))?.env).toEqual({ NODE_AUTH_TOKEN: "${{ secrets.NPM_TOKEN }}" });
  });

  it("pins every action to an exact release tag", () => {
    const uses = steps.map((s) => s.uses).filter((u): u is string => u !== undefined);
    expect(uses.length).toBeGreaterThan(1);
    expect(uses.filter((u) => !/^[\w.-]+\/[\w.-]+@v\d+\.\d+\.\d+$/.test(u))).toEqual([]);
  });

  it("refuses to release a version the changelog does not describe", () => {
    expect(runs.some((r) => r.includes("CHANGELOG.md"))).toBe(true);
    expect(readFileSync(resolve(ROOT, "CHANGELOG.md"), "utf8")).toMatch(new RegExp(`^## \\[${packageJson.version.replace(/\./g, "\\.")}\\]`, "m"));
  });

  describe("the check itself", () => {
    it("fails a workflow that publishes without provenance, without CI or without an OIDC token", () => {
      const broken = parse(text.replace("npm publish --provenance --access public", "npm publish --access public")
        .replace("run: .ci/run", "run: npm test").replace("id-token: write", "id-token: none")) as Workflow;
      expect(releaseProblems(broken)).toEqual([
        "npm publish without --provenance",
        "the publishing job cannot request an OIDC token (id-token: write)",
        "the full CI does not run before publishing",
      ]);
    });
  });
});
