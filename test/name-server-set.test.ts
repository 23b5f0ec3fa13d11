import { DualCloudValidationError } from "../lib";
import { cloudPlugin } from "../lib/clouds/registry";
import { nameServerSetProblem } from "../lib/model/name-server-set";
import { buildService } from "./support/synth";

const FULL = {
  aws: ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net", "ns-1025.awsdns-03.co.uk", "ns-1537.awsdns-04.com"],
  azure: ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"],
  gcp: ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com", "ns-cloud-a3.googledomains.com", "ns-cloud-a4.googledomains.com"],
};

function refusal(nameServers: Record<string, unknown>): DualCloudValidationError {
  try {
    buildService({ datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "eastus" }], dns: { nameServers: nameServers as never } });
  } catch (e) {
    if (e instanceof DualCloudValidationError) return e;
    throw e;
  }
  throw new Error("not refused");
}

describe("dns.nameServers.<cloud>: a full set of that provider's name servers", () => {
  describe("given each cloud's full set (with or without trailing dots, in any order)", () => {
    it("accepts it and keeps the names without the dot", () => {
      const { service } = buildService({ dns: { nameServers: { aws: ["ns-1537.awsdns-04.com.", ...FULL.aws.slice(0, 3)], azure: FULL.azure.map((n) => `${n}.`), gcp: FULL.gcp } } });
      expect(service.model.dns.nameServers).toEqual({ aws: ["ns-1537.awsdns-04.com", ...FULL.aws.slice(0, 3)], azure: FULL.azure, gcp: FULL.gcp });
    });
  });

  describe("given a partial set", () => {
    it("refuses two of Route 53's four, naming the field, the names and what is allowed", () => {
      const e = refusal({ aws: FULL.aws.slice(0, 2) });
      expect(e.field).toBe("dns.nameServers.aws");
      expect(e.message).toMatch(/dns\.nameServers\.aws: received an array of 2; allowed: the 4 name servers of the Route 53 hosted zone \(its name_servers output\), ns-<n>\.awsdns-<nn>\.com, \.net, \.org and \.co\.uk, one of each, e\.g\. ns-1\.awsdns-01\.org, .*; got ns-1\.awsdns-01\.org, ns-513\.awsdns-02\.net: 2 of the 4 name servers Route 53 assigns to a zone; a partial set answers only part of the lookups/);
    });

    it("refuses three of Azure DNS's four and one of Cloud DNS's four, reporting both at once", () => {
      const e = refusal({ azure: FULL.azure.slice(0, 3), gcp: FULL.gcp.slice(0, 1) });
      expect(e.problems.map((p) => p.field)).toEqual(["dns.nameServers.azure", "dns.nameServers.gcp"]);
      expect(e.message).toMatch(/dns\.nameServers\.azure: .*allowed: the 4 name servers of the Azure DNS zone .*: 3 of the 4 name servers Azure DNS assigns/);
      expect(e.message).toMatch(/dns\.nameServers\.gcp: .*allowed: the 4 name servers of the Cloud DNS zone .*: 1 of the 4 name servers Cloud DNS assigns/);
    });
  });

  describe("given a foreign or mixed set", () => {
    it("refuses another provider's servers under a cloud's key", () => {
      expect(refusal({ aws: FULL.azure }).message).toMatch(/dns\.nameServers\.aws: .*ns1-01\.azure-dns\.com, .* are not Route 53 name servers/);
    });

    it("refuses a registrar's servers", () => {
      expect(refusal({ azure: ["ns1.registrar.example", ...FULL.azure.slice(1)] }).message).toMatch(/ns1\.registrar\.example is not a Azure DNS name server/);
    });

    it("refuses a name listed twice", () => {
      expect(refusal({ aws: [FULL.aws[0], ...FULL.aws.slice(0, 3)] }).message).toMatch(/a name server is listed twice/);
    });
  });

  describe("the set rules of each provider", () => {
    const problem = (cloud: "aws" | "azure" | "gcp", names: string[]): string | undefined => nameServerSetProblem(cloudPlugin(cloud).nameServerSet, names);

    it("accepts each rule's own example", () => {
      for (const cloud of ["aws", "azure", "gcp"] as const) expect(problem(cloud, [...cloudPlugin(cloud).nameServerSet.example])).toBeUndefined();
    });

    it("Route 53: one name server on each of .com, .net, .org and .co.uk", () => {
      expect(problem("aws", ["ns-1.awsdns-01.org", "ns-2.awsdns-02.org", "ns-3.awsdns-03.net", "ns-4.awsdns-04.com"])).toMatch(/same top-level domain/);
      expect(problem("aws", ["ns-1.awsdns-01.io", ...FULL.aws.slice(1)])).toMatch(/ns-1\.awsdns-01\.io is not a Route 53 name server/);
    });

    it("Azure DNS: ns1 on .com, ns2 on .net, ns3 on .org, ns4 on .info", () => {
      expect(problem("azure", ["ns1-01.azure-dns.net", "ns2-01.azure-dns.com", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"])).toMatch(/ns1 is on \.com/);
    });

    it("Cloud DNS: four servers of one shard letter", () => {
      expect(problem("gcp", ["ns-cloud-a1.googledomains.com", "ns-cloud-b2.googledomains.com", "ns-cloud-a3.googledomains.com", "ns-cloud-a4.googledomains.com"])).toMatch(/more than one shard/);
      expect(problem("gcp", ["ns-cloud-c1.googledomains.com", "ns-cloud-c1.googledomains.com", "ns-cloud-c3.googledomains.com", "ns-cloud-c4.googledomains.com"])).toMatch(/listed twice/);
    });
  });
});
