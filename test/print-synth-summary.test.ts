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
  writeFileSync(probe, `import { cdktfCommand } from ${JSON.stringify(resolve(__dirname, "..", "lib", "summary", "cdktf-command"))};\nconsole.log(String(cdktfCommand()));\n`);
  /** Stands in for a CLI named `name`: runs the app through `sh -c` with CDKTF_OUTDIR set, as cdktf and cdktn do. */
  const fakeCli = (name: string): string => {
    const path = join(work, name);
    writeFileSync(path, `#!/usr/bin/env node\nrequire("child_process").spawnSync("sh", ["-c", ${JSON.stringify(`node --import tsx ${probe}`)}], { stdio: "inherit", env: { ...process.env, CDKTF_OUTDIR: "out" } });\n`);
    chmodSync(path, 0o755);
    return path;
  };
  const under = (cli: string, command: string): string => spawnSync(fakeCli(cli), [command, "--output", "x"], { cwd: resolve(__dirname, ".."), encoding: "utf8" }).stdout.trim();

  describe.each(["cdktf", "cdktn"])("under the %s CLI", (cli) => {
    it("names the command that runs the app: list, so the summary can stay out of it", () => {
      expect(under(cli, "list")).toBe("list");
    });

    it("names synth under synth, so the summary is printed", () => {
      expect(under(cli, "synth")).toBe("synth");
    });
  });

  it("is undefined under a parent that is neither CLI", () => {
    expect(under("cdktx", "list")).toBe("undefined");
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
