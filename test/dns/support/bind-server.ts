import { ChildProcess, spawn, spawnSync } from "child_process";
import { createSocket } from "dgram";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { queryNameServer } from "../../../lib/cli/verify/dns-query";

/** A BIND 9 `named` serving one zone on loopback, for the duration of a test. */
export interface RunningNameServer {
  /** `127.0.0.1`. */
  readonly address: string;
  /** UDP and TCP port it listens on. */
  readonly port: number;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/** A free UDP port on 127.0.0.1 (the kernel's pick; `named` binds it right after). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createSocket("udp4");
    s.on("error", reject);
    s.bind(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Runs `named-checkzone <zone> <file>`: BIND's own zone checker. */
export function checkZone(zone: string, file: string): { ok: boolean; output: string } {
  const run = spawnSync("named-checkzone", [zone, file], { encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Starts `named -g` (foreground) in `dir` serving `zone` from `zoneText`, with recursion off, and waits until it answers. */
export async function startNamed(dir: string, zone: string, zoneText: string): Promise<RunningNameServer> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const zoneFile = join(dir, "zone.db");
  writeFileSync(zoneFile, zoneText);
  writeFileSync(
    join(dir, "named.conf"),
    `options {
  directory "${dir}";
  pid-file "${join(dir, "named.pid")}";
  session-keyfile "${join(dir, "session.key")}";
  managed-keys-directory "${dir}";
  listen-on port ${port} { 127.0.0.1; };
  listen-on-v6 { none; };
  recursion no;
  allow-query { any; };
  dnssec-validation no;
};
controls { };
zone "${zone.replace(/\.$/, "")}" { type primary; file "${zoneFile}"; };
`,
  );
  const child: ChildProcess = spawn("named", ["-g", "-c", join(dir, "named.conf"), "-n", "1"], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`named exited (${child.exitCode}):\n${log}`);
    try {
      const r = await queryNameServer({ address: "127.0.0.1", port }, zone, "SOA", 500);
      if (r.rcode === "NOERROR" && r.authoritative) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`named did not answer for ${zone} on port ${port}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    address: "127.0.0.1",
    port,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
