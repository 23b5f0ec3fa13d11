import { describeWithGcp } from "./support/core";
import { buildService } from "./support/synth";

/** Every datacentre of one service, whatever its cloud, runs the same thing. */
describe("runtime parity across clouds", () => {
  describeWithGcp("given a service in AWS, Azure and Google Cloud with env, secrets and a size", () => {
    const { service } = buildService({
      datacentres: [
        { cloud: "aws", region: "us-east-1" },
        { cloud: "aws", region: "eu-west-1" },
        { cloud: "azure", region: "eastus" },
        { cloud: "azure", region: "westeurope" },
        { cloud: "gcp", region: "europe-west1" },
      ],
      gcp: { projectId: "acme-orders-prod" },
      env: { LOG_LEVEL: "info", FEATURE_FLAGS: "beta" },
      secrets: ["DATABASE_URL", "API_KEY"],
      size: { cpu: 1, memoryMiB: 2048 },
      capacity: { minInstancesPerDatacentre: 3, maxInstancesPerDatacentre: 12 },
    });

    it("reports the same port, health path, env, secrets, size and replicas in every datacentre", () => {
      const contracts = Object.fromEntries(service.datacentreStacks.map((s) => [s.datacentre.key, s.runtimeContract()]));
      const expected = {
        port: 8080, healthCheckPath: "/health", envNames: ["FEATURE_FLAGS", "LOG_LEVEL"], secretNames: ["API_KEY", "DATABASE_URL"], cpu: 1, memoryMiB: 2048, minReplicas: 3, maxReplicas: 12,
      };
      expect(contracts).toEqual({
        "aws-us-east-1": expected, "aws-eu-west-1": expected, "azure-eastus": expected, "azure-westeurope": expected, "gcp-europe-west1": expected,
      });
    });
  });

  describe("given one datacentre with its own instance bounds", () => {
    const { service } = buildService({
      datacentres: [{ cloud: "aws", region: "us-east-1", minInstances: 4, maxInstances: 20 }, { cloud: "azure", region: "eastus" }],
    });

    it("differs only in the replica bounds it overrides", () => {
      const [aws, azure] = service.datacentreStacks.map((s) => s.runtimeContract());
      expect({ ...aws, minReplicas: 0, maxReplicas: 0 }).toEqual({ ...azure, minReplicas: 0, maxReplicas: 0 });
      expect([aws.minReplicas, aws.maxReplicas, azure.minReplicas, azure.maxReplicas]).toEqual([4, 20, 2, 10]);
    });
  });
});
