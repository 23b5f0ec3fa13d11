import { readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { ALL_RULES, PolicyRule, renderPolicyTable } from "../../lib/policy";
import { CLOUD_NAMES } from "../../lib/clouds/registry";
import { FIXTURES } from "./fixtures";

const RULES_DIR = join(__dirname, "../../lib/policy/rules");
const DOC = join(__dirname, "../../docs/POLICY.md");

/** Every rule file on disk, with the ID its single defineRule declares. */
function ruleFiles(): { area: string; id: string; declared: string[] }[] {
  return [...CLOUD_NAMES, "global"].flatMap((area) =>
    readdirSync(join(RULES_DIR, area))
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => {
        const text = readFileSync(join(RULES_DIR, area, f), "utf8");
        return { area, id: f.replace(/\.ts$/, ""), declared: [...text.matchAll(/defineRule\(\{\s*id: "([^"]+)"/g)].map((m) => m[1]) };
      }),
  );
}

function registered(id: string): PolicyRule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

describe("policy registry", () => {
  const files = ruleFiles();

  it("holds at least 40 rules", () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(40);
  });

  it("registers every rule file, one rule per file, named after its file and folder", () => {
    expect(files.map((f) => f.declared)).toEqual(files.map((f) => [f.id]));
    for (const f of files) expect([f.id, registered(f.id)?.area]).toEqual([f.id, f.area]);
    expect(ALL_RULES.map((r) => r.id).sort()).toEqual(files.map((f) => f.id).sort());
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });

  it("has a compliant and a non-compliant fixture for every rule, and none for a rule that does not exist", () => {
    for (const r of ALL_RULES) {
      expect([r.id, typeof FIXTURES[r.id]?.compliant, typeof FIXTURES[r.id]?.nonCompliant]).toEqual([r.id, "function", "function"]);
    }
    expect(Object.keys(FIXTURES).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  it("gives every rule a description, a fix and well-formed scanner IDs", () => {
    for (const r of ALL_RULES) {
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.fix.length).toBeGreaterThan(10);
      for (const id of [...(r.equivalents.checkov ?? []), ...(r.equivalents.checkovCaveats ?? []).map((c) => c.id)]) expect(id).toMatch(/^CKV2?_(AWS|AZURE|GCP)_\d+$/);
      for (const c of r.equivalents.checkovCaveats ?? []) expect([c.id, c.reason.length > 20, r.equivalents.checkov?.includes(c.id) ?? false]).toEqual([c.id, true, false]);
      for (const id of r.equivalents.trivy ?? []) expect(id).toMatch(/^AVD-(AWS|AZU|GCP)-\d{4}$/);
      for (const id of r.equivalents.cdkNag ?? []) expect(id).toMatch(/^AwsSolutions-[A-Z0-9]+$/);
    }
  });

  it("keeps docs/POLICY.md in sync with the registry (UPDATE_POLICY_DOC=1 rewrites it)", () => {
    const table = renderPolicyTable(ALL_RULES);
    if (process.env.UPDATE_POLICY_DOC === "1") writeFileSync(DOC, table);
    expect(readFileSync(DOC, "utf8")).toBe(table);
  });
});
