/**
 * End-to-end checks that spawn npm, tsc, node and the cdktf CLI: too slow for
 * `npm test` (90 s budget), so they run from `npm run test:package` and
 * `npm run test:cli` (both in .ci/run). Files are named `*.e2e.ts` so the
 * default jest config never picks them up.
 */
module.exports = {
  rootDir: "..",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }] },
  moduleFileExtensions: ["ts", "js", "json"],
  testTimeout: 120000,
};
