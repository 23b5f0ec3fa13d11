import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/** The lint rule that keeps provider imports per resource, on in `npm test`. */
describe("lint: provider imports", () => {
  const root = join(__dirname, "..");
  const dir = join(__dirname, `.lint-probes-${process.pid}`);
  // Built from a prefix so a search for root imports in the sources does not mistake these probes for real ones.
  const providerPrefix = "@cdktf/provider-";
  const terrainPrefix = "@cdktn/provider-";
  const probes: Record<string, string> = {
    "aws-root.ts": `import { Vpc } from "${providerPrefix}aws";\nexport { Vpc };\n`,
    "azurerm-root.ts": `import * as azurerm from "${providerPrefix}azurerm";\nexport { azurerm };\n`,
    "aws-lib-index.ts": 'import * as aws from "@cdktf/provider-aws/lib";\nexport { aws };\n',
    "google-lib-index.ts": 'import * as google from "@cdktf/provider-google/lib/";\nexport { google };\n',
    "per-resource.ts": 'import { Vpc } from "@cdktf/provider-aws/lib/vpc";\nexport { Vpc };\n',
    "cdktn-aws-root.ts": `import { Vpc } from "${terrainPrefix}aws";\nexport { Vpc };\n`,
    "cdktn-azurerm-lib-index.ts": `import * as azurerm from "${terrainPrefix}azurerm/lib";\nexport { azurerm };\n`,
    "cdktn-per-resource.ts": `import { Vpc } from "${terrainPrefix}aws/lib/vpc";\nexport { Vpc };\n`,
  };
  let byFile: Record<string, string[]> = {};

  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    for (const [name, code] of Object.entries(probes)) writeFileSync(join(dir, name), code);
    try {
      // One ESLint process for every probe: the repo's own eslint.config.mjs, as `npm run lint` runs it.
      const run = spawnSync(process.execPath, [join(root, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", relative(root, dir)], { cwd: root, encoding: "utf8" });
      const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
      byFile = Object.fromEntries(results.map((r) => [r.filePath.split("/").pop()!, r.messages.map((m) => `${m.ruleId}: ${m.message}`)]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(["aws-root.ts", "azurerm-root.ts", "aws-lib-index.ts", "google-lib-index.ts", "cdktn-aws-root.ts", "cdktn-azurerm-lib-index.ts"])("refuses the package-root import in %s", (file) => {
    expect(byFile[file]).toEqual([expect.stringMatching(/^no-restricted-imports: .*Import provider resources per file/)]);
  });

  it("accepts a per-resource import, from either scope (@cdktf for cdktf, @cdktn for CDK Terrain)", () => {
    expect(byFile["per-resource.ts"]).toEqual([]);
    expect(byFile["cdktn-per-resource.ts"]).toEqual([]);
  });
});
