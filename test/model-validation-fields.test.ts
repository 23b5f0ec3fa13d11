import { DualCloudServiceProps, DualCloudValidationError } from "../lib";
import { buildService } from "./support/synth";

/** Every remaining field-level rule of the model, each made to fire with its message. */
describe("service model validation, field by field", () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ["allowMutableImageTag that is not a boolean", { allowMutableImageTag: "yes" }, /allowMutableImageTag: received "yes"; allowed: true or false/],
    ["readOnlyRootFilesystem that is not a boolean", { readOnlyRootFilesystem: 1 }, /readOnlyRootFilesystem: received 1; allowed: true or false/],
    ["a domain longer than 200 characters", { domain: `${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(20)}.com` }, /domain: received .*; allowed: .*at most 200 characters/],
    ["a domain longer than ACM's 64-character common name", { domain: `${"a".repeat(50)}.example-company.com` }, /domain: received .*; allowed: at most 64 characters, the longest common name ACM issues/],
    ["an image with an invalid tag", { image: "ghcr.io/acme/orders:-bad", allowMutableImageTag: true }, /image: received "ghcr.io\/acme\/orders:-bad"/],
    ["an image by tag without a tag", { image: "ghcr.io/acme/orders", allowMutableImageTag: true }, /image: .*or with allowMutableImageTag an explicit :tag/],
    ["an unknown size field", { size: { vcpu: 1 } }, /size\.vcpu: received 1; allowed: no such field/],
    ["memory below 512 MiB", { size: { memoryMiB: 256 } }, /size\.memoryMiB: received 256; allowed: an integer from 512 to 30720/],
    ["an unknown stability mode", { capacity: { stability: "eventual" } }, /capacity\.stability: received "eventual"; allowed: one of "static", "elastic"/],
    ["a CPU target above 90 %", { capacity: { targetCpuPercent: 95 } }, /capacity\.targetCpuPercent: received 95; allowed: an integer from 10 to 90/],
    ["zero concurrent requests per instance", { capacity: { concurrentRequestsPerInstance: 0 } }, /capacity\.concurrentRequestsPerInstance: received 0; allowed: an integer from 1 to 1000/],
    ["a max of zero instances", { capacity: { maxInstancesPerDatacentre: 0 } }, /capacity\.maxInstancesPerDatacentre: received 0; allowed: an integer from 1 to 1000/],
    ["a peak given both ways", { capacity: { peak: { instances: 4, requestsPerSecond: 100, requestsPerSecondPerInstance: 10 } } }, /capacity\.peak: received an object; allowed: either \{ instances \} or \{ requestsPerSecond, requestsPerSecondPerInstance \}, not both/],
    ["a peak of zero instances", { capacity: { peak: { instances: 0 } } }, /capacity\.peak\.instances: received 0; allowed: an integer from 1 to 100000/],
    ["a request-rate peak without a per-instance rate", { capacity: { peak: { requestsPerSecond: 100 } } }, /capacity\.peak\.requestsPerSecondPerInstance: received undefined; allowed: an integer/],
    ["an unknown peak field", { capacity: { peak: { rps: 100 } } }, /capacity\.peak\.rps: received 100; allowed: no such field/],
    ["a probe timeout the 10 s interval cannot take", { routing: { probeTimeoutSeconds: 10 } }, /routing\.probeTimeoutSeconds: received 10; allowed: an integer from 5 to 9/],
    ["a TTL above 300 s", { routing: { dnsTtlSeconds: 301 } }, /routing\.dnsTtlSeconds: received 301; allowed: an integer from 0 to 300/],
    ["a failover bound of zero", { routing: { maxFailoverSeconds: 0 } }, /routing\.maxFailoverSeconds: received 0; allowed: an integer from 1 to 3600/],
    ["a Traffic Manager worst case above the bound", { routing: { maxFailoverSeconds: 113, probeTimeoutSeconds: 9 } }, /routing: received "traffic-manager worst case 114 s"; allowed: a worst-case failover for new connections within routing\.maxFailoverSeconds \(113 s; traffic-manager: \(2 \+ 1\) x 10 s \+ 9 s timeout \+ 60 s propagation \+ 15 s TTL\)/],
    ["a keep-alive above the bound", { edge: { keepAliveSeconds: 360 } }, /edge\.keepAliveSeconds: received "aws-us-east-1: 360 s"; allowed: an open connection leaving a failed datacentre within routing\.maxFailoverSeconds \(300 s; /],
    ["a keep-alive the Azure gateway cannot take", { edge: { keepAliveSeconds: 200 } }, /edge\.keepAliveSeconds: received 200; allowed: 240 to 1800, a multiple of 60 on azure/],
    ["an unknown edge field", { edge: { keepAlive: 60 } }, /edge\.keepAlive: received 60; allowed: no such field; known fields are keepAliveSeconds, unboundedConnections/],
    ["an invalid Azure DNS resource group", { dns: { azureZoneResourceGroup: "dns." } }, /dns\.azureZoneResourceGroup: received "dns\."; allowed: an Azure resource group name/],
    ["a log retention of zero days", { logRetentionDays: 0 }, /logRetentionDays: received 0; allowed: an integer from 1 to 3650/],
    ["an unknown state backend", { stateBackend: { gcs: {} } }, /stateBackend\.gcs: received an object; allowed: no such field/],
    ["an S3 key prefix with spaces", { stateBackend: { aws: { bucketNamePrefix: "acme-tf", keyPrefix: "my state" } } }, /stateBackend\.aws\.keyPrefix: received "my state"; allowed: an S3 key prefix of safe characters/],
    ["a KMS key that is not an ARN or alias", { stateBackend: { aws: { bucketNamePrefix: "acme-tf", kmsKeyId: "1234abcd-12ab" } } }, /stateBackend\.aws\.kmsKeyId: received "1234abcd-12ab"; allowed: a KMS key ARN or alias\/<name>/],
    ["a blob container name with capitals", { stateBackend: { azure: { resourceGroupName: "tf", storageAccountNamePrefix: "acmetf", containerName: "TfState" } } }, /stateBackend\.azure\.containerName: received "TfState"; allowed: a blob container name/],
    ["a state resource group ending in a period", { stateBackend: { azure: { resourceGroupName: "tf.", storageAccountNamePrefix: "acmetf" } } }, /stateBackend\.azure\.resourceGroupName: received "tf\."; allowed: an Azure resource group name/],
    ["a blob key prefix with spaces", { stateBackend: { azure: { resourceGroupName: "tf", storageAccountNamePrefix: "acmetf", keyPrefix: "a b" } } }, /stateBackend\.azure\.keyPrefix: received "a b"; allowed: a blob name prefix of safe characters/],
    ["more than 100 env variables", { env: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`V${i}`, "x"])) }, /env: received an object; allowed: at most 100 variables/],
    ["an env value over 4096 characters", { env: { BIG: "x".repeat(4097) } }, /env\.BIG: received "x{77}\.\.\."; allowed: a string of at most 4096 characters/],
    ["an env value with a Terraform template", { env: { GREETING: "hello ${var.name}" } }, /env\.GREETING: received "hello \$\{var\.name\}"; allowed: a string without Terraform template sequences/],
    ["more than 50 secrets", { secrets: Array.from({ length: 51 }, (_, i) => `S${i}`) }, /secrets: received an array of 51; allowed: an array of 0 to 50 entries/],
    ["secrets that are not an array", { secrets: "DATABASE_URL" }, /secrets: received "DATABASE_URL"; allowed: an array of 0 to 50 entries/],
    ["more than 40 tags", { tags: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`t${i}`, "x"])) }, /tags: received an object; allowed: at most 40 tags/],
    ["a tag value with forbidden characters", { tags: { team: "pay<ments>" } }, /tags\.team: received "pay<ments>"; allowed: a tag value of at most 256/],
    ["an unknown Azure deploy stage", { azure: { stages: { eastus: "half" } } }, /azure\.stages\.eastus: received "half"; allowed: one of "foundation", "workload", "bound"/],
    ["a deploy stage for a region without an Azure datacentre", { azure: { stages: { northeurope: "foundation" } } }, /azure\.stages\.northeurope: received "northeurope"; allowed: an Azure datacentre region of this service \(eastus, westeurope\)/],
    ["an invalid Key Vault certificate name", { azure: { certificateName: "tls_cert" } }, /azure\.certificateName: received "tls_cert"; allowed: a Key Vault certificate name/],
    ["a private operator CIDR", { azure: { operatorCidrs: ["10.1.0.0/16"] } }, /azure\.operatorCidrs\[0\]: received "10\.1\.0\.0\/16"; allowed: a canonical public IPv4 CIDR/],
    ["a datacentre drain flag that is not a boolean", { datacentres: [{ cloud: "aws", region: "us-east-1", drain: "yes" }, { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]\.drain: received "yes"; allowed: true or false/],
    ["a datacentre that is not an object", { datacentres: ["aws-us-east-1", { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]: received "aws-us-east-1"; allowed: an object/],
    ["a region that is not a string", { datacentres: [{ cloud: "aws", region: 1 }, { cloud: "azure", region: "eastus" }] }, /datacentres\[0\]\.region: received 1; allowed: a aws region name/],
  ];

  it.each(cases)("refuses %s, naming the field", (_label, overrides, message) => {
    const build = (): unknown => buildService(overrides as Partial<DualCloudServiceProps>);
    expect(build).toThrow(DualCloudValidationError);
    expect(build).toThrow(message);
  });

  it("accepts the escaped template sequence $${ in an env value", () => {
    expect(buildService({ env: { PRICE: "$${amount}" } }).service.model.env.PRICE).toBe("$${amount}");
  });
});
