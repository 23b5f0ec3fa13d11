import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DnsZoneCopy, DnsZoneView } from "../../lib/dns";
import { RunningNameServer, checkZone, startNamed } from "./support/bind-server";
import { TestEndpoint, startEndpoint } from "./support/https-endpoint";
import { TestCertificateAuthority } from "./support/test-certificates";
import { EXAMPLE_NAME_SERVERS, renderTestZone, runVerifyCli, synthesizeExample } from "./support/verify-setup";

const DOMAIN = "orders.example.com";
const HOSTS = ["us-east-1.aws", "eu-west-1.aws", "eastus.azure", "westeurope.azure"].map((h) => `${h}.${DOMAIN}`);

/** The zone file's text without the lines of owner names starting with `owner` (there must be some). */
function zoneWithout(file: string, owner: string): string {
  const zone = readFileSync(file, "utf8");
  const without = zone.split("\n").filter((l) => !l.startsWith(owner)).join("\n");
  expect(without).not.toEqual(zone);
  return without;
}

describe("dualcloud verify against real servers (BIND 9 on loopback, local HTTPS endpoints)", () => {
  const dir = mkdtempSync(join(tmpdir(), "dualcloud-verify-test-"));
  const started: { stop?: () => Promise<void>; close?: () => Promise<void> }[] = [];
  let view: DnsZoneView;
  let ca: TestCertificateAuthority;
  const zoneFiles: Record<string, string> = {};
  const servers: Record<string, RunningNameServer> = {};
  const endpoints: Record<string, TestEndpoint> = {};
  const copy = (provider: string): DnsZoneCopy => view.copies.find((c) => c.provider === provider) as DnsZoneCopy;

  /** The verify arguments for the consistent setup, with `override` replacing name servers or endpoint ports. */
  const args = (override: { ns?: Record<string, number>; ports?: Record<string, number> } = {}): string[] => [
    "--out",
    join(dir, "out"),
    ...Object.entries({ route53: servers.route53.port, "azure-dns": servers["azure-dns"].port, ...override.ns }).flatMap(([p, port]) => ["--ns", `${p}=127.0.0.1:${port}`]),
    ...HOSTS.flatMap((h) => ["--connect-to", `${h}:443:127.0.0.1:${override.ports?.[h] ?? endpoints[h].port}`]),
    "--cacert",
    ca.certFile,
  ];

  beforeAll(async () => {
    // Given the example app, deployed with the name servers the README's second step copies in,
    ({ view } = synthesizeExample(join(dir, "out"), { dns: { nameServers: EXAMPLE_NAME_SERVERS } }));
    // one authoritative server per DNS copy, loaded with the zone file rendered from the view,
    for (const provider of ["route53", "azure-dns"]) {
      zoneFiles[provider] = renderTestZone(copy(provider), join(dir, provider));
      servers[provider] = await startNamed(join(dir, provider), "example.com.", readFileSync(zoneFiles[provider], "utf8"));
      started.push(servers[provider]);
    }
    // and one HTTPS endpoint per datacentre with a certificate for its name and the service hostname.
    ca = new TestCertificateAuthority(dir);
    for (const host of HOSTS) {
      endpoints[host] = await startEndpoint(ca.issue([host, DOMAIN]), "/health", 200);
      started.push(endpoints[host]);
    }
  });

  afterAll(async () => {
    for (const s of started.reverse()) await (s.stop ?? s.close)?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("renders zone files that BIND's named-checkzone accepts", () => {
    for (const provider of ["route53", "azure-dns"]) {
      const result = checkZone("example.com", zoneFiles[provider]);
      expect(result.output).toMatch(/OK/);
      expect(result.ok).toBe(true);
    }
  });

  it("named-checkzone refuses a broken zone: a CNAME and other data at one name", () => {
    const broken = join(dir, "broken.zone");
    writeFileSync(broken, `${readFileSync(zoneFiles.route53, "utf8")}${DOMAIN}. 60 IN TXT "other data"\n`);
    const result = checkZone("example.com", broken);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/CNAME and other data/);
  });

  it("passes on a consistent setup: both copies answer alike, every endpoint is healthy with a certificate for its names", async () => {
    const { code, output } = await runVerifyCli(args());
    expect(output).toMatch(/^us-east-1\.aws\.orders\.example\.com\s+A\s+A 127\.0\.0\.1\s+delegated to ns-1\.awsdns-01\.org\. \+3\s+ok$/m);
    expect(output).toMatch(/^orders\.example\.com\s+CNAME\s+CNAME eu-west-1\.aws\.orders\s+CNAME orders-test\.trafficmanager\.net\.\s+ok$/m);
    expect(output).toMatch(/^aws-us-east-1\s+us-east-1\.aws\.orders\.example\.com\s+127\.0\.0\.1:\d+\s+200\s+\d+ ms\s+us-east-1\.aws\.orders\.example\.com,orders\.example\.com/m);
    expect(output).toMatch(/^aws-us-east-1\s+orders\.example\.com\s+127\.0\.0\.1:\d+\s+200/m);
    expect(output).toMatch(/not asked \(name known only after an apply\): 4/);
    expect(output).toMatch(/verify: ok$/);
    expect(code).toBe(0);
  });

  it("fails, naming the record, when one copy lacks the service hostname", async () => {
    const server = await startNamed(join(dir, "azure-missing"), "example.com.", zoneWithout(zoneFiles["azure-dns"], `${DOMAIN}. `));
    started.push(server);
    const { code, output } = await runVerifyCli(args({ ns: { "azure-dns": server.port } }));
    expect(output).toMatch(/azure-dns: orders\.example\.com CNAME: missing, no record of this type \(NODATA\); expected CNAME <known after apply: \$\{azurerm_traffic_manager_profile/);
    expect(output).toMatch(/verify: 1 problem$/);
    expect(code).toBe(1);
  });

  it("fails, naming the name, when an endpoint's certificate does not cover it", async () => {
    const host = `eastus.azure.${DOMAIN}`;
    const wrong = await startEndpoint(ca.issue([`westeurope.azure.${DOMAIN}`, DOMAIN]), "/health", 200);
    started.push(wrong);
    const { code, output } = await runVerifyCli(args({ ports: { [host]: wrong.port } }));
    expect(output).toMatch(new RegExp(`- ${host.replace(/\./g, "\\.")}: certificate does not cover ${host.replace(/\./g, "\\.")} \\(it covers westeurope\\.azure\\.orders\\.example\\.com, orders\\.example\\.com\\)`));
    expect(output).toMatch(/verify: 1 problem$/);
    expect(code).toBe(1);
  });

  it("fails, naming the endpoint and status, when a health path returns 500", async () => {
    const host = `westeurope.azure.${DOMAIN}`;
    const failing = await startEndpoint(ca.issue([host, DOMAIN]), "/health", 500);
    started.push(failing);
    const { code, output } = await runVerifyCli(args({ ports: { [host]: failing.port } }));
    expect(output).toMatch(/- westeurope\.azure\.orders\.example\.com: GET \/health returned 500, expected 2xx/);
    expect(output).toMatch(/- orders\.example\.com via westeurope\.azure\.orders\.example\.com: GET \/health returned 500, expected 2xx/);
    expect(output).toMatch(/verify: 2 problems$/);
    expect(code).toBe(1);
  });

  it("fails on the default app deployed without dns.nameServers: each copy lacks the other cloud's endpoint names", async () => {
    const { view: bare } = synthesizeExample(join(dir, "out-bare"));
    const ns: Record<string, number> = {};
    for (const c of bare.copies) {
      const server = await startNamed(join(dir, `bare-${c.provider}`), "example.com.", readFileSync(renderTestZone(c, join(dir, `bare-${c.provider}`)), "utf8"));
      started.push(server);
      ns[c.provider] = server.port;
    }
    const { code, output } = await runVerifyCli([...args({ ns }).map((a) => (a === join(dir, "out") ? join(dir, "out-bare") : a)), "--skip-https"]);
    expect(output).toMatch(/- azure-dns: us-east-1\.aws\.orders\.example\.com A: only in route53; the app writes no such record into the azure-dns copy/);
    expect(output).toMatch(/- route53: eastus\.azure\.orders\.example\.com A: only in azure-dns; the app writes no such record into the route53 copy/);
    expect(code).toBe(1);
  });
});

describe("dualcloud verify against real servers, with ACM's validation records given (dns.certificateValidation)", () => {
  const dir = mkdtempSync(join(tmpdir(), "dualcloud-verify-acm-"));
  const started: { stop: () => Promise<void> }[] = [];
  /** ACM's records as the AWS stacks' certificate_validation_records output gives them: the shared one for the hostname, one per endpoint. */
  const ACM = [
    { name: `_0123456789abcdef0123456789abcdef.${DOMAIN}.`, value: "_fedcba9876543210fedcba9876543210.xkzjz.acm-validations.aws." },
    { name: `_1123456789abcdef0123456789abcdef.us-east-1.aws.${DOMAIN}`, value: "_1edcba9876543210fedcba9876543210.xkzjz.acm-validations.aws" },
    { name: `_2123456789abcdef0123456789abcdef.eu-west-1.aws.${DOMAIN}`, value: "_2edcba9876543210fedcba9876543210.xkzjz.acm-validations.aws" },
  ];
  const shared = ACM[0].name.replace(/\.$/, "");
  let zoneFiles: Record<string, string>;
  let ports: Record<string, number>;

  /** Verify's DNS half against the servers in `ns` (HTTPS skipped: the suite above covers it). */
  const verifyDns = (ns: Record<string, number>) =>
    runVerifyCli(["--out", join(dir, "out"), ...Object.entries(ns).flatMap(([p, port]) => ["--ns", `${p}=127.0.0.1:${port}`]), "--skip-https"]);

  beforeAll(async () => {
    const { view } = synthesizeExample(join(dir, "out"), { dns: { nameServers: EXAMPLE_NAME_SERVERS, certificateValidation: { aws: ACM } } });
    zoneFiles = {};
    ports = {};
    for (const c of view.copies) {
      zoneFiles[c.provider] = renderTestZone(c, join(dir, c.provider));
      const server = await startNamed(join(dir, c.provider), "example.com.", readFileSync(zoneFiles[c.provider], "utf8"));
      started.push(server);
      ports[c.provider] = server.port;
    }
  });

  afterAll(async () => {
    for (const s of started.reverse()) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves ACM's validation name for the hostname from both copies, and verify asks both and passes", async () => {
    for (const provider of ["route53", "azure-dns"]) {
      expect(readFileSync(zoneFiles[provider], "utf8")).toMatch(new RegExp(`^${shared.replace(/\./g, "\\.")}\\.\\s+\\d+\\s+IN\\s+CNAME\\s+_fedcba9876543210fedcba9876543210\\.xkzjz\\.acm-validations\\.aws\\.$`, "m"));
    }
    const { code, output } = await verifyDns(ports);
    expect(output).toMatch(new RegExp(`^${shared.replace(/\./g, "\\.")}\\s+CNAME\\s+CNAME _fedcba98765432.*\\s+CNAME _fedcba98765432.*\\s+ok$`, "m"));
    expect(output).toMatch(/verify: ok$/);
    expect(code).toBe(0);
  });

  it("fails, naming the validation name, when the Azure copy lacks it", async () => {
    const server = await startNamed(join(dir, "azure-missing"), "example.com.", zoneWithout(zoneFiles["azure-dns"], `${shared}.`));
    started.push(server);
    const { code, output } = await verifyDns({ ...ports, "azure-dns": server.port });
    expect(output).toMatch(new RegExp(`azure-dns: ${shared.replace(/\./g, "\\.")} CNAME: missing`));
    expect(code).toBe(1);
  });
});
