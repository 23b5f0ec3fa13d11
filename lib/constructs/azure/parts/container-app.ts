import { ContainerApp, ContainerAppTemplateContainer } from "@cdktf/provider-azurerm/lib/container-app";
import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { CONTAINER_APPS_WORKLOAD_PROFILE } from "../azure-constants";
import { containerAppsSize } from "../container-apps-sizing";
import { keyVaultSecretName } from "../key-vault-names";

/** What the container app runs in and reads from. */
export interface ContainerAppInputs {
  /** The Container Apps environment. */
  readonly environment: ContainerAppEnvironment;
  /** The app's identity. */
  readonly identity: UserAssignedIdentity;
  /** The registry the image is pulled from. */
  readonly registry: ContainerRegistry;
  /** The vault the secrets are read from. */
  readonly keyVault: KeyVault;
  /** What must exist before the first revision starts: role assignments, private endpoints and DNS links. */
  readonly dependsOn: ITerraformDependable[];
}

/** The container app with the container and replica bounds it was built from. */
export interface AzureContainerApp {
  /** The container app. */
  readonly containerApp: ContainerApp;
  /** Its one container (image, size, env, probes). */
  readonly container: ContainerAppTemplateContainer;
  /** Its replica bounds. */
  readonly replicas: { readonly min: number; readonly max: number };
}

/**
 * Creates the container app (ID `app`): one container from the datacentre's
 * registry, secrets as Key Vault references read with the identity, startup,
 * readiness and liveness probes on the health path, external HTTPS-only
 * ingress and an HTTP-concurrency scale rule.
 */
export function createContainerApp(scope: Construct, service: ServiceModel, dc: DatacentreModel, resourceGroupName: string, inputs: ContainerAppInputs): AzureContainerApp {
  const size = containerAppsSize(service.cpu, service.memoryMiB);
  const vaultUri = inputs.keyVault.vaultUri;
  const secrets = service.secrets.map((s) => ({ env: s, name: keyVaultSecretName(s) }));
  const image = service.image.digest ? `${service.image.repository}@${service.image.digest}` : `${service.image.repository}:${service.image.tag}`;
  const probe = { transport: "HTTP", port: service.port, path: service.healthCheckPath };
  const container: ContainerAppTemplateContainer = {
    name: service.name,
    image: `${inputs.registry.loginServer}/${image}`,
    cpu: size.cpu,
    memory: size.memory,
    env: [...Object.entries(service.env).map(([name, value]) => ({ name, value })), ...secrets.map((s) => ({ name: s.env, secretName: s.name }))],
    startupProbe: [{ ...probe, intervalSeconds: 5, timeout: 3, failureCountThreshold: 24 }],
    readinessProbe: [{ ...probe, intervalSeconds: 5, timeout: 3, failureCountThreshold: 3, successCountThreshold: 1 }],
    livenessProbe: [{ ...probe, intervalSeconds: 10, timeout: 5, failureCountThreshold: 3 }],
  };
  const replicas = { min: dc.minInstances, max: dc.maxInstances };
  const identityId = inputs.identity.id;
  const containerApp = new ContainerApp(scope, "app", {
    name: physicalName("containerAppName", [service.name]),
    resourceGroupName,
    containerAppEnvironmentId: inputs.environment.id,
    revisionMode: "Single",
    workloadProfileName: CONTAINER_APPS_WORKLOAD_PROFILE,
    identity: { type: "UserAssigned", identityIds: [identityId] },
    registry: [{ server: inputs.registry.loginServer, identity: identityId }],
    secret: secrets.map((s) => ({ name: s.name, keyVaultSecretId: `${vaultUri}secrets/${s.name}`, identity: identityId })),
    ingress: {
      externalEnabled: true,
      targetPort: service.port,
      transport: "auto",
      allowInsecureConnections: false,
      trafficWeight: [{ latestRevision: true, percentage: 100 }],
    },
    template: {
      minReplicas: replicas.min,
      maxReplicas: replicas.max,
      container: [container],
      httpScaleRule: [{ name: "http-concurrency", concurrentRequests: String(service.capacity.concurrentRequestsPerInstance) }],
    },
    dependsOn: inputs.dependsOn,
  });
  return { containerApp, container, replicas };
}
