import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { bundleApp } from "../lib/cli/app-bundle";
import { inProcessEntry } from "../lib/cli/cdktf-config";
import { reportAppError } from "../lib/cli/validation-report";
import { DualCloudValidationError } from "../lib/errors";

describe("bundleApp (the runner's cached esbuild bundle)", () => {
  const work = mkdtempSync(join(tmpdir(), "dualcloud-bundle-"));
  const entry = join(work, "src", "main.ts");
  const helper = join(work, "src", "helper.ts");
  const outfile = join(work, ".cdktf-app", "main.cjs");
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    mkdirSync(join(work, "src"));
    writeFileSync(helper, "export const greeting: string = 'hello';\n");
    writeFileSync(entry, "import { App } from 'cdktf';\nimport { greeting } from './helper';\nexport const make = (): App => new App(); export const text: string = greeting;\n");
  });

  it("given no bundle, when asked, then it bundles the app's own sources and leaves packages external", () => {
    const bundle = bundleApp(entry, { outfile });
    expect(bundle).toEqual({ file: outfile, rebuilt: true });
    const code = readFileSync(outfile, "utf8");
    expect(code).toContain("hello");
    expect(code).toContain('require("cdktf")');
    const meta = JSON.parse(readFileSync(`${outfile}.meta.json`, "utf8"));
    expect(meta.inputs.sort()).toEqual([entry, helper].sort());
  });

  it("given a fresh bundle, when asked again, then it reuses it", () => {
    const built = statSync(outfile).mtimeMs;
    expect(bundleApp(entry, { outfile })).toEqual({ file: outfile, rebuilt: false });
    expect(statSync(outfile).mtimeMs).toBe(built);
  });

  it("given an imported source changed, when asked, then it rebuilds", () => {
    writeFileSync(helper, "export const greeting: string = 'changed';\n");
    const later = new Date(statSync(outfile).mtimeMs + 5000);
    utimesSync(helper, later, later);
    expect(bundleApp(entry, { outfile }).rebuilt).toBe(true);
    expect(readFileSync(outfile, "utf8")).toContain("changed");
  });

  it("given a bundle written by another format version, when asked, then it rebuilds", () => {
    writeFileSync(`${outfile}.meta.json`, JSON.stringify({ format: 0, inputs: [entry] }));
    expect(bundleApp(entry, { outfile }).rebuilt).toBe(true);
  });
});

describe("reportAppError", () => {
  const report = (error: unknown): string => {
    let text = "";
    reportAppError(error, (t) => (text += t));
    return text;
  };

  it("prints a DualCloudValidationError as its message, without a stack trace", () => {
    const text = report(new DualCloudValidationError("orders", "port", "8080", "an integer from 1 to 65535"));
    expect(text).toContain('[orders] port: received "8080"; allowed: an integer from 1 to 65535');
    expect(text).not.toMatch(/^\s+at /m);
  });

  it("prints any other error with its stack, which is where the bug is", () => {
    expect(report(new TypeError("x is undefined"))).toMatch(/TypeError: x is undefined\n\s+at /);
  });
});

describe("inProcessEntry (what dualcloud synth runs in its own process)", () => {
  it("given cdktf.json's runner command, when asked, then it is the entry the runner would bundle, not the whole command", () => {
    expect(inProcessEntry("node scripts/dualcloud.cjs run stacks/main.ts")).toBe("stacks/main.ts");
    expect(inProcessEntry("npx dualcloud run src/main.ts")).toBe("src/main.ts");
  });

  it("given a bare entry file, when asked, then it runs that file", () => {
    expect(inProcessEntry("stacks/main.ts")).toBe("stacks/main.ts");
    expect(inProcessEntry("dist/main.js")).toBe("dist/main.js");
  });

  it("given any other command ending in a file name, when asked, then it runs as a child process", () => {
    expect(inProcessEntry("npx ts-node stacks/main.ts")).toBeUndefined();
    expect(inProcessEntry("node dist/main.js")).toBeUndefined();
  });
});
