import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import * as api from "../lib";

const ROOT = join(__dirname, "..");

/**
 * The one star export an entry point may have: `export type *` of the
 * registry's props half, itself a by-name list of each cloud's props types.
 */
const REGISTRY_PROPS = { specifier: "./clouds/registry-props", file: "lib/clouds/registry-props.ts" };

/**
 * The names an entry point exports, read from its `export { ... } from` lists
 * and exported declarations, following the registry's props half;
 * `values` leaves out `type` exports.
 */
function exportedNames(entry: string): { names: Set<string>; values: Set<string>; starExports: number } {
  const source = ts.createSourceFile(entry, readFileSync(join(ROOT, entry), "utf8"), ts.ScriptTarget.Latest, true);
  const names = new Set<string>();
  const values = new Set<string>();
  let starExports = 0;
  for (const statement of source.statements) {
    const exported = (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported) names.add(statement.name.text);
    if (!ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : "";
    if (!statement.exportClause && statement.isTypeOnly && specifier === REGISTRY_PROPS.specifier) {
      const followed = exportedNames(REGISTRY_PROPS.file);
      starExports += followed.starExports;
      for (const name of followed.names) names.add(name);
    } else if (!statement.exportClause) starExports += 1;
    else if (ts.isNamedExports(statement.exportClause)) {
      for (const e of statement.exportClause.elements) {
        names.add(e.name.text);
        if (!statement.isTypeOnly && !e.isTypeOnly) values.add(e.name.text);
      }
    }
  }
  return { names, values, starExports };
}

/** Names imported from `module` in the TypeScript code blocks of a Markdown or TypeScript file. */
function importedFrom(file: string, module: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const pattern = new RegExp(`import\\s*(?:type\\s*)?\\{([^}]*)\\}\\s*from\\s*"${module}"`, "g");
  return [...text.matchAll(pattern)].flatMap((m) => m[1].split(",").map((n) => n.trim().replace(/^type\s+/, "")).filter(Boolean));
}

describe("the public API", () => {
  const root = exportedNames("lib/index.ts");
  const gcp = exportedNames("lib/gcp.ts");

  it("given lib/index.ts and lib/gcp.ts, then each lists its exports by name (no export *)", () => {
    expect(root.starExports).toBe(0);
    expect(gcp.starExports).toBe(0);
    expect(root.names.size).toBeGreaterThan(100);
    expect(root.values.size).toBeGreaterThan(40);
    expect([...root.values].filter((n) => !(n in api))).toEqual([]);
    expect(Object.keys(api).filter((n) => !root.values.has(n))).toEqual([]);
  });

  it("given the registry's props half, then every cloud's props types are public under their names", () => {
    for (const name of ["AwsStateBackendProps", "AzureDeployStage", "AzureIngress", "AzureProps", "AzureStateBackendProps", "GcpDeployStage", "GcpProps", "GcpStateBackendProps", "StateBackendProps", "CloudOptionsProps"]) {
      expect(root.names.has(name)).toBe(true);
    }
  });

  it("given the README, docs, examples and the example app, then every name they import from dualcloud is exported", () => {
    const files = ["README.md", "docs/aws.md", "docs/azure.md", "docs/gcp.md", "docs/safety.md", "docs/policy-pack.md", "examples/consumer-app/src/main.ts"];
    const imported = files.flatMap((f) => importedFrom(f, "dualcloud").map((name) => ({ f, name })));
    expect(imported.length).toBeGreaterThan(5);
    expect(imported.filter(({ name }) => !root.names.has(name))).toEqual([]);
    const stacks = ["stacks/main.ts", "stacks/example-service.ts"].flatMap((f) => importedFrom(f, "\\.\\./lib"));
    expect(stacks.filter((name) => !root.names.has(name))).toEqual([]);
  });

  it("given the internals, then none is exported from the package root", () => {
    const internals = [
      "FieldChecker", "deployAfterOwner", "datacentreIn", "disableTokenStackTraces", "KEEP_TOKEN_STACK_TRACES_ENV", "asObject", "blocks", "blockList",
      "terraformBlocks", "evaluateStack", "evaluateElements", "isPolicyRelevantType", "policyElementType", "renderPolicyTable", "suppressionReason",
      "DEFAULTS", "describeValue", "loadAdapter", "mermaidId", "topologyFileName", "CLOUD_FOOTPRINTS", "NEUTRAL_PROVIDERS", "MAX_INSTANCES_PER_DATACENTRE",
      "ROUTE53_HTTPS_PROBE_SECONDS", "trafficManagerToleratedFailures", "capacityInheritance", "enforceCapacity", "SECRET_NAME_PATTERN", "ALB_TLS12_POLICY",
    ];
    expect(internals.filter((name) => name in api || root.names.has(name))).toEqual([]);
  });

  it("given the root entry point, then the constructs, checks and policy API a user needs are there", () => {
    for (const name of ["DualCloudService", "DualCloudValidationError", "renderSynthSummary", "assertInvariants", "runInvariantChecks", "PolicyPack", "suppressPolicy", "resolveServiceModel", "AwsDatacentre", "AzureDatacentre", "Route53GlobalLayer", "TrafficManagerGlobalLayer"]) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe("function");
    }
  });
});
