import { checkCapacity, checkHttpsOnly, checkNamesWithinLimits, checkNoPlaintextSecrets, checkOneCloudPerStack, expectedStackClouds, Finding, runInvariantChecks, synthesizeStacks } from "../lib/checks";
import { assessCapacity, DatacentreSpec } from "../lib";
import { awsStack, gcpStack, merge, mutableCopy, resource } from "./support/fixtures";
import { buildService } from "./support/synth";

const FIVE: DatacentreSpec[] = [
  { cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" }, { cloud: "gcp", region: "europe-west1" },
];
const PROPS = { datacentres: FIVE, gcp: { projectId: "acme-orders" }, secrets: ["DATABASE_URL"], env: { LOG_LEVEL: "info" } };

function messages(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.stack} ${f.address ?? ""}: ${f.message}`);
}

describe("invariant checks with a GCP datacentre", () => {
  const { app } = buildService({ ...PROPS, stateBackend: { gcp: { bucketNamePrefix: "acme-tfstate" } } });
  const stacks = synthesizeStacks(app);
  const gcp = stacks.find((s) => s.name === "orders-gcp-europe-west1")!;

  it("finds nothing in the five-datacentre app", () => {
    expect(messages(runInvariantChecks(app))).toEqual([]);
    expect(expectedStackClouds(app)["orders-gcp-europe-west1"]).toBe("gcp");
  });

  it("counts the GCP datacentre in the capacity scenarios, including losing the whole cloud", () => {
    // 2 instances each: losing AWS or Azure leaves 6 (4 + the GCP 2), losing GCP leaves 8.
    const { service } = buildService({ ...PROPS, capacity: { peak: { instances: 6 } } });
    expect(checkCapacity(service.model)).toEqual([]);
    expect(() => buildService({ ...PROPS, capacity: { peak: { instances: 7 } } })).toThrow(/losing cloud aws leaves 6 instances at minimum capacity for a peak of 7/);
    const scenarios = assessCapacity(service.model.capacity, service.model.datacentres).scenarios.map((x) => [x.description, x.minimumInstances]);
    expect(scenarios.slice(-4)).toEqual([["losing datacentre gcp-europe-west1", 8], ["losing cloud aws", 6], ["losing cloud azure", 6], ["losing cloud gcp", 8]]);
  });

  describe("one cloud per stack", () => {
    it("refuses a google resource in an AWS stack and an S3 backend in a GCP stack", () => {
      expect(messages(checkOneCloudPerStack([awsStack("a", resource("google_dns_record_set", "r", { name: "x." }))], { a: "aws" }))).toEqual([
        expect.stringMatching(/a google_dns_record_set\.r: resource type google_dns_record_set \(provider google\) in a aws stack/),
      ]);
      expect(messages(checkOneCloudPerStack([gcpStack("g", { terraform: { backend: { s3: { bucket: "b" } } } })], { g: "gcp" }))).toEqual([
        expect.stringMatching(/g terraform\.backend\.s3: state backend s3 in a gcp stack; allowed: gcs \(gcp\) or local/),
      ]);
      expect(checkOneCloudPerStack([gcpStack("g", merge({ terraform: { backend: { gcs: { bucket: "b" } } } }, resource("google_dns_record_set", "r", { name: "x." })))], { g: "gcp" })).toEqual([]);
    });
  });

  describe("HTTPS only", () => {
    it("passes the synthesized GCP stack", () => {
      expect(messages(checkHttpsOnly([gcp]))).toEqual([]);
    });

    it.each<[string, (json: Record<string, Record<string, Record<string, Record<string, unknown>>>>) => void, RegExp]>([
      ["a TLS 1.0 SSL policy", (j) => Object.values(j.resource.google_compute_ssl_policy).forEach((p) => (p.min_tls_version = "TLS_1_0")), /min_tls_version: TLS_1_0; allowed: TLS_1_2 or later/],
      ["an HTTPS proxy without SSL policy", (j) => Object.values(j.resource.google_compute_target_https_proxy).forEach((p) => delete p.ssl_policy), /ssl_policy: no SSL policy/],
      ["Cloud Run open to all traffic", (j) => Object.values(j.resource.google_cloud_run_v2_service).forEach((p) => (p.ingress = "INGRESS_TRAFFIC_ALL")), /ingress: INGRESS_TRAFFIC_ALL: the internet reaches the service around/],
      ["an HTTP proxy that serves", (j) => Object.values(j.resource.google_compute_url_map).forEach((m) => delete m.default_url_redirect), /url_map: plain HTTP is not only redirected to HTTPS/],
      ["a forwarding rule on 8080", (j) => Object.values(j.resource.google_compute_global_forwarding_rule).forEach((r) => (r.port_range = "8080")), /port_range: internet ingress on 8080; allowed: 443, and 80 only to redirect/],
    ])("finds %s", (_label, mutate, pattern) => {
      const copy = mutableCopy(gcp);
      mutate(copy.json as never);
      expect(messages(checkHttpsOnly([copy]))).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
    });
  });

  describe("no plaintext secrets", () => {
    it("passes the GCP stack and finds a declared secret passed as a plain Cloud Run variable or a written secret version", () => {
      expect(checkNoPlaintextSecrets([gcp], { secretNames: ["DATABASE_URL"] })).toEqual([]);
      const copy = mutableCopy(gcp);
      const run = Object.values((copy.json.resource as Record<string, Record<string, { template: { containers: { env: Record<string, unknown>[] }[] } }>>).google_cloud_run_v2_service)[0];
      run.template.containers[0].env.push({ name: "DATABASE_URL", value: "postgres://u:p@db/orders" });
      const withVersion = merge(copy.json, resource("google_secret_manager_secret_version", "v", { secret: "s", secret_data: "hunter2" }));
      expect(messages(checkNoPlaintextSecrets([{ name: copy.name, json: withVersion }], { secretNames: ["DATABASE_URL"] }))).toEqual([
        expect.stringMatching(/template\.containers\.env\[2\]: secret DATABASE_URL is a plain environment variable/),
        expect.stringMatching(/google_secret_manager_secret_version\.v\.secret_data: a secret value written into the configuration/),
      ]);
    });
  });

  describe("names within limits", () => {
    it("passes the GCP stack and finds an overlong Cloud Run service name and a duplicate secret ID", () => {
      expect(checkNamesWithinLimits([gcp])).toEqual([]);
      const bad = gcpStack("g", merge(
        resource("google_cloud_run_v2_service", "a", { name: "x".repeat(50) }),
        resource("google_secret_manager_secret", "s1", { secret_id: "orders-db" }),
        resource("google_secret_manager_secret", "s2", { secret_id: "orders-db" }),
      ));
      expect(messages(checkNamesWithinLimits([bad]))).toEqual([
        expect.stringMatching(/google_cloud_run_v2_service\.a\.name: "x{50}" \(50 characters\) is outside the limits of google_cloud_run_v2_service; allowed: 1-49/),
        expect.stringMatching(/google_secret_manager_secret\.s2\.secret_id: "orders-db" is already used by g\/google_secret_manager_secret\.s1/),
      ]);
    });
  });
});
