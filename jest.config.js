/**
 * Suites that only make sense where @cdktf/provider-google's resources
 * synthesize, i.e. on cdktf. On CDK Terrain (the dualcloud-cdktn flavour,
 * built by scripts/cdktn-flavour.cjs) a GCP datacentre is a
 * DualCloudValidationError instead, tested in test/core.test.ts.
 */
const GCP_ONLY_SUITES = ["/test/gcp[-/]", "/test/optional-google-provider"];
// The flavour build rewrites this specifier to cdktn, like every import of the core.
const CORE = require("cdktf/package.json").name;

/** Transpile-only tests: `tsc --noEmit` type-checks once, jest only strips types. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", ...(CORE === "cdktf" ? [] : GCP_ONLY_SUITES)],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }] },
  moduleFileExtensions: ["ts", "js", "json"],
};
