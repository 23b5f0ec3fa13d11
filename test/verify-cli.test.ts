import { main } from "../lib/cli/dualcloud";
import { checkDnsCopies, compareRecord } from "../lib/cli/verify/dns-checks";
import { DnsResponse } from "../lib/cli/verify/dns-query";
import { LiveAnswer, classifyResponse } from "../lib/cli/verify/live-answer";
import { discoverNameServers, providerOfNameServer } from "../lib/cli/verify/name-server-discovery";
import { VerifyUsageError, parseNameServer, parseVerifyOptions } from "../lib/cli/verify/options";
import { formatTable, formatVerifyReport, verifyProblems } from "../lib/cli/verify/report";
import { DnsViewRecord, DnsZoneCopy, DnsZoneView } from "../lib/dns";

describe("parseVerifyOptions", () => {
  it("reads name servers by provider or alias, with port 53 by default and IPv6 in brackets", () => {
    const o = parseVerifyOptions(["--ns", "route53=127.0.0.1:5301", "--ns=azure=[::1]:5302", "--ns", "gcp=ns-cloud-a1.googledomains.com", "--ns", "aws=10.0.0.2"]);
    expect(o.nameServers).toEqual({
      route53: [
        { host: "127.0.0.1", port: 5301 },
        { host: "10.0.0.2", port: 53 },
      ],
      "azure-dns": [{ host: "::1", port: 5302 }],
      "cloud-dns": [{ host: "ns-cloud-a1.googledomains.com", port: 53 }],
    });
    expect(o).toMatchObject({ out: "cdktf.out", timeoutMs: 5000, minCertificateDays: 14, json: false, skipDns: false, skipHttps: false });
  });

  it("reads --resolve and --connect-to as curl does", () => {
    const o = parseVerifyOptions(["--resolve", "A.example.com:443:127.0.0.2", "--connect-to", "b.example.com:443:127.0.0.1:8443", "--resolve=c.example.com:443:[::1]"]);
    expect(o.connectTo).toEqual({
      "a.example.com:443": { host: "127.0.0.2", port: 443 },
      "b.example.com:443": { host: "127.0.0.1", port: 8443 },
      "c.example.com:443": { host: "::1", port: 443 },
    });
  });

  it("reads the remaining options", () => {
    expect(parseVerifyOptions(["--out", "x", "--app", "npx tsx main.ts", "--cacert", "ca.pem", "--timeout", "800", "--min-cert-days", "0", "--json", "--skip-dns", "--skip-https", "-h"])).toMatchObject({
      out: "x",
      app: "npx tsx main.ts",
      caFiles: ["ca.pem"],
      timeoutMs: 800,
      minCertificateDays: 0,
      json: true,
      skipDns: true,
      skipHttps: true,
      help: true,
    });
  });

  it.each([
    [["--ns", "bind=127.0.0.1"], /^--ns: received "bind=127.0.0.1"; allowed: <provider>=<host>\[:port\] with provider route53 \(aws\), azure-dns \(azure\) or cloud-dns \(gcp\)/],
    [["--ns", "route53=127.0.0.1:70000"], /^--ns: received "route53=127.0.0.1:70000"; allowed:/],
    [["--resolve", "a.example.com:443:not-an-ip"], /^--resolve: received "a.example.com:443:not-an-ip"; allowed: <host>:<port>:<IP address>/],
    [["--connect-to", "a.example.com:443:127.0.0.1"], /^--connect-to: received "a.example.com:443:127.0.0.1"; allowed: <host>:<port>:<connect-host>:<connect-port>/],
    [["--timeout", "0"], /^--timeout: received "0"; allowed: a whole number of milliseconds from 1 to 600000$/],
    [["--min-cert-days", "-1"], /^--min-cert-days: received "-1"; allowed: a whole number of days/],
    [["--out"], /^--out: received ""; allowed: a value after the option$/],
    [["--frobnicate"], /^option: received "--frobnicate"; allowed: one of --out, --app, --ns/],
  ])("refuses %j, naming the option, the value and what is allowed", (args, message) => {
    expect(() => parseVerifyOptions(args)).toThrow(VerifyUsageError);
    expect(() => parseVerifyOptions(args)).toThrow(message);
  });

  it("parses a name server alone", () => {
    expect(parseNameServer("azure-dns=ns1-01.azure-dns.com:53")).toEqual(["azure-dns", { host: "ns1-01.azure-dns.com", port: 53 }]);
  });
});

describe("classifyResponse", () => {
  const rr = (name: string, type: string, data: string, ttl = 60) => ({ name, type, ttl, data });
  const response = (over: Partial<DnsResponse>): DnsResponse => ({ rcode: "NOERROR", authoritative: true, answers: [], authorities: [], ...over });

  it("reads an authoritative answer of the type asked, values sorted, the lowest TTL", () => {
    const r = response({ answers: [rr("a.example.com.", "A", "192.0.2.2", 60), rr("a.example.com.", "A", "192.0.2.1", 30)] });
    expect(classifyResponse(r, "a.example.com.", "A")).toEqual({ kind: "answer", type: "A", ttl: 30, values: ["192.0.2.1", "192.0.2.2"] });
  });

  it("takes a CNAME at the name as the answer to any type", () => {
    const r = response({ answers: [rr("a.example.com.", "CNAME", "b.example.com."), rr("b.example.com.", "TXT", "x")] });
    expect(classifyResponse(r, "a.example.com.", "TXT")).toEqual({ kind: "answer", type: "CNAME", ttl: 60, values: ["b.example.com."] });
  });

  it("reads a referral (no AA, NS in the authority section), NXDOMAIN, NODATA and errors", () => {
    const referral = response({ authoritative: false, authorities: [rr("sub.example.com.", "NS", "ns2.example.net."), rr("sub.example.com.", "NS", "ns1.example.net.")] });
    expect(classifyResponse(referral, "a.sub.example.com.", "A")).toEqual({ kind: "referral", zone: "sub.example.com.", nameServers: ["ns1.example.net.", "ns2.example.net."] });
    expect(classifyResponse(response({ rcode: "NXDOMAIN" }), "x.example.com.", "A")).toEqual({ kind: "nxdomain" });
    expect(classifyResponse(response({ authorities: [rr("example.com.", "SOA", "ns. host. 1")] }), "x.example.com.", "A")).toEqual({ kind: "nodata" });
    expect(classifyResponse(response({ rcode: "REFUSED", authoritative: false }), "x.example.com.", "A")).toEqual({ kind: "error", message: "REFUSED (the server does not serve this zone)" });
    expect(classifyResponse(response({ authoritative: false, answers: [rr("x.example.com.", "A", "192.0.2.1")] }), "x.example.com.", "A")).toEqual({
      kind: "error",
      message: "answer without the AA flag (not authoritative)",
    });
  });
});

const record = (name: string, type: string, values: DnsViewRecord["values"], over: Partial<DnsViewRecord> = {}): DnsViewRecord => ({
  name,
  type,
  ttl: 60,
  values,
  answers: "all",
  routingInternal: false,
  sources: ["s:r"],
  ...over,
});

describe("compareRecord", () => {
  const answer = (type: string, values: string[], ttl = 60): LiveAnswer => ({ kind: "answer", type, ttl, values });

  it("accepts the exact RRset, and any value where the app's value is unknown", () => {
    expect(compareRecord("w", record("a.", "A", ["192.0.2.1"]), answer("A", ["192.0.2.1"]))).toEqual([]);
    expect(compareRecord("w", record("a.", "A", [{ unknown: "${x}" }]), answer("A", ["203.0.113.9"]))).toEqual([]);
  });

  it("reports a missing name, another type, other values, a foreign routed answer and another TTL", () => {
    expect(compareRecord("w", record("a.", "A", ["192.0.2.1"]), { kind: "nxdomain" })).toEqual(["w: missing, the name does not exist (NXDOMAIN); expected A 192.0.2.1"]);
    expect(compareRecord("w", record("a.", "A", ["192.0.2.1"]), answer("CNAME", ["b."]))).toEqual(["w: answers CNAME b.; expected A 192.0.2.1"]);
    expect(compareRecord("w", record("a.", "A", ["192.0.2.1"]), answer("A", ["192.0.2.1", "192.0.2.2"]))).toEqual(["w: answers 192.0.2.1, 192.0.2.2; expected A 192.0.2.1"]);
    expect(compareRecord("w", record("a.", "CNAME", ["b.", "c."], { answers: "one-of" }), answer("CNAME", ["d."]))).toEqual(["w: answers d., not one of b., c."]);
    expect(compareRecord("w", record("a.", "A", ["192.0.2.1"]), answer("A", ["192.0.2.1"], 300))).toEqual(["w: TTL 300, expected 60"]);
  });
});

describe("checkDnsCopies", () => {
  const route53: DnsZoneCopy = {
    provider: "route53",
    zone: "example.com.",
    records: [
      record("orders.example.com.", "CNAME", ["a.aws.orders.example.com.", "b.azure.orders.example.com."], { answers: "one-of" }),
      record("a.aws.orders.example.com.", "A", [{ unknown: "${aws_lb.a.dns_name}" }]),
      record("azure.orders.example.com.", "NS", ["ns1.azure.test."]),
      record("pool.orders.example.com.", "CNAME", ["a.aws.orders.example.com."], { answers: "one-of", routingInternal: true }),
      record({ unknown: "${each.value.resource_record_name}", note: "ACM validation record of orders.example.com" } as never, "CNAME", []),
    ],
  };
  const azure: DnsZoneCopy = {
    provider: "azure-dns",
    zone: "example.com.",
    records: [
      record("orders.example.com.", "CNAME", [{ unknown: "${tm.fqdn}" }]),
      record("aws.orders.example.com.", "NS", ["ns1.aws.test."]),
      record("b.azure.orders.example.com.", "A", [{ unknown: "${env.ip}" }]),
    ],
  };
  const view: DnsZoneView = { copies: [route53, azure] };
  /** A fake name server per copy that answers from a table, NXDOMAIN otherwise. */
  const serving =
    (tables: Record<string, Record<string, LiveAnswer>>) =>
    async (copy: DnsZoneCopy, name: string, type: string): Promise<LiveAnswer | undefined> =>
      tables[copy.provider] ? (tables[copy.provider][`${name} ${type}`] ?? (type === "SOA" ? { kind: "answer", type: "SOA", ttl: 900, values: ["x"] } : { kind: "nxdomain" })) : undefined;
  const consistent = {
    route53: {
      "orders.example.com. CNAME": { kind: "answer", type: "CNAME", ttl: 60, values: ["b.azure.orders.example.com."] },
      "a.aws.orders.example.com. A": { kind: "answer", type: "A", ttl: 60, values: ["192.0.2.1"] },
      "azure.orders.example.com. NS": { kind: "referral", zone: "azure.orders.example.com.", nameServers: ["ns1.azure.test."] },
      "b.azure.orders.example.com. A": { kind: "referral", zone: "azure.orders.example.com.", nameServers: ["ns1.azure.test."] },
      "pool.orders.example.com. CNAME": { kind: "answer", type: "CNAME", ttl: 60, values: ["a.aws.orders.example.com."] },
    },
    "azure-dns": {
      "orders.example.com. CNAME": { kind: "answer", type: "CNAME", ttl: 60, values: ["orders-x.trafficmanager.net."] },
      "a.aws.orders.example.com. A": { kind: "referral", zone: "aws.orders.example.com.", nameServers: ["ns1.aws.test."] },
      "aws.orders.example.com. NS": { kind: "referral", zone: "aws.orders.example.com.", nameServers: ["ns1.aws.test."] },
      "b.azure.orders.example.com. A": { kind: "answer", type: "A", ttl: 60, values: ["192.0.2.2"] },
    },
  } satisfies Record<string, Record<string, LiveAnswer>>;

  it("passes when each copy answers or delegates every public name, listing names known only after an apply as not asked", async () => {
    const result = await checkDnsCopies(view, serving(consistent));
    expect(verifyProblems({ dns: result, https: [] })).toEqual([]);
    expect(result.rows.map((r) => `${r.name} ${r.type} ${Object.keys(r.answers).join(",")}`)).toEqual([
      "orders.example.com. CNAME route53,azure-dns",
      "a.aws.orders.example.com. A route53,azure-dns",
      "azure.orders.example.com. NS route53",
      "pool.orders.example.com. CNAME route53",
      "aws.orders.example.com. NS azure-dns",
      "b.azure.orders.example.com. A route53,azure-dns",
    ]);
    expect(result.unchecked).toEqual(["route53 example.com: ACM validation record of orders.example.com (s)"]);
  });

  it("fails when one copy lacks a delegation, answers outside the routed set, or has no name server", async () => {
    const broken = {
      route53: { ...consistent.route53, "b.azure.orders.example.com. A": { kind: "nxdomain" }, "orders.example.com. CNAME": { kind: "answer", type: "CNAME", ttl: 60, values: ["evil.example.net."] } },
    } as Record<string, Record<string, LiveAnswer>>;
    const result = await checkDnsCopies(view, serving(broken));
    expect(verifyProblems({ dns: result, https: [] })).toEqual([
      "no name server given or found for the azure-dns copy of example.com (--ns azure-dns=<address>[:port])",
      "route53: orders.example.com CNAME: answers evil.example.net., not one of a.aws.orders.example.com., b.azure.orders.example.com.",
      "route53: b.azure.orders.example.com A: expected a delegation to ns1.azure.test., got NXDOMAIN",
    ]);
  });

  it("fails when a copy lacks a public name another copy holds, and when copies meant to agree answer differently", async () => {
    const shared = record("www.example.com.", "A", [{ unknown: "${ip}" }]);
    const twoCopies: DnsZoneView = { copies: [{ ...route53, records: [shared] }, { ...azure, records: [shared, record("only.example.com.", "TXT", ["x"])] }] };
    const result = await checkDnsCopies(
      twoCopies,
      serving({
        route53: { "www.example.com. A": { kind: "answer", type: "A", ttl: 60, values: ["192.0.2.1"] } },
        "azure-dns": { "www.example.com. A": { kind: "answer", type: "A", ttl: 60, values: ["192.0.2.9"] }, "only.example.com. TXT": { kind: "answer", type: "TXT", ttl: 60, values: ["x"] } },
      }),
    );
    expect(verifyProblems({ dns: result, https: [] })).toEqual([
      "www.example.com A: the copies differ: route53 answers 192.0.2.1, azure-dns answers 192.0.2.9",
      "route53: only.example.com TXT: only in azure-dns; the app writes no such record into the route53 copy",
    ]);
  });
});

describe("formatVerifyReport", () => {
  it("prints a DNS table per zone, an HTTPS table, the problems and a last line with their count", () => {
    const target = { host: "a.aws.orders.example.com", datacentre: "aws-us-east-1", port: 443, path: "/healthz", serverNames: ["a.aws.orders.example.com"] };
    const text = formatVerifyReport({
      dns: {
        rows: [{ zone: "example.com.", name: "a.aws.orders.example.com.", type: "A", answers: { route53: { kind: "answer", type: "A", ttl: 60, values: ["192.0.2.1"] }, "azure-dns": { kind: "nxdomain" } }, problems: ["p1"] }],
        problems: [],
        unchecked: [],
      },
      https: [{ target, serverName: target.host, address: "192.0.2.1", status: 500, latencyMs: 12.4, certificate: { names: [target.host], validTo: new Date("2027-01-02T00:00:00Z"), issuer: "CA" }, problems: ["p2"] }],
    });
    expect(text.split("\n")).toEqual([
      "DNS example.com",
      "name                      type  route53      azure-dns  result",
      "a.aws.orders.example.com  A     A 192.0.2.1  NXDOMAIN   FAIL",
      "",
      "HTTPS",
      "endpoint       name                      address    status  latency  certificate               expires     result",
      "aws-us-east-1  a.aws.orders.example.com  192.0.2.1  500     12 ms    a.aws.orders.example.com  2027-01-02  FAIL",
      "",
      "problems (2):",
      "  - p1",
      "  - p2",
      "verify: 2 problems",
    ]);
    expect(formatVerifyReport({ https: [] })).toBe("verify: ok");
  });

  it("cuts long cells with an ellipsis", () => {
    expect(formatTable(["h"], [["x".repeat(70)]]).split("\n")[1]).toBe(`${"x".repeat(59)}…`);
  });
});

describe("dualcloud CLI dispatcher", () => {
  it("lists its commands on --help and refuses an unknown one with exit status 2", async () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await main(["--help"])).toBe(0);
      expect(log.mock.calls[0][0]).toMatch(/^usage: dualcloud <command> \[options\]\n\ncommands:\n {2}run {8}<app\.ts>: run a cdktf app.*\n {2}synth {6}.*\n {2}verify {5}check a deployed service/);
      expect(await main(["frobnicate"])).toBe(2);
      expect(error.mock.calls[0][0]).toMatch(/^dualcloud: unknown command "frobnicate"; allowed: run, synth, verify/);
      expect(await main(["verify", "--timeout", "x"])).toBe(2);
      expect(error.mock.calls[1][0]).toMatch(/^dualcloud verify: --timeout: received "x"; allowed:/);
      expect(await main(["verify", "--out", "/nonexistent-dir"])).toBe(2);
      expect(error.mock.calls[2][0]).toMatch(/\[readSynthesizedStacks\] outdir: received "\/nonexistent-dir"; allowed: a directory holding cdktf synth output \(\/nonexistent-dir\/manifest.json is missing\): run cdktf synth first/);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});

describe("name-server discovery", () => {
  it("sorts name servers into providers by name, and nothing else", () => {
    expect(providerOfNameServer("ns-1537.awsdns-04.com")).toBe("route53");
    expect(providerOfNameServer("NS4-01.azure-dns.info.")).toBe("azure-dns");
    expect(providerOfNameServer("ns-cloud-a1.googledomains.com")).toBe("cloud-dns");
    expect(providerOfNameServer("ns1.example.net")).toBeUndefined();
  });

  it("takes the name servers the app's delegations name, and each zone's public NS set", async () => {
    const view: DnsZoneView = {
      copies: [
        { provider: "route53", zone: "example.com.", records: [record("azure.orders.example.com.", "NS", ["ns1-01.azure-dns.com.", "ns2-01.azure-dns.net."])] },
        { provider: "azure-dns", zone: "example.com.", records: [] },
      ],
    };
    const asked: string[] = [];
    const found = await discoverNameServers(view, async (zone) => {
      asked.push(zone);
      return ["ns-1.awsdns-01.org", "ns1.registrar.example"];
    });
    expect(asked).toEqual(["example.com."]);
    expect(found).toEqual({ route53: ["ns-1.awsdns-01.org."], "azure-dns": ["ns1-01.azure-dns.com.", "ns2-01.azure-dns.net."] });
    expect(await discoverNameServers(view, () => Promise.reject(new Error("offline")))).toEqual({ "azure-dns": ["ns1-01.azure-dns.com.", "ns2-01.azure-dns.net."] });
  });
});
