import { Construct } from "constructs";
import { DualCloudService, DualCloudServiceProps } from "../lib";

/** The example service's name: its stacks are `orders-<cloud>-<region>`, `orders-global-aws` and `orders-global-azure`. */
export const EXAMPLE_SERVICE_NAME = "orders";

/** The example: one realistic service across the four default datacentres. */
export const EXAMPLE_SERVICE_PROPS: DualCloudServiceProps = {
  image: "ghcr.io/acme/orders@sha256:4f5a3c2b1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a",
  port: 8080,
  healthCheckPath: "/health",
  domain: "orders.example.com",
  datacentres: [
    { cloud: "aws", region: "us-east-1" },
    { cloud: "aws", region: "eu-west-1" },
    { cloud: "azure", region: "eastus" },
    { cloud: "azure", region: "westeurope" },
  ],
  env: { LOG_LEVEL: "info" },
  secrets: ["DATABASE_URL"],
  // DATABASE_URL points at Postgres in 10.100.0.0/16 (reached through your peering or private link);
  // without this entry the egress allow-list lets the service out on HTTPS (443) only.
  network: { allowOutbound: [{ cidr: "10.100.0.0/16", ports: 5432, description: "orders database (Postgres)" }] },
  size: { cpu: 0.5, memoryMiB: 1024 },
  capacity: { minInstancesPerDatacentre: 3, maxInstancesPerDatacentre: 10, peak: { requestsPerSecond: 1200, requestsPerSecondPerInstance: 200 }, stability: "static" },
  tags: { team: "payments", "cost-centre": "cc-1234" },
  alerts: { emails: ["orders-oncall@example.com"] },
};

/** Adds the example service to `scope` (the app). Tests and `stacks/main.ts` share it. */
export function addExampleService(scope: Construct): DualCloudService {
  return new DualCloudService(scope, EXAMPLE_SERVICE_NAME, EXAMPLE_SERVICE_PROPS);
}
