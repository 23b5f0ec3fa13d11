import { DatacentreSpec } from "./props";

/** Two AWS and two Azure regions across North America and Europe. */
export const DEFAULT_DATACENTRES: readonly DatacentreSpec[] = [
  { cloud: "aws", region: "us-east-1" },
  { cloud: "aws", region: "eu-west-1" },
  { cloud: "azure", region: "eastus" },
  { cloud: "azure", region: "westeurope" },
];

/** Defaults for every optional scalar, in one place the compiler can see. */
export const DEFAULTS = {
  cpu: 0.5,
  memoryMiB: 1024,
  minInstancesPerDatacentre: 2,
  maxInstancesPerDatacentre: 10,
  stability: "static",
  targetCpuPercent: 60,
  concurrentRequestsPerInstance: 50,
  readOnlyRootFilesystem: true,
  logRetentionDays: 30,
  weight: 100,
  routingPolicy: "latency",
  primaryCloud: "aws",
  probeIntervalSeconds: 10,
  failureThreshold: 3,
  probeTimeoutSeconds: 5,
  dnsTtlSeconds: 15,
  maxFailoverSeconds: 60,
  azureZoneResourceGroup: "dns",
  stateKeyPrefix: "dualcloud",
  stateContainerName: "tfstate",
  egress: "zone-redundant",
} as const;
