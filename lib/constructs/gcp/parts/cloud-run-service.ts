import { CloudRunV2Service, CloudRunV2ServiceTemplateContainers } from "@cdktf/provider-google/lib/cloud-run-v2-service";
import { ComputeNetwork } from "@cdktf/provider-google/lib/compute-network";
import { ComputeRouterNat } from "@cdktf/provider-google/lib/compute-router-nat";
import { ComputeSubnetwork } from "@cdktf/provider-google/lib/compute-subnetwork";
import { SecretManagerSecret } from "@cdktf/provider-google/lib/secret-manager-secret";
import { SecretManagerSecretIamMember } from "@cdktf/provider-google/lib/secret-manager-secret-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { cloudRunSize } from "../cloud-run-sizing";
import { gcpCloudRunServiceName } from "../gcp-names";

/** Seconds between startup probes. */
const STARTUP_PROBE_PERIOD_SECONDS = 5;
/** Failed startup probes before the instance is shut down: with the period, Cloud Run's 240 s maximum. */
const STARTUP_PROBE_FAILURE_THRESHOLD = 48;

/** What the Cloud Run service runs as, reads and sends its egress through. */
export interface CloudRunServiceInputs {
  /** The image reference in the datacentre's repository. */
  readonly image: string;
  /** The identity the service runs as. */
  readonly serviceAccount: ServiceAccount;
  /** The secrets, by declared name. */
  readonly secrets: Readonly<Record<string, SecretManagerSecret>>;
  /** The service account's access to each secret, which the first revision waits for. */
  readonly secretAccessors: Readonly<Record<string, SecretManagerSecretIamMember>>;
  /** The VPC network of direct VPC egress. */
  readonly network: ComputeNetwork;
  /** The egress subnet. */
  readonly subnet: ComputeSubnetwork;
  /** Cloud NAT, the egress path the first revision waits for. */
  readonly nat: ComputeRouterNat;
}

/**
 * Creates the Cloud Run (v2) service (ID `service`), reachable only through
 * the load balancer: one container with the service's env and secrets,
 * startup and liveness probes on the health path, all egress through the VPC.
 */
export function createCloudRunService(
  scope: Construct,
  service: ServiceModel,
  dc: DatacentreModel,
  inputs: CloudRunServiceInputs,
): { cloudRunService: CloudRunV2Service; container: CloudRunV2ServiceTemplateContainers } {
  const size = cloudRunSize(service.cpu, service.memoryMiB);
  const probe = { httpGet: { path: service.healthCheckPath, port: service.port } };
  const container: CloudRunV2ServiceTemplateContainers = {
    name: service.name,
    image: inputs.image,
    ports: { containerPort: service.port },
    resources: { limits: { cpu: size.limits.cpu, memory: size.limits.memory }, cpuIdle: false, startupCpuBoost: true },
    env: [
      ...Object.entries(service.env).map(([envName, value]) => ({ name: envName, value })),
      ...service.secrets.map((s) => ({ name: s, valueSource: { secretKeyRef: { secret: inputs.secrets[s].secretId, version: "latest" } } })),
    ],
    // 48 x 5 s = 240 s, Cloud Run's maximum for a startup probe: Direct VPC egress can delay connections by a minute or more at startup (docs/gcp.md#startup-probe-budget).
    startupProbe: { ...probe, periodSeconds: STARTUP_PROBE_PERIOD_SECONDS, timeoutSeconds: 3, failureThreshold: STARTUP_PROBE_FAILURE_THRESHOLD },
    livenessProbe: { ...probe, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
  };
  const cloudRunService = new CloudRunV2Service(scope, "service", {
    name: gcpCloudRunServiceName(service),
    location: dc.region.name,
    ingress: "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER",
    // The load balancer calls the service without a Google identity; ingress keeps everyone else out.
    invokerIamDisabled: true,
    // Stateless and rebuilt from the digest and config; protection would make a replacement or a drill's destroy need an extra apply (docs/gcp.md#destroying-a-datacentre-and-deploying-it-again).
    deletionProtection: false,
    template: {
      serviceAccount: inputs.serviceAccount.email,
      executionEnvironment: "EXECUTION_ENVIRONMENT_GEN2",
      maxInstanceRequestConcurrency: service.capacity.concurrentRequestsPerInstance,
      scaling: { minInstanceCount: dc.minInstances, maxInstanceCount: dc.maxInstances },
      vpcAccess: { networkInterfaces: [{ network: inputs.network.id, subnetwork: inputs.subnet.id }], egress: "ALL_TRAFFIC" },
      containers: [container],
    },
    dependsOn: [...Object.values(inputs.secretAccessors), inputs.nat],
  });
  return { cloudRunService, container };
}
