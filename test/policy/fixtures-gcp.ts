import { ArtifactRegistryRepository } from "@cdktf/provider-google/lib/artifact-registry-repository";
import { ArtifactRegistryRepositoryIamMember } from "@cdktf/provider-google/lib/artifact-registry-repository-iam-member";
import { CloudRunV2Service, CloudRunV2ServiceConfig } from "@cdktf/provider-google/lib/cloud-run-v2-service";
import { CloudRunV2ServiceIamMember } from "@cdktf/provider-google/lib/cloud-run-v2-service-iam-member";
import { ComputeSslPolicy } from "@cdktf/provider-google/lib/compute-ssl-policy";
import { ComputeSubnetwork, ComputeSubnetworkConfig } from "@cdktf/provider-google/lib/compute-subnetwork";
import { ComputeTargetHttpProxy } from "@cdktf/provider-google/lib/compute-target-http-proxy";
import { ComputeTargetHttpsProxy } from "@cdktf/provider-google/lib/compute-target-https-proxy";
import { ComputeUrlMap } from "@cdktf/provider-google/lib/compute-url-map";
import { DnsManagedZone } from "@cdktf/provider-google/lib/dns-managed-zone";
import { ComputeFirewall } from "@cdktf/provider-google/lib/compute-firewall";
import { ComputeNetwork } from "@cdktf/provider-google/lib/compute-network";
import { KmsCryptoKey } from "@cdktf/provider-google/lib/kms-crypto-key";
import { LoggingProjectBucketConfig } from "@cdktf/provider-google/lib/logging-project-bucket-config";
import { ComputeBackendService } from "@cdktf/provider-google/lib/compute-backend-service";
import { TerraformStack } from "cdktf";
import { RuleFixture } from "./fixture";

const PROBE = { httpGet: { path: "/healthz", port: 8080 } };

function service(stack: TerraformStack, change: (c: CloudRunV2ServiceConfig) => CloudRunV2ServiceConfig = (c) => c): CloudRunV2Service {
  const base: CloudRunV2ServiceConfig = {
    name: "orders",
    location: "europe-west1",
    ingress: "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER",
    template: {
      serviceAccount: "orders@acme.iam.gserviceaccount.com",
      containers: [
        {
          name: "orders",
          image: "europe-west1-docker.pkg.dev/acme/orders/app@sha256:0",
          env: [{ name: "LOG_LEVEL", value: "info" }, { name: "DATABASE_URL", valueSource: { secretKeyRef: { secret: "orders-db", version: "latest" } } }],
          startupProbe: PROBE,
          livenessProbe: PROBE,
        },
      ],
    },
  };
  return new CloudRunV2Service(stack, "run", change(base));
}

function withContainer(c: CloudRunV2ServiceConfig, change: Record<string, unknown>): CloudRunV2ServiceConfig {
  const containers = c.template.containers as unknown as Record<string, unknown>[];
  return { ...c, template: { ...c.template, containers: [{ ...containers[0], ...change } as never] } };
}

function subnet(stack: TerraformStack, extra: Partial<ComputeSubnetworkConfig> = {}): ComputeSubnetwork {
  return new ComputeSubnetwork(stack, "subnet", {
    name: "run",
    network: "net",
    region: "europe-west1",
    ipCidrRange: "10.128.0.0/20",
    privateIpGoogleAccess: true,
    logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 0.5, metadata: "INCLUDE_ALL_METADATA" },
    ...extra,
  });
}

function httpProxy(stack: TerraformStack, redirect: boolean): ComputeTargetHttpProxy {
  const map = redirect
    ? new ComputeUrlMap(stack, "map", { name: "redirect", defaultUrlRedirect: { httpsRedirect: true, stripQuery: false } })
    : new ComputeUrlMap(stack, "map", { name: "serve", defaultService: "projects/acme/global/backendServices/orders" });
  return new ComputeTargetHttpProxy(stack, "http", { name: "http", urlMap: map.id });
}

/** A compliant and a non-compliant fixture for every Google Cloud rule. */
export const RULE_FIXTURES: Record<string, RuleFixture> = {
  "gcp-cloud-run-ingress-load-balancer-only": {
    compliant: (s) => service(s),
    nonCompliant: (s) => service(s, (c) => ({ ...c, ingress: "INGRESS_TRAFFIC_ALL" })),
  },
  "gcp-cloud-run-no-public-invoker": {
    compliant: (s) => new CloudRunV2ServiceIamMember(s, "invoker", { name: "orders", location: "europe-west1", role: "roles/run.invoker", member: "serviceAccount:lb@acme.iam.gserviceaccount.com" }),
    nonCompliant: (s) => new CloudRunV2ServiceIamMember(s, "invoker", { name: "orders", location: "europe-west1", role: "roles/run.invoker", member: "allUsers" }),
  },
  "gcp-cloud-run-dedicated-service-account": {
    compliant: (s) => service(s),
    nonCompliant: (s) => service(s, (c) => ({ ...c, template: { ...c.template, serviceAccount: undefined } })),
  },
  "gcp-cloud-run-probes": {
    compliant: (s) => service(s),
    nonCompliant: (s) => service(s, (c) => withContainer(c, { startupProbe: undefined })),
  },
  "gcp-cloud-run-no-plaintext-secrets": {
    compliant: (s) => service(s),
    nonCompliant: (s) => service(s, (c) => withContainer(c, { env: [{ name: "DATABASE_URL", value: "postgres://u:p@db/orders" }] })),
  },
  "gcp-artifact-registry-immutable-tags": {
    compliant: (s) => new ArtifactRegistryRepository(s, "repo", { repositoryId: "orders", location: "europe-west1", format: "DOCKER", dockerConfig: { immutableTags: true } }),
    nonCompliant: (s) => new ArtifactRegistryRepository(s, "repo", { repositoryId: "orders", location: "europe-west1", format: "DOCKER" }),
  },
  "gcp-artifact-registry-no-public-access": {
    compliant: (s) => new ArtifactRegistryRepositoryIamMember(s, "reader", { repository: "orders", location: "europe-west1", role: "roles/artifactregistry.reader", member: "serviceAccount:run@acme.iam.gserviceaccount.com" }),
    nonCompliant: (s) => new ArtifactRegistryRepositoryIamMember(s, "reader", { repository: "orders", location: "europe-west1", role: "roles/artifactregistry.reader", member: "allUsers" }),
  },
  "gcp-ssl-policy-min-tls": {
    compliant: (s) => new ComputeSslPolicy(s, "tls", { name: "tls", profile: "MODERN", minTlsVersion: "TLS_1_2" }),
    nonCompliant: (s) => new ComputeSslPolicy(s, "tls", { name: "tls", profile: "COMPATIBLE" }),
  },
  "gcp-https-proxy-ssl-policy": {
    compliant: (s) => new ComputeTargetHttpsProxy(s, "https", { name: "https", urlMap: "map", certificateMap: "//certificatemanager.googleapis.com/projects/acme/locations/global/certificateMaps/orders", sslPolicy: "tls" }),
    nonCompliant: (s) => new ComputeTargetHttpsProxy(s, "https", { name: "https", urlMap: "map", certificateMap: "//certificatemanager.googleapis.com/projects/acme/locations/global/certificateMaps/orders" }),
  },
  "gcp-http-proxy-redirects-to-https": { compliant: (s) => httpProxy(s, true), nonCompliant: (s) => httpProxy(s, false) },
  "gcp-subnet-flow-logs": { compliant: (s) => subnet(s), nonCompliant: (s) => subnet(s, { logConfig: undefined }) },
  "gcp-subnet-private-google-access": { compliant: (s) => subnet(s), nonCompliant: (s) => subnet(s, { privateIpGoogleAccess: false }) },
  "gcp-dns-dnssec": {
    compliant: (s) => new DnsManagedZone(s, "zone", { name: "orders-gcp", dnsName: "gcp.orders.example.com.", dnssecConfig: { state: "on" } }),
    nonCompliant: (s) => new DnsManagedZone(s, "zone", { name: "orders-gcp", dnsName: "gcp.orders.example.com." }),
  },
  "gcp-log-bucket-retention": {
    compliant: (s) => new LoggingProjectBucketConfig(s, "logs", { project: "acme", location: "europe-west1", bucketId: "orders", retentionDays: 30 }),
    nonCompliant: (s) => new LoggingProjectBucketConfig(s, "logs", { project: "acme", location: "europe-west1", bucketId: "orders", retentionDays: 7 }),
  },
  "gcp-backend-service-cloud-armor": {
    compliant: (s) => new ComputeBackendService(s, "backend", { name: "backend", loadBalancingScheme: "EXTERNAL_MANAGED", securityPolicy: "projects/acme/global/securityPolicies/orders" }),
    nonCompliant: (s) => new ComputeBackendService(s, "backend", { name: "backend", loadBalancingScheme: "EXTERNAL_MANAGED" }),
  },
  "gcp-network-egress-deny-default": {
    compliant: (s) => {
      const network = new ComputeNetwork(s, "net", { name: "net", autoCreateSubnetworks: false });
      new ComputeFirewall(s, "deny", { name: "deny", network: network.id, direction: "EGRESS", priority: 65534, destinationRanges: ["0.0.0.0/0"], deny: [{ protocol: "all" }] });
      return network;
    },
    nonCompliant: (s) => {
      const network = new ComputeNetwork(s, "net", { name: "net", autoCreateSubnetworks: false });
      new ComputeFirewall(s, "deny", { name: "deny", network: network.id, direction: "EGRESS", priority: 65534, destinationRanges: ["0.0.0.0/0"], deny: [{ protocol: "all" }] });
      new ComputeFirewall(s, "everything", { name: "everything", network: network.id, direction: "EGRESS", priority: 1000, destinationRanges: ["0.0.0.0/0"], allow: [{ protocol: "tcp" }] });
      return network;
    },
  },
  "gcp-artifact-registry-cmek": {
    compliant: (s) => new ArtifactRegistryRepository(s, "repo", { repositoryId: "orders", location: "europe-west1", format: "DOCKER", kmsKeyName: "projects/acme/locations/europe-west1/keyRings/orders/cryptoKeys/registry" }),
    nonCompliant: (s) => new ArtifactRegistryRepository(s, "repo", { repositoryId: "orders", location: "europe-west1", format: "DOCKER" }),
  },
  "gcp-kms-key-rotation": {
    compliant: (s) => new KmsCryptoKey(s, "key", { name: "registry", keyRing: "projects/acme/locations/europe-west1/keyRings/orders", rotationPeriod: "7776000s" }),
    nonCompliant: (s) => new KmsCryptoKey(s, "key", { name: "registry", keyRing: "projects/acme/locations/europe-west1/keyRings/orders", rotationPeriod: "31536000s" }),
  },
};
