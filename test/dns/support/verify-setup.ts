import { spawn } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { App } from "cdktf";
import { DualCloudService, DualCloudServiceProps } from "../../../lib";
import { readSynthesizedStacks } from "../../../lib/checks/run-checks";
import { SynthesizedStack } from "../../../lib/terraform/terraform-json";
import { DnsZoneCopy, DnsZoneView, buildDnsZoneView, renderZoneFile } from "../../../lib/dns";
import { EXAMPLE_SERVICE_NAME, EXAMPLE_SERVICE_PROPS } from "../../../stacks/example-service";

/** The name servers the README's second deploy step copies into `dns.nameServers` (a full set per provider). */
export const EXAMPLE_NAME_SERVERS = {
  aws: ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net", "ns-1025.awsdns-03.co.uk", "ns-1537.awsdns-04.com"],
  azure: ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"],
};

/** Synthesizes the example app (with `extra` props) into `outdir`, as `cdktf synth` would, and returns its stacks and DNS view. */
export function synthesizeExample(outdir: string, extra: Partial<DualCloudServiceProps> = {}): { stacks: SynthesizedStack[]; view: DnsZoneView } {
  const app = new App({ outdir });
  new DualCloudService(app, EXAMPLE_SERVICE_NAME, { ...EXAMPLE_SERVICE_PROPS, ...extra });
  app.synth();
  const stacks = readSynthesizedStacks(outdir);
  return { stacks, view: buildDnsZoneView(stacks) };
}

/** Test stand-ins for values known only after an apply: loopback for addresses, fixed tokens and a Traffic Manager name. */
export function renderTestZone(copy: DnsZoneCopy, dir: string): string {
  const text = renderZoneFile(copy, {
    nameServers: [`ns1.${copy.provider}.test.`],
    resolveUnknown: (_value, record, field) => {
      if (field !== "value") return undefined; // e.g. ACM validation names: left out of the file
      if (record.type === "A") return "127.0.0.1";
      if (record.type === "TXT") return "test-verification-id";
      if (record.type === "CNAME") return "orders-test.trafficmanager.net.";
      return undefined;
    },
  });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${copy.provider}.zone`);
  writeFileSync(file, text);
  return file;
}

/** Runs `dualcloud verify` as a separate process (through tsx, the repo's TypeScript runner), with its exit code and output. */
export function runVerifyCli(args: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "../../../lib/cli/dualcloud.ts"), "verify", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code) => resolve({ code: code ?? -1, output: output.trimEnd() }));
  });
}
