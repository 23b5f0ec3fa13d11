import { ArtifactRegistryRepository } from "@cdktf/provider-google/lib/artifact-registry-repository";
import { CertificateManagerCertificate } from "@cdktf/provider-google/lib/certificate-manager-certificate";
import { CertificateManagerCertificateMap } from "@cdktf/provider-google/lib/certificate-manager-certificate-map";
import { CertificateManagerCertificateMapEntry } from "@cdktf/provider-google/lib/certificate-manager-certificate-map-entry";
import { CertificateManagerDnsAuthorization } from "@cdktf/provider-google/lib/certificate-manager-dns-authorization";
import { CloudRunV2Service, CloudRunV2ServiceTemplateContainers } from "@cdktf/provider-google/lib/cloud-run-v2-service";
import { ComputeBackendService } from "@cdktf/provider-google/lib/compute-backend-service";
import { ComputeGlobalAddress } from "@cdktf/provider-google/lib/compute-global-address";
import { ComputeGlobalForwardingRule } from "@cdktf/provider-google/lib/compute-global-forwarding-rule";
import { ComputeNetwork } from "@cdktf/provider-google/lib/compute-network";
import { ComputeRegionNetworkEndpointGroup } from "@cdktf/provider-google/lib/compute-region-network-endpoint-group";
import { ComputeRouter } from "@cdktf/provider-google/lib/compute-router";
import { ComputeRouterNat } from "@cdktf/provider-google/lib/compute-router-nat";
import { ComputeSslPolicy } from "@cdktf/provider-google/lib/compute-ssl-policy";
import { ComputeSubnetwork } from "@cdktf/provider-google/lib/compute-subnetwork";
import { ComputeTargetHttpProxy } from "@cdktf/provider-google/lib/compute-target-http-proxy";
import { ComputeTargetHttpsProxy } from "@cdktf/provider-google/lib/compute-target-https-proxy";
import { ComputeUrlMap } from "@cdktf/provider-google/lib/compute-url-map";
import { DnsManagedZone } from "@cdktf/provider-google/lib/dns-managed-zone";
import { DnsRecordSet } from "@cdktf/provider-google/lib/dns-record-set";
import { LoggingProjectBucketConfig } from "@cdktf/provider-google/lib/logging-project-bucket-config";
import { LoggingProjectSink } from "@cdktf/provider-google/lib/logging-project-sink";
import { SecretManagerSecret } from "@cdktf/provider-google/lib/secret-manager-secret";
import { SecretManagerSecretIamMember } from "@cdktf/provider-google/lib/secret-manager-secret-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { Construct } from "constructs";
import { GcpDeployStage } from "../../model/props";
import { ServiceRuntimeContract } from "../../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { physicalName } from "../../naming/physical-name";
import { subdivide } from "../../network/cidr";
import { cloudRunSize } from "./cloud-run-sizing";
import { datacentreIn } from "../deploy-after-owner";

/** Prefix length of the subnet Cloud Run's direct VPC egress uses, the first block of the datacentre CIDR. */
export const GCP_SUBNET_PREFIX = 20;

/** TTL of the records each GCP datacentre writes in Cloud DNS. */
export const GCP_RECORD_TTL = 60;

/** The role that reads a secret's versions; granted on each of the datacentre's secrets only. */
export const SECRET_ACCESSOR_ROLE = "roles/secretmanager.secretAccessor";

/** Label Certificate Manager's DNS authorization validates through (`_acme-challenge.<domain>`). */
export const ACME_CHALLENGE_LABEL = "_acme-challenge";

/** The TLS policy of every GCP load balancer: the MODERN profile, TLS 1.2 or later. */
export const GCP_SSL_POLICY: GcpSslPolicySettings = { profile: "MODERN", minTlsVersion: "TLS_1_2" };

/** The TLS settings of a `google_compute_ssl_policy`. */
export interface GcpSslPolicySettings {
  /** Cipher profile: `MODERN` or `RESTRICTED`. */
  readonly profile: string;
  /** Oldest TLS version accepted, e.g. `TLS_1_2`. */
  readonly minTlsVersion: string;
}

/** Props of {@link GcpDatacentre}. */
export interface GcpDatacentreProps {
  /** The validated service (from `resolveServiceModel`), with `gcp.projectId` set. */
  readonly service: ServiceModel;
  /** The GCP datacentre to build. */
  readonly datacentre: DatacentreModel;
  /**
   * Create what every GCP datacentre shares: the Cloud DNS zone `gcp.<domain>`
   * and the DNS authorization of `<domain>`. Exactly one GCP datacentre must own them.
   * @default - true for the datacentre in `gcp.dnsZoneRegion` (the first GCP datacentre listed, unless pinned)
   */
  readonly ownsSharedDnsZone?: boolean;
}

/** The GCP datacentre that owns the shared Cloud DNS zone and DNS authorization. */
export function gcpDnsZoneOwner(service: ServiceModel): DatacentreModel | undefined {
  return datacentreIn(service, "gcp", service.gcp?.dnsZoneRegion);
}

/** Name of the Cloud DNS zone `gcp.<domain>`, which every GCP datacentre writes its records into. */
export function gcpDnsZoneName(service: ServiceModel): string {
  return physicalName("dnsManagedZoneName", [service.name, "gcp"]);
}

/** Name of the shared Certificate Manager DNS authorization of `<domain>`. */
export function gcpDomainAuthorizationName(service: ServiceModel): string {
  return physicalName("certificateManagerDnsAuthorizationName", [service.name, "domain"]);
}

/** The image path in a datacentre's Artifact Registry repository: `<region>-docker.pkg.dev/<project>/<repo>/<image>@<digest>`. */
export function gcpImageReference(service: ServiceModel, region: string, repositoryId: string): string {
  const project = requireProject(service);
  const path = `${region}-docker.pkg.dev/${project}/${repositoryId}/${service.image.repository}`;
  return service.image.digest !== undefined ? `${path}@${service.image.digest}` : `${path}:${service.image.tag}`;
}

function requireProject(service: ServiceModel): string {
  if (!service.gcp) throw new Error("dualcloud: a GCP datacentre without gcp.projectId; validation should have refused this");
  return service.gcp.projectId;
}

/**
 * One Google Cloud datacentre: a Cloud Run (v2) service that only the load
 * balancer can reach (ingress `INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER`),
 * behind a global external Application Load Balancer (serverless NEG, HTTPS
 * with a Certificate Manager certificate authorized through DNS, a MODERN /
 * TLS 1.2 SSL policy, HTTP only to redirect); its own Artifact Registry
 * repository (immutable tags, protected from destroy), a dedicated service
 * account with `secretAccessor` on this datacentre's secrets only, Secret
 * Manager secrets (names only, values set out of band), a log bucket with the
 * service's retention, and direct VPC egress through a private subnet with
 * Cloud NAT. Its endpoint `<region>.gcp.<domain>` is an A record in the Cloud
 * DNS zone `gcp.<domain>`, which the owner datacentre creates.
 *
 * Why a load balancer and not a Cloud Run domain mapping: domain mappings are
 * limited (preview, few regions) and issue their certificate only when the
 * name resolves straight to Google. Behind dualcloud's DNS failover `<domain>`
 * resolves through Route 53 or Traffic Manager, the trap Azure managed
 * certificates hit. A Certificate Manager certificate with DNS authorization
 * validates through `_acme-challenge` CNAMEs wherever the name resolves.
 *
 * Use it inside any stack that has a google provider for the datacentre's
 * region; its construct ID should be the datacentre key (`gcp-europe-west1`).
 */
export class GcpDatacentre extends Construct {
  /** The service. */
  public readonly service: ServiceModel;
  /** The datacentre. */
  public readonly datacentre: DatacentreModel;
  /** How far this datacentre is deployed. */
  public readonly stage: GcpDeployStage;
  /** The VPC network (custom subnets) Cloud Run's egress goes through. */
  public readonly network: ComputeNetwork;
  /** The private subnet (first /20 of the datacentre CIDR) with flow logs and Private Google Access. */
  public readonly subnet: ComputeSubnetwork;
  /** Cloud Router of the NAT. */
  public readonly router: ComputeRouter;
  /** Cloud NAT: the subnet's only path to the internet. */
  public readonly nat: ComputeRouterNat;
  /** Docker repository the image is copied into (immutable tags, protected from destroy). */
  public readonly repository: ArtifactRegistryRepository;
  /** The image the service runs, from {@link repository}. */
  public readonly image: string;
  /** The identity the service runs as. */
  public readonly serviceAccount: ServiceAccount;
  /** One Secret Manager secret per declared secret, by name (values set out of band). */
  public readonly secrets: Readonly<Record<string, SecretManagerSecret>>;
  /** `secretAccessor` for the service account on each secret, by secret name. */
  public readonly secretAccessors: Readonly<Record<string, SecretManagerSecretIamMember>>;
  /** Log bucket in the region, keeping the service's logs for `logRetentionDays`. */
  public readonly logBucket: LoggingProjectBucketConfig;
  /** Sink routing the Cloud Run service's logs into {@link logBucket}. */
  public readonly logSink: LoggingProjectSink;
  /** Cloud DNS zone `gcp.<domain>`, when this datacentre owns it. */
  public readonly zone?: DnsManagedZone;
  /** DNS authorization of `<domain>`, when this datacentre owns it. */
  public readonly domainAuthorization?: CertificateManagerDnsAuthorization;
  /** CNAME `_acme-challenge.gcp.<domain>` -> the authorization's target, when this datacentre owns it. */
  public readonly domainAuthorizationRecord?: DnsRecordSet;
  /** DNS authorization of the endpoint hostname. */
  public readonly endpointAuthorization: CertificateManagerDnsAuthorization;
  /** Its CNAME `_acme-challenge.<region>.gcp.<domain>` in the zone. */
  public readonly endpointAuthorizationRecord: DnsRecordSet;
  /** Google-managed certificate for `<domain>` and the endpoint hostname. */
  public readonly certificate: CertificateManagerCertificate;
  /** Certificate map of the HTTPS proxy. */
  public readonly certificateMap: CertificateManagerCertificateMap;
  /** Map entries: `<domain>`, the endpoint hostname, and the primary (no SNI) entry. */
  public readonly certificateMapEntries: readonly CertificateManagerCertificateMapEntry[];
  /** The load balancer's global IPv4 address. */
  public readonly address: ComputeGlobalAddress;
  /** A record `<region>.gcp.<domain>` -> {@link address}. */
  public readonly endpointRecord: DnsRecordSet;
  /** TLS policy of the HTTPS proxy (MODERN, TLS 1.2+). */
  public readonly sslPolicy: ComputeSslPolicy;
  /** The Cloud Run service; absent at the `foundation` stage. */
  public readonly cloudRunService?: CloudRunV2Service;
  /** Serverless NEG of the Cloud Run service. */
  public readonly networkEndpointGroup?: ComputeRegionNetworkEndpointGroup;
  /** Backend service (EXTERNAL_MANAGED, request logs on). */
  public readonly backendService?: ComputeBackendService;
  /** URL map of the HTTPS proxy. */
  public readonly urlMap?: ComputeUrlMap;
  /** HTTPS proxy with the certificate map and the SSL policy. */
  public readonly httpsProxy?: ComputeTargetHttpsProxy;
  /** Forwarding rule for 443. */
  public readonly httpsForwardingRule?: ComputeGlobalForwardingRule;
  /** URL map that only redirects HTTP to HTTPS. */
  public readonly redirectUrlMap?: ComputeUrlMap;
  /** HTTP proxy of {@link redirectUrlMap}. */
  public readonly httpProxy?: ComputeTargetHttpProxy;
  /** Forwarding rule for 80 (redirect only). */
  public readonly httpForwardingRule?: ComputeGlobalForwardingRule;

  private readonly container?: CloudRunV2ServiceTemplateContainers;

  constructor(scope: Construct, id: string, props: GcpDatacentreProps) {
    super(scope, id);
    const { service, datacentre: dc } = props;
    if (dc.cloud !== "gcp") throw new Error(`dualcloud: GcpDatacentre given the ${dc.cloud} datacentre ${dc.key}`);
    this.service = service;
    this.datacentre = dc;
    const project = requireProject(service);
    const region = dc.region.name;
    this.stage = service.gcp?.stages[region] ?? "serving";
    const owner = props.ownsSharedDnsZone ?? gcpDnsZoneOwner(service)?.key === dc.key;
    const name = (role?: string): string[] => (role ? [service.name, region, role] : [service.name, region]);

    // Network: Cloud Run sends all egress through a private subnet and Cloud NAT.
    this.network = new ComputeNetwork(this, "network", { name: physicalName("computeNetworkName", name()), autoCreateSubnetworks: false, routingMode: "REGIONAL" });
    const [subnetCidr] = subdivide(dc.cidr, GCP_SUBNET_PREFIX, 1);
    this.subnet = new ComputeSubnetwork(this, "subnet", {
      name: physicalName("computeSubnetworkName", name("run")),
      network: this.network.id,
      region,
      ipCidrRange: subnetCidr,
      privateIpGoogleAccess: true,
      logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 0.5, metadata: "INCLUDE_ALL_METADATA" },
    });
    this.router = new ComputeRouter(this, "router", { name: physicalName("computeRouterName", name()), network: this.network.id, region });
    this.nat = new ComputeRouterNat(this, "nat", {
      name: physicalName("computeRouterNatName", name()),
      router: this.router.name,
      region,
      natIpAllocateOption: "AUTO_ONLY",
      sourceSubnetworkIpRangesToNat: "LIST_OF_SUBNETWORKS",
      subnetwork: [{ name: this.subnet.id, sourceIpRangesToNat: ["ALL_IP_RANGES"] }],
      logConfig: { enable: true, filter: "ERRORS_ONLY" },
    });

    // Registry: the pipeline copies the image by digest into this repository.
    const repositoryId = physicalName("artifactRegistryRepositoryId", [service.name]);
    this.repository = new ArtifactRegistryRepository(this, "repository", {
      location: region,
      repositoryId,
      format: "DOCKER",
      description: `${service.name} images for ${region}; copy the image here by digest.`,
      dockerConfig: { immutableTags: service.image.digest !== undefined },
      lifecycle: { preventDestroy: true },
    });
    this.image = gcpImageReference(service, region, repositoryId);

    // Identity and secrets: the service account reads exactly these secrets.
    this.serviceAccount = new ServiceAccount(this, "service-account", {
      accountId: physicalName("serviceAccountId", name()),
      displayName: `${service.name} in ${region}`,
      description: `Runs ${service.name} on Cloud Run in ${region}: reads its own secrets, nothing else.`,
    });
    const secrets: Record<string, SecretManagerSecret> = {};
    const accessors: Record<string, SecretManagerSecretIamMember> = {};
    for (const secretName of service.secrets) {
      secrets[secretName] = new SecretManagerSecret(this, `secret-${secretName}`, {
        secretId: physicalName("secretManagerSecretId", [service.name, region, secretName]),
        replication: { userManaged: { replicas: [{ location: region }] } },
        deletionProtection: true,
        annotations: { purpose: `${secretName} of ${service.name}; add versions out of band (gcloud secrets versions add), never through Terraform` },
      });
      accessors[secretName] = new SecretManagerSecretIamMember(this, `secret-${secretName}-accessor`, {
        secretId: secrets[secretName].id,
        role: SECRET_ACCESSOR_ROLE,
        member: this.serviceAccount.member,
      });
    }
    this.secrets = secrets;
    this.secretAccessors = accessors;

    // Logs: the service's logs go to a regional bucket with the service's retention.
    const runName = physicalName("cloudRunServiceName", [service.name]);
    const bucketId = physicalName("loggingBucketId", name());
    this.logBucket = new LoggingProjectBucketConfig(this, "log-bucket", {
      project,
      location: region,
      bucketId,
      retentionDays: service.logRetentionDays,
      description: `Logs of ${service.name} in ${region}, kept ${service.logRetentionDays} days.`,
    });
    this.logSink = new LoggingProjectSink(this, "log-sink", {
      name: physicalName("loggingSinkName", name()),
      destination: `logging.googleapis.com/projects/${project}/locations/${region}/buckets/${bucketId}`,
      filter: `resource.type="cloud_run_revision" AND resource.labels.service_name="${runName}" AND resource.labels.location="${region}"`,
      uniqueWriterIdentity: true,
      dependsOn: [this.logBucket],
    });

    // DNS: the owner creates gcp.<domain> and authorizes <domain>; every datacentre authorizes its endpoint.
    const zoneName = gcpDnsZoneName(service);
    const subtree = `gcp.${service.domain}`;
    const record = (recordId: string, recordName: string, type: string, rrdatas: string[]): DnsRecordSet =>
      new DnsRecordSet(this, recordId, { managedZone: zoneName, name: recordName, type, ttl: GCP_RECORD_TTL, rrdatas, ...(this.zone ? { dependsOn: [this.zone] } : {}) });
    if (owner) {
      this.zone = new DnsManagedZone(this, "zone", {
        name: zoneName,
        dnsName: `${subtree}.`,
        description: `Endpoint names of ${service.name} in Google Cloud; ${subtree} is delegated here from Route 53 and Azure DNS.`,
        visibility: "public",
        dnssecConfig: { state: "on" },
        lifecycle: { preventDestroy: true },
      });
      this.domainAuthorization = new CertificateManagerDnsAuthorization(this, "domain-dns-authorization", {
        name: gcpDomainAuthorizationName(service),
        domain: service.domain,
        location: "global",
        type: "FIXED_RECORD",
        description: `Authorizes certificates for ${service.domain}: CNAME ${ACME_CHALLENGE_LABEL}.${service.domain} -> ${ACME_CHALLENGE_LABEL}.${subtree} -> this record.`,
      });
      this.domainAuthorizationRecord = record("domain-dns-authorization-record", `${ACME_CHALLENGE_LABEL}.${subtree}.`, "CNAME", [this.domainAuthorization.dnsResourceRecord.get(0).data]);
    }
    this.endpointAuthorization = new CertificateManagerDnsAuthorization(this, "endpoint-dns-authorization", {
      name: physicalName("certificateManagerDnsAuthorizationName", name("endpoint")),
      domain: dc.endpointHostname,
      location: "global",
      type: "FIXED_RECORD",
    });
    this.endpointAuthorizationRecord = record("endpoint-dns-authorization-record", `${ACME_CHALLENGE_LABEL}.${dc.endpointHostname}.`, "CNAME", [
      this.endpointAuthorization.dnsResourceRecord.get(0).data,
    ]);
    const domainAuthorizationId = this.domainAuthorization?.id ?? `projects/${project}/locations/global/dnsAuthorizations/${gcpDomainAuthorizationName(service)}`;
    this.certificate = new CertificateManagerCertificate(this, "certificate", {
      name: physicalName("certificateManagerCertificateName", name()),
      scope: "DEFAULT",
      managed: { domains: [service.domain, dc.endpointHostname], dnsAuthorizations: [domainAuthorizationId, this.endpointAuthorization.id] },
    });
    this.certificateMap = new CertificateManagerCertificateMap(this, "certificate-map", { name: physicalName("certificateManagerCertificateMapName", name()) });
    const entry = (entryId: string, match: { hostname: string } | { matcher: string }) =>
      new CertificateManagerCertificateMapEntry(this, `certificate-map-${entryId}`, {
        name: physicalName("certificateManagerCertificateMapEntryName", [service.name, entryId]),
        map: this.certificateMap.name,
        certificates: [this.certificate.id],
        ...match,
      });
    this.certificateMapEntries = [entry("domain", { hostname: service.domain }), entry("endpoint", { hostname: dc.endpointHostname }), entry("primary", { matcher: "PRIMARY" })];

    this.address = new ComputeGlobalAddress(this, "address", { name: physicalName("computeGlobalAddressName", name()), ipVersion: "IPV4", addressType: "EXTERNAL" });
    this.endpointRecord = record("endpoint-record", `${dc.endpointHostname}.`, "A", [this.address.address]);
    this.sslPolicy = new ComputeSslPolicy(this, "ssl-policy", { name: physicalName("computeSslPolicyName", name()), ...GCP_SSL_POLICY });
    if (this.stage === "foundation") return;

    // The service: reachable only through the load balancer.
    const size = cloudRunSize(service.cpu, service.memoryMiB);
    const probe = { httpGet: { path: service.healthCheckPath, port: service.port } };
    this.container = {
      name: service.name,
      image: this.image,
      ports: { containerPort: service.port },
      resources: { limits: { cpu: size.limits.cpu, memory: size.limits.memory }, cpuIdle: false, startupCpuBoost: true },
      env: [
        ...Object.entries(service.env).map(([envName, value]) => ({ name: envName, value })),
        ...service.secrets.map((s) => ({ name: s, valueSource: { secretKeyRef: { secret: secrets[s].secretId, version: "latest" } } })),
      ],
      startupProbe: { ...probe, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 24 },
      livenessProbe: { ...probe, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
    };
    this.cloudRunService = new CloudRunV2Service(this, "service", {
      name: runName,
      location: region,
      ingress: "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER",
      // The load balancer calls the service without a Google identity; ingress keeps everyone else out.
      invokerIamDisabled: true,
      deletionProtection: false,
      template: {
        serviceAccount: this.serviceAccount.email,
        executionEnvironment: "EXECUTION_ENVIRONMENT_GEN2",
        maxInstanceRequestConcurrency: service.capacity.concurrentRequestsPerInstance,
        scaling: { minInstanceCount: dc.minInstances, maxInstanceCount: dc.maxInstances },
        vpcAccess: { networkInterfaces: [{ network: this.network.id, subnetwork: this.subnet.id }], egress: "ALL_TRAFFIC" },
        containers: [this.container],
      },
      dependsOn: [...Object.values(accessors), this.nat],
    });

    // The load balancer: serverless NEG -> backend -> HTTPS proxy on 443; 80 only redirects.
    this.networkEndpointGroup = new ComputeRegionNetworkEndpointGroup(this, "neg", {
      name: physicalName("computeRegionNetworkEndpointGroupName", name()),
      region,
      networkEndpointType: "SERVERLESS",
      cloudRun: { service: this.cloudRunService.name },
    });
    this.backendService = new ComputeBackendService(this, "backend", {
      name: physicalName("computeBackendServiceName", name()),
      loadBalancingScheme: "EXTERNAL_MANAGED",
      protocol: "HTTPS",
      backend: [{ group: this.networkEndpointGroup.id }],
      logConfig: { enable: true, sampleRate: 1 },
    });
    this.urlMap = new ComputeUrlMap(this, "url-map", { name: physicalName("computeUrlMapName", name()), defaultService: this.backendService.id });
    this.httpsProxy = new ComputeTargetHttpsProxy(this, "https-proxy", {
      name: physicalName("computeTargetHttpsProxyName", name()),
      urlMap: this.urlMap.id,
      certificateMap: `//certificatemanager.googleapis.com/${this.certificateMap.id}`,
      sslPolicy: this.sslPolicy.id,
      dependsOn: [...this.certificateMapEntries],
    });
    const forwarding = (ruleId: string, port: string, target: string) =>
      new ComputeGlobalForwardingRule(this, ruleId, {
        name: physicalName("computeGlobalForwardingRuleName", name(port === "443" ? "https" : "http")),
        target,
        ipAddress: this.address.id,
        ipProtocol: "TCP",
        portRange: port,
        loadBalancingScheme: "EXTERNAL_MANAGED",
      });
    this.httpsForwardingRule = forwarding("https-forwarding-rule", "443", this.httpsProxy.id);
    this.redirectUrlMap = new ComputeUrlMap(this, "redirect-url-map", {
      name: physicalName("computeUrlMapName", name("redirect")),
      defaultUrlRedirect: { httpsRedirect: true, stripQuery: false, redirectResponseCode: "MOVED_PERMANENTLY_DEFAULT" },
    });
    this.httpProxy = new ComputeTargetHttpProxy(this, "http-proxy", { name: physicalName("computeTargetHttpProxyName", name()), urlMap: this.redirectUrlMap.id });
    this.httpForwardingRule = forwarding("http-forwarding-rule", "80", this.httpProxy.id);
  }

  /**
   * What this datacentre runs, read back from the Cloud Run configuration.
   * Throws at the `foundation` stage, which runs nothing yet.
   */
  public runtimeContract(): ServiceRuntimeContract {
    if (!this.container || !this.cloudRunService) throw new Error(`dualcloud: ${this.datacentre.key} is at the foundation stage and runs no Cloud Run service yet`);
    const env = (this.container.env ?? []) as { name: string; valueSource?: unknown }[];
    const paths = new Set([this.container.startupProbe?.httpGet?.path, this.container.livenessProbe?.httpGet?.path]);
    if (paths.size !== 1) throw new Error(`dualcloud: ${this.datacentre.key} probes disagree on the health path: ${[...paths].join(", ")}`);
    return {
      port: (this.container.ports as { containerPort: number }).containerPort,
      healthCheckPath: [...paths][0]!,
      envNames: env.filter((e) => !e.valueSource).map((e) => e.name).sort(),
      secretNames: env.filter((e) => e.valueSource).map((e) => e.name).sort(),
      cpu: this.service.cpu,
      memoryMiB: this.service.memoryMiB,
      minReplicas: this.datacentre.minInstances,
      maxReplicas: this.datacentre.maxInstances,
    };
  }
}
