import { spawnSync } from "child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { printSynthSummary } from "../lib";
import { cdktfCommand } from "../lib/summary/cdktf-command";
import { buildService } from "./support/synth";

describe("printSynthSummary", () => {
  const printed = (run: () => void): string => {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      run();
    } finally {
      spy.mockRestore();
    }
    return writes.join("");
  };

  it("given an app, prints its summary and the extra lines once, however often it is called", () => {
    const { app } = buildService();
    const text = printed(() => {
      printSynthSummary(app, { extraLines: ["topology diagram: x.mmd"] });
      printSynthSummary(app, { extraLines: ["topology diagram: x.mmd"] });
    });
    expect(text.split("dualcloud: orders (https://orders.example.com)").length).toBe(2);
    expect(text.endsWith("topology diagram: x.mmd\n")).toBe(true);
  });
});

describe("cdktfCommand", () => {
  const work = mkdtempSync(join(tmpdir(), "dualcloud-cdktf-command-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const probe = join(work, "probe.ts");
  const fakeCli = join(work, "cdktf");
  writeFileSync(probe, `import { cdktfCommand } from ${JSON.stringify(resolve(__dirname, "..", "lib", "summary", "cdktf-command"))};\nconsole.log(String(cdktfCommand()));\n`);
  // Stands in for the cdktf CLI: runs the app through `sh -c` with CDKTF_OUTDIR set, as cdktf does.
  writeFileSync(fakeCli, `#!/usr/bin/env node\nrequire("child_process").spawnSync("sh", ["-c", ${JSON.stringify(`node --import tsx ${probe}`)}], { stdio: "inherit", env: { ...process.env, CDKTF_OUTDIR: "out" } });\n`);
  chmodSync(fakeCli, 0o755);
  const under = (command: string): string => spawnSync(fakeCli, [command, "--output", "x"], { cwd: resolve(__dirname, ".."), encoding: "utf8" }).stdout.trim();

  it("names the cdktf command that runs the app: list, so the summary can stay out of it", () => {
    expect(under("list")).toBe("list");
  });

  it("names synth under cdktf synth, so the summary is printed", () => {
    expect(under("synth")).toBe("synth");
  });

  it("is undefined when the cdktf CLI did not start the app", () => {
    const saved = process.env.CDKTF_OUTDIR;
    delete process.env.CDKTF_OUTDIR;
    try {
      expect(cdktfCommand()).toBeUndefined();
    } finally {
      if (saved !== undefined) process.env.CDKTF_OUTDIR = saved;
    }
  });
});
