import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { CLOUD_NAMES, CLOUD_PLUGINS, cloudPlugin, NAME_RULES } from "../lib/clouds/registry";
import { CLOUD_FOOTPRINTS } from "../lib/checks/cloud-ownership";
import { providerBuiltForCore } from "../lib/core/core-package";
import { ALL_RULES } from "../lib/policy";
import { propsFiles, readPropsDocs } from "../scripts/props-reference";
import { TEST_CLOUDS } from "./support/clouds";
import { packagingGaps, PackageManifest } from "./support/cloud-packaging";
import { eagerProviderImports, findSeamViolations, SeamCloud, SeamViolation } from "./support/seam-scan";

const ROOT = join(__dirname, "..");
const LIB = join(ROOT, "lib");
const CLOUDS: SeamCloud[] = CLOUD_NAMES.map((name) => ({ name, providerPackage: cloudPlugin(name).providerPackage }));

/** Files outside any cloud's folder allowed to name clouds, each with its reason. */
const ALLOWED_FILES: Record<string, string> = {
  "index.ts": "the root entry point re-exports the AWS and Azure constructs (public API); an optional cloud gets its own entry point, lib/<cloud>.ts",
};

/**
 * Single places (file, cloud, kind, text) allowed to name a cloud, each with
 * its reason. A new entry needs a reason a reviewer accepts.
 */
const ALLOWED: Record<string, string> = {
  "constructs/dual-cloud-service.ts aws import ./aws/route53-global-stack": "type-only, for the typed accessor route53Stack (public API); the stack comes from GLOBAL_LAYERS",
  "constructs/dual-cloud-service.ts azure import ./azure/traffic-manager-global-stack": "type-only, for the typed accessor trafficManagerStack (public API); the stack comes from GLOBAL_LAYERS",
};

/** A violation as one line: `file cloud kind text`. */
function line(v: SeamViolation): string {
  return `${v.file} ${v.cloud} ${v.kind} ${v.text}`;
}

/** Writes `files` (path relative to a fresh lib/ -> text) and returns that lib/. */
function fixtureLib(files: Record<string, string>): string {
  const lib = join(mkdtempSync(join(tmpdir(), "dualcloud-seam-")), "lib");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(lib, path)), { recursive: true });
    writeFileSync(join(lib, path), text);
  }
  return lib;
}

describe("the cloud seam", () => {
  describe("given lib/", () => {
    it("names a specific cloud only in that cloud's folder, its policy area, its entry point and the registry", () => {
      expect(findSeamViolations(LIB, CLOUDS, ALLOWED_FILES).map(line).filter((v) => ALLOWED[v] === undefined)).toEqual([]);
    });

    it("keeps every allowance in use (an entry that no longer names a cloud must go)", () => {
      const all = findSeamViolations(LIB, CLOUDS);
      expect(Object.keys(ALLOWED_FILES).filter((file) => !all.some((v) => v.file === file))).toEqual([]);
      expect(Object.keys(ALLOWED).filter((v) => !all.map(line).includes(v))).toEqual([]);
    });

    it("loads no provider package eagerly through the registry (region catalogues, options, name rules and policy rules are provider-free)", () => {
      expect(eagerProviderImports(join(LIB, "clouds", "registry.ts"))).toEqual([]);
    });

    it("takes each cloud's props from its folder, through the registry's props half", () => {
      const files = propsFiles().map((f) => f.slice(LIB.length + 1).split("\\").join("/"));
      expect(files).toEqual(["model/props.ts", "clouds/registry-props.ts", ...CLOUD_NAMES.map((c) => `constructs/${c}/${c}-props.ts`)]);
      const docs = readPropsDocs();
      const members = (name: string) => docs.find((d) => d.name === name)?.props.map((p) => p.name) ?? [];
      expect(members("StateBackendProps")).toEqual([...CLOUD_NAMES]);
      expect(CLOUD_NAMES.filter((c) => cloudPlugin(c).resolveOptions !== undefined).every((c) => members("DualCloudServiceProps").includes(c))).toBe(true);
    });

    it("has the packaging of every cloud with an optional provider in package.json and typedoc.json", () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as PackageManifest;
      const typedoc = JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8")) as { entryPoints: string[] };
      // A cloud whose provider is not built for this core is not packaged here (GCP in the cdktn flavour).
      const packaged = CLOUDS.filter((c) => providerBuiltForCore(c.providerPackage));
      expect(packagingGaps(packaged, pkg, typedoc.entryPoints, (f) => existsSync(join(ROOT, f)))).toEqual([]);
    });

    it("has the test generators' view of every cloud (test/support/clouds/<cloud>.ts)", () => {
      expect(Object.keys(TEST_CLOUDS).sort()).toEqual([...CLOUD_NAMES]);
    });

    it("takes each cloud's footprint, name rules and policy area from its plugin", () => {
      for (const cloud of CLOUD_NAMES) {
        expect(CLOUD_FOOTPRINTS[cloud]).toBe(CLOUD_PLUGINS[cloud].footprint);
        for (const key of Object.keys(cloudPlugin(cloud).nameRules)) expect(NAME_RULES[key as keyof typeof NAME_RULES]).toBe(cloudPlugin(cloud).nameRules[key]);
        expect(ALL_RULES.filter((r) => r.area === cloud)).toEqual([...cloudPlugin(cloud).policyRules]);
      }
      expect(new Set(ALL_RULES.map((r) => r.area))).toEqual(new Set([...CLOUD_NAMES, "global"]));
    });
  });

  describe("given a fixture lib/ with a fourth cloud, oci", () => {
    const clouds: SeamCloud[] = [...CLOUDS, { name: "oci", providerPackage: "@cdktf/provider-oci" }];
    let lib: string;
    beforeAll(() => {
      lib = fixtureLib({
        "clouds/registry.ts": 'import { OCI_PLUGIN } from "../constructs/oci/oci-plugin";\nexport const CLOUD_PLUGINS = { aws: 1, azure: 2, gcp: 3, oci: OCI_PLUGIN };\n',
        "clouds/registry-props.ts": [
          'import type { OciProps, OciStateBackendProps } from "../constructs/oci/oci-props";',
          'export type { OciProps, OciStateBackendProps } from "../constructs/oci/oci-props";',
          "/** Each cloud's options. */\nexport interface CloudOptionsProps {\n  /** OCI choices. */\n  readonly oci?: OciProps;\n}",
          "/** Remote state per cloud. */\nexport interface StateBackendProps {\n  /**\n   * OCI Object Storage state.\n   * @default - local state\n   */\n  readonly oci?: OciStateBackendProps;\n}\n",
        ].join("\n"),
        "constructs/oci/oci-props.ts": "/** OCI choices. */\nexport interface OciProps {\n  /** The compartment. */\n  readonly compartmentId: string;\n}\n/** OCI state. */\nexport interface OciStateBackendProps {\n  /** Bucket. */\n  readonly bucket: string;\n}\n",
        "model/props.ts": 'import type { CloudOptionsProps, StateBackendProps } from "../clouds/registry-props";\n/** One service. */\nexport interface DualCloudServiceProps extends CloudOptionsProps {\n  /** Image. */\n  readonly image: string;\n  /** State. */\n  readonly stateBackend?: StateBackendProps;\n}\n',
        "constructs/oci/oci-plugin.ts": 'import { Vcn } from "@cdktf/provider-oci/lib/core-vcn";\nexport const OCI_PLUGIN = { name: "oci", vcn: Vcn };\n',
        "constructs/oci/oci-regions.ts": 'export const OCI_REGIONS = ["us-ashburn-1"]; // "oci" in a comment is fine\n',
        "policy/rules/oci/oci-vcn-flow-logs.ts": 'export const rule = { area: "oci" };\n',
        "oci.ts": 'export * from "./constructs/oci/oci-plugin";\n',
        "model/cloud-union.ts": 'export type CloudName = "aws" | "azure" | "gcp" | "oci";\n',
        "validation/reaches-in.ts": 'import { OCI_REGIONS } from "../constructs/oci/oci-regions";\nexport const first = OCI_REGIONS[0];\n',
        "checks/provider-outside.ts": 'import type { Vcn } from "@cdktf/provider-oci/lib/core-vcn";\nexport type V = Vcn;\n',
        "constructs/azure/reaches-aws.ts": 'import { AWS_REGIONS } from "../aws/aws-regions";\nexport const n = AWS_REGIONS.length;\n',
        "constructs/global/lazy.ts": 'export const load = () => require("../oci/oci-adapter");\nexport const label = `${"x"}.oci`;\n',
        "diagram/comments-only.ts": '/* "aws", "oci" */\n// import "../constructs/oci/x";\nexport const clouds = (c: string) => `${c}`;\n',
      });
    });
    afterAll(() => rmSync(dirname(lib), { recursive: true, force: true }));

    it("reports every way code outside a cloud's zones names it, and nothing in the zones, the registry or comments", () => {
      const found = findSeamViolations(lib, clouds).map(line).sort();
      expect(found).toEqual([
        "checks/provider-outside.ts oci provider @cdktf/provider-oci/lib/core-vcn",
        "constructs/azure/reaches-aws.ts aws import ../aws/aws-regions",
        "constructs/global/lazy.ts oci import ../oci/oci-adapter",
        'model/cloud-union.ts aws literal "aws"',
        'model/cloud-union.ts azure literal "azure"',
        'model/cloud-union.ts gcp literal "gcp"',
        'model/cloud-union.ts oci literal "oci"',
        "validation/reaches-in.ts oci import ../constructs/oci/oci-regions",
      ]);
    });

    it("finds the new cloud's props through the registry's props half, with no other file changed", () => {
      const files = propsFiles(join(lib, "model", "props.ts"), join(lib, "clouds", "registry-props.ts"));
      expect(files).toEqual([join(lib, "model", "props.ts"), join(lib, "clouds", "registry-props.ts"), join(lib, "constructs", "oci", "oci-props.ts")]);
      const docs = readPropsDocs(files);
      expect(docs.map((d) => d.name)).toEqual(["DualCloudServiceProps", "StateBackendProps", "OciProps", "OciStateBackendProps"]);
      expect(docs[0].props.map((p) => `${p.name}: ${p.type}`)).toEqual(["image: string", "stateBackend: StateBackendProps", "oci: OciProps"]);
      expect(docs[1].props).toEqual([{ name: "oci", type: "OciStateBackendProps", optional: true, defaultText: "- local state", description: "OCI Object Storage state." }]);
    });

    it("finds the packaging an optional provider lacks, and none once it is there", () => {
      const oci = { name: "oci", providerPackage: "@cdktf/provider-oci" };
      const pkg: PackageManifest = { exports: { ".": {} }, peerDependencies: { "@cdktf/provider-oci": "^1.0.0" }, peerDependenciesMeta: { "@cdktf/provider-oci": { optional: true } } };
      expect(packagingGaps([oci], pkg, ["lib/index.ts"], () => false)).toEqual([
        'package.json: exports["./oci"] must be {"types":"./dist/oci.d.ts","default":"./dist/oci.js"}',
        "typedoc.json: entryPoints lacks lib/oci.ts",
        "lib/oci.ts: the entry point of oci's constructs is missing",
      ]);
      const packaged = { ...pkg, exports: { ".": {}, "./oci": { types: "./dist/oci.d.ts", default: "./dist/oci.js" } } };
      expect(packagingGaps([oci], packaged, ["lib/index.ts", "lib/oci.ts"], () => true)).toEqual([]);
      expect(packagingGaps([{ ...oci, providerPackage: "@cdktf/provider-other" }], packaged, [], () => true)).toEqual([
        "package.json: peerDependencies lacks @cdktf/provider-other (oci)",
        'package.json: exports["./oci"] names no cloud with an optional provider',
      ]);
    });

    it("exempts an allowed file, and only that file", () => {
      const found = findSeamViolations(lib, clouds, { "model/cloud-union.ts": "fixture" });
      expect(found.some((v) => v.file === "model/cloud-union.ts")).toBe(false);
      expect(found.some((v) => v.file === "validation/reaches-in.ts")).toBe(true);
    });

    it("finds a provider package a registry loads eagerly, and not one behind a lazy require", () => {
      expect(eagerProviderImports(join(lib, "clouds", "registry.ts"))).toEqual([{ file: join(lib, "constructs", "oci", "oci-plugin.ts"), pkg: "@cdktf/provider-oci/lib/core-vcn" }]);
      expect(eagerProviderImports(join(lib, "constructs", "global", "lazy.ts"))).toEqual([]);
    });
  });
});
