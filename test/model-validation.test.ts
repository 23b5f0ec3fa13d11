import { DualCloudService, DualCloudServiceProps, DualCloudValidationError } from "../lib";
import { BASE_PROPS, buildService } from "./support/synth";

function build(overrides: Record<string, unknown>, name = "orders"): void {
  buildService(overrides as Partial<DualCloudServiceProps>, name);
}

describe("service model validation", () => {
  describe("given valid props", () => {
    it("applies the documented defaults", () => {
      const { service } = buildService();
      const m = service.model;
      expect(m.datacentres.map((d) => d.key)).toEqual(["aws-us-east-1", "aws-eu-west-1", "azure-eastus", "azure-westeurope"]);
      expect(m.datacentres.map((d) => d.region.geography)).toEqual(["north-america", "europe", "north-america", "europe"]);
      expect(m.cpu).toBe(0.5);
      expect(m.memoryMiB).toBe(1024);
      expect(m.routing).toEqual({
        policy: "latency", primaryCloud: "aws", probeIntervalSeconds: 10, failureThreshold: 3, probeTimeoutSeconds: 5, dnsTtlSeconds: 15, maxFailoverSeconds: 300,
      });
      expect(m.edge).toEqual({ keepAliveSeconds: 240, unboundedConnections: "refuse" });
      expect(m.dns.zoneName).toBe("example.com");
      expect(m.tags).toEqual({ service: "orders", "managed-by": "dualcloud" });
      expect(m.datacentres[0]).toMatchObject({ cidr: "10.0.0.0/16", endpointHostname: "us-east-1.aws.orders.example.com", minInstances: 2, maxInstances: 10, weight: 100, drained: false });
      expect(m.datacentres[3]).toMatchObject({ cidr: "10.77.0.0/16", endpointHostname: "westeurope.azure.orders.example.com" });
    });

    it("derives default CIDRs from the region, not the position", () => {
      const a = buildService({ datacentres: [{ cloud: "aws", region: "eu-west-1" }, { cloud: "azure", region: "eastus" }] }).service.model;
      const b = buildService({ datacentres: [{ cloud: "azure", region: "eastus" }, { cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }] }).service.model;
      expect(a.datacentres[0].cidr).toBe(b.datacentres[2].cidr);
      expect(a.datacentres[1].cidr).toBe(b.datacentres[0].cidr);
    });
  });

  describe("when the input is invalid", () => {
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ["an unknown region, naming the nearest", { datacentres: [{ cloud: "aws", region: "us-east-9" }, { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]\.region: received "us-east-9"; allowed: a known aws region; nearest: us-east-1, us-east-2/],
      ["an unknown Azure region", { datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "west-europe" }] }, /datacentres\[1\]\.region: .*nearest: westeurope/],
      ["an unknown cloud", { datacentres: [{ cloud: "oracle", region: "x" }, { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]\.cloud: received "oracle"; allowed: one of "aws", "azure"/],
      ["a duplicate datacentre", { datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "eastus" }, { cloud: "aws", region: "us-east-1" }] }, /datacentres\[2\]: .*at most once \(already datacentres\[0\]\)/],
      ["a single cloud", { datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }] }, /datacentres: received "aws"; allowed: datacentres in at least two clouds/],
      ["one datacentre", { datacentres: [{ cloud: "aws", region: "us-east-1" }] }, /datacentres: received an array of 1; allowed: an array of 2 to 32 entries/],
      ["every datacentre drained", { datacentres: [{ cloud: "aws", region: "us-east-1", drain: true }, { cloud: "azure", region: "eastus", drain: true }] }, /datacentres: .*at least one datacentre in rotation/],
      ["an image by tag", { image: "ghcr.io/acme/orders:1.2.3" }, /image: received "ghcr.io\/acme\/orders:1.2.3"; allowed: .*by digest.*allowMutableImageTag/],
      ["an image without a registry", { image: `orders@sha256:${"a".repeat(64)}` }, /image: .*registry host is missing/],
      ["a short digest", { image: "ghcr.io/acme/orders@sha256:abc" }, /image: .*sha256:<64 lower-case hex>/],
      ["a port of 0", { port: 0 }, /port: received 0; allowed: an integer from 1 to 65535/],
      ["a port out of range", { port: 70000 }, /port: received 70000; allowed: an integer from 1 to 65535/],
      ["a fractional port", { port: 80.5 }, /port: received 80.5/],
      ["a port as a string", { port: "8080" }, /port: received "8080"; allowed: an integer/],
      ["a relative health path", { healthCheckPath: "healthz" }, /healthCheckPath: received "healthz"; allowed: an absolute URL path/],
      ["a health path with a space", { healthCheckPath: "/health z" }, /healthCheckPath: /],
      ["an apex domain", { domain: "example.com" }, /domain: received "example.com"; allowed: a lower-case hostname of at least three labels/],
      ["an upper-case domain", { domain: "Orders.Example.com" }, /domain: /],
      ["a zone that does not contain the domain", { dns: { zoneName: "example.org" } }, /dns\.zoneName: received "example.org"; allowed: a parent zone of orders.example.com/],
      ["a bad env key", { env: { "LOG-LEVEL": "x" } }, /env\.LOG-LEVEL: received "LOG-LEVEL"; allowed: a name of letters, digits and underscores/],
      ["a non-string env value", { env: { LOG_LEVEL: 3 } }, /env\.LOG_LEVEL: received 3; allowed: a string/],
      ["an env key that is also a secret", { env: { DB_HOST: "x" }, secrets: ["DB_HOST"] }, /secrets\[0\]: received "DB_HOST"; allowed: a name that is not also a key of env/],
      ["a secret-looking env name with a plain value (never echoed)", { env: { DATABASE_URL: "postgres://u:hunter2@db" } }, /env\.DATABASE_URL: received "DATABASE_URL"; allowed: a name that does not look like a secret .*declare a secret.s name in secrets/],
      ["secrets that fold together", { secrets: ["API_KEY", "api_key"] }, /secrets\[1\]: received "api_key"; allowed: a name distinct from secrets\[0\]/],
      ["a bad secret name", { secrets: ["1PASSWORD"] }, /secrets\[0\]: received "1PASSWORD"/],
      ["an unknown top-level field", { readOnlyRootFileSystem: false }, /readOnlyRootFileSystem: received false; allowed: no such field; known fields are .*readOnlyRootFilesystem/],
      ["an unknown datacentre field", { datacentres: [{ cloud: "aws", region: "us-east-1", zone: "a" }, { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]\.zone: .*no such field/],
      ["min above max", { capacity: { minInstancesPerDatacentre: 5, maxInstancesPerDatacentre: 3 } }, /capacity\.minInstancesPerDatacentre: received 5; allowed: at most capacity\.maxInstancesPerDatacentre \(3\)/],
      ["a datacentre min above its max", { datacentres: [{ cloud: "aws", region: "us-east-1", minInstances: 4, maxInstances: 2 }, { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]\.minInstances: received 4; allowed: at most maxInstances \(2\)/],
      ["an unsupported cpu", { size: { cpu: 3 } }, /size\.cpu: received 3; allowed: one of 0.25, 0.5, 1, 2, 4/],
      ["a public CIDR", { datacentres: [{ cloud: "aws", region: "us-east-1", cidr: "8.8.0.0/16" }, { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]\.cidr: received "8.8.0.0\/16"; allowed: a private IPv4 CIDR/],
      ["a CIDR with host bits", { datacentres: [{ cloud: "aws", region: "us-east-1", cidr: "10.1.2.0/16" }, { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]\.cidr: received "10.1.2.0\/16"/],
      ["a CIDR that is too small", { datacentres: [{ cloud: "aws", region: "us-east-1", cidr: "10.1.0.0/24" }, { cloud: "azure", region: "eastus" }] }, /a \/16 to \/20 prefix/],
      ["overlapping CIDRs", { datacentres: [{ cloud: "aws", region: "us-east-1", cidr: "10.10.0.0/16" }, { cloud: "azure", region: "eastus", cidr: "10.10.16.0/20" }] }, /datacentres\[1\]\.cidr: received "10.10.16.0\/20"; allowed: an address space that does not overlap datacentres\[0\] \(aws-us-east-1, 10.10.0.0\/16\)/],
      ["overlapping CIDRs, the smaller listed first", { datacentres: [{ cloud: "aws", region: "us-east-1", cidr: "10.10.16.0/20" }, { cloud: "azure", region: "eastus", cidr: "10.10.0.0/16" }] }, /datacentres\[1\]\.cidr: received "10.10.0.0\/16"; allowed: an address space that does not overlap datacentres\[0\] \(aws-us-east-1, 10.10.16.0\/20\)/],
      ["a user CIDR overlapping a default", { datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "eastus", cidr: "10.0.0.0/20" }] }, /datacentres\[1\]\.cidr: .*does not overlap datacentres\[0\]/],
      ["an unknown routing policy", { routing: { policy: "random" } }, /routing\.policy: received "random"; allowed: one of "latency", "weighted", "failover"/],
      ["a probe interval Route 53 lacks", { routing: { probeIntervalSeconds: 20 } }, /routing\.probeIntervalSeconds: received 20; allowed: one of 10, 30/],
      ["a failure threshold out of range", { routing: { failureThreshold: 11 } }, /routing\.failureThreshold: received 11; allowed: an integer from 1 to 10/],
      ["a primary cloud with no datacentre", { routing: { policy: "failover", primaryCloud: "gcp" } }, /routing\.primaryCloud: received "gcp"; allowed: one of "aws", "azure"/],
      ["a failover slower than the bound", { routing: { probeIntervalSeconds: 30, failureThreshold: 10 } }, /routing: received "route53 worst case 381 s"; allowed: a worst-case failover for new connections within routing\.maxFailoverSeconds \(300 s; route53: 10 x 30 s \+ 6 s probe \+ 60 s propagation \+ 15 s TTL\)/],
      ["a weight out of range", { datacentres: [{ cloud: "aws", region: "us-east-1", weight: 0 }, { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]\.weight: received 0; allowed: an integer from 1 to 255/],
      ["a Fargate-incompatible memory size", { size: { cpu: 1, memoryMiB: 1024 } }, /size\.memoryMiB: received 1024; allowed: a Fargate memory size for 1 vCPU: 2048 to 8192 MiB/],
      ["a CloudWatch-incompatible retention", { logRetentionDays: 45 }, /logRetentionDays: received 45; allowed: a CloudWatch Logs retention/],
      ["a Log Analytics-incompatible retention", { logRetentionDays: 14 }, /logRetentionDays: received 14; allowed: 30 to 730 days/],
      ["too much memory for Container Apps", { size: { cpu: 4, memoryMiB: 16384 } }, /size\.memoryMiB: received 16384; allowed: at most 8192 MiB/],
      ["a reserved tag key", { tags: { "aws:owner": "x" } }, /tags\.aws:owner: received "aws:owner"/],
      ["an S3 bucket prefix with capitals", { stateBackend: { aws: { bucketNamePrefix: "Acme" } } }, /stateBackend\.aws\.bucketNamePrefix: received "Acme"/],
      ["a storage prefix too long for the region", { stateBackend: { azure: { resourceGroupName: "tf", storageAccountNamePrefix: "acmeterraformstate" } } }, /stateBackend\.azure\.storageAccountNamePrefix: received "acmeterraformstate"; allowed: .*at most 14/],
      ["an unknown egress", { network: { egress: "none" } }, /network\.egress: received "none"; allowed: one of "zone-redundant", "single"/],
      ["a verification owner that is not an Azure datacentre", { azure: { verificationRecordsRegion: "northeurope" } }, /azure\.verificationRecordsRegion: received "northeurope"; allowed: one of "eastus", "westeurope"/],
      ["a global stack region without an AWS datacentre", { stateBackend: { aws: { bucketNamePrefix: "acme-tf", globalStackRegion: "us-west-2" } } }, /stateBackend\.aws\.globalStackRegion: received "us-west-2"; allowed: one of "us-east-1", "eu-west-1"/],
      ["props that are not an object", { datacentres: "aws" }, /datacentres: received "aws"; allowed: an array/],
    ];
    it.each(cases)("refuses %s with a message naming the field", (_label, overrides, message) => {
      expect(() => build(overrides)).toThrow(DualCloudValidationError);
      expect(() => build(overrides)).toThrow(message);
    });

    it.each([["Orders"], ["o"], ["orders-"], ["or--ders"], ["1orders"], ["a".repeat(25)]])("refuses the service name %s", (name) => {
      expect(() => build({}, name)).toThrow(/\[.*\] name: received .*; allowed: 2-24 lower-case letters/);
    });

    it("names the construct path in every message", () => {
      expect(() => build({ port: -1 })).toThrow(/^\[orders\] port:/);
    });

    it("refuses props that are not an object at all", () => {
      const { app } = buildService();
      expect(() => new DualCloudService(app, "billing", 42 as unknown as DualCloudServiceProps)).toThrow(/\[billing\] : received 42; allowed: an object/);
    });
  });

  describe("when an image is given by tag with the opt-in", () => {
    it("accepts it and warns", () => {
      const { service } = buildService({ image: "ghcr.io/acme/orders:1.2.3", allowMutableImageTag: true, alerts: { emails: ["oncall@example.com"] } });
      expect(service.model.image).toEqual({ uri: "ghcr.io/acme/orders:1.2.3", registry: "ghcr.io", repository: "acme/orders", tag: "1.2.3" });
      const warnings = service.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
      expect(warnings).toEqual([expect.stringMatching(/referenced by tag .* pin a digest/)]);
    });
  });

  it("keeps BASE_PROPS valid", () => {
    expect(BASE_PROPS.image).toMatch(/@sha256:/);
  });
});
