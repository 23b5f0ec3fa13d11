import { ArtifactRegistryRepository } from "@cdktf/provider-google/lib/artifact-registry-repository";
import { CertificateManagerCertificate } from "@cdktf/provider-google/lib/certificate-manager-certificate";
import { CertificateManagerCertificateMap } from "@cdktf/provider-google/lib/certificate-manager-certificate-map";
import { CertificateManagerCertificateMapEntry } from "@cdktf/provider-google/lib/certificate-manager-certificate-map-entry";
import { CertificateManagerDnsAuthorization } from "@cdktf/provider-google/lib/certificate-manager-dns-authorization";
import { CloudRunV2Service, CloudRunV2ServiceTemplateContainers } from "@cdktf/provider-google/lib/cloud-run-v2-service";
import { ComputeSecurityPolicy } from "@cdktf/provider-google/lib/compute-security-policy";
import { ComputeBackendService } from "@cdktf/provider-google/lib/compute-backend-service";
import { ComputeFirewall } from "@cdktf/provider-google/lib/compute-firewall";
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
import { KmsCryptoKey } from "@cdktf/provider-google/lib/kms-crypto-key";
import { KmsKeyRing } from "@cdktf/provider-google/lib/kms-key-ring";
import { LoggingProjectBucketConfig } from "@cdktf/provider-google/lib/logging-project-bucket-config";
import { LoggingProjectSink } from "@cdktf/provider-google/lib/logging-project-sink";
import { SecretManagerSecret } from "@cdktf/provider-google/lib/secret-manager-secret";
import { SecretManagerSecretIamMember } from "@cdktf/provider-google/lib/secret-manager-secret-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { Construct } from "constructs";
import type { GcpDeployStage } from "./gcp-props";
import { ServiceRuntimeContract } from "../../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { gcpDnsZoneOwner, requireProject } from "./gcp-names";
import { createCloudRunService } from "./parts/cloud-run-service";
import { createDnsAndCertificates } from "./parts/dns-and-certificates";
import { createIdentityAndSecrets } from "./parts/identity-and-secrets";
import { createFrontend, createLoadBalancer } from "./parts/load-balancer";
import { createCloudArmorPolicy } from "./parts/cloud-armor";
import { suppressPolicy } from "../../policy/suppressions";
import { createLogs } from "./parts/logs";
import { createDatacentreAlerts, GcpDatacentreAlerts } from "./parts/alerts";
import { createNetwork } from "./parts/network";
import { createRepository } from "./parts/registry";
import { createRegistryKey } from "./parts/registry-key";
import { foundationStageHasNoRuntime, probesDisagree, wrongCloud } from "../../errors";
import { warnDeprecatedStage } from "../deprecated-stages";
import { gcpOptions } from "./gcp-options";

export { ACME_CHALLENGE_LABEL, GCP_RECORD_TTL, GCP_SSL_POLICY, GCP_SUBNET_PREFIX, SECRET_ACCESSOR_ROLE } from "./gcp-constants";
export type { GcpSslPolicySettings } from "./gcp-constants";
export { gcpDnsZoneName, gcpDnsZoneOwner, gcpDomainAuthorizationName, gcpImageReference } from "./gcp-names";

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
  /** Egress firewall rules: HTTPS (443) and `network.allowOutbound` allowed, everything else denied. */
  public readonly egressFirewall: readonly ComputeFirewall[];
  /** Docker repository the image is copied into (customer-managed key, immutable tags, protected from destroy). */
  public readonly repository: ArtifactRegistryRepository;
  /** Key ring of {@link registryKey}, in the datacentre's region (key rings can never be deleted). */
  public readonly keyRing: KmsKeyRing;
  /** Customer-managed key of {@link repository}, rotated every 90 days. */
  public readonly registryKey: KmsCryptoKey;
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
  /** Google-managed certificate for the endpoint hostname, served for it and as PRIMARY (no SNI). */
  public readonly certificate: CertificateManagerCertificate;
  /** Google-managed certificate for `<domain>`, served for `<domain>` only. */
  public readonly domainCertificate: CertificateManagerCertificate;
  /** Certificate map of the HTTPS proxy. */
  public readonly certificateMap: CertificateManagerCertificateMap;
  /** Map entries: `<domain>` (domain certificate), the endpoint hostname and the primary (no SNI) entry (endpoint certificate). */
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
  /** Cloud Armor policy of {@link backendService}; absent at the `foundation` stage and when `waf.disabledOn` lists `gcp`. */
  public readonly securityPolicy?: ComputeSecurityPolicy;
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

  /** Notification channels from `alerts`, and alert policies on the load balancer's and Cloud Run's 5xx ratio and on instances that cannot start. */
  public readonly alerts: GcpDatacentreAlerts;

  private readonly stageField: string;
  private readonly container?: CloudRunV2ServiceTemplateContainers;

  constructor(scope: Construct, id: string, props: GcpDatacentreProps) {
    super(scope, id);
    const { service, datacentre: dc } = props;
    if (dc.cloud !== "gcp") throw wrongCloud(this.node.path, "GcpDatacentre", "gcp", dc);
    this.service = service;
    this.datacentre = dc;
    requireProject(service);
    const region = dc.region.name;
    const legacy = gcpOptions(service)?.stages[region];
    if (legacy !== undefined) warnDeprecatedStage(this, `gcp.stages.${region}`, legacy);
    this.stage = legacy ?? dc.stage;
    this.stageField = legacy !== undefined ? `gcp.stages.${region}` : "stage";
    const owner = props.ownsSharedDnsZone ?? gcpDnsZoneOwner(service)?.key === dc.key;

    // Network: Cloud Run sends all egress through a private subnet and Cloud NAT.
    const network = createNetwork(this, service, dc);
    this.network = network.network;
    this.subnet = network.subnet;
    this.router = network.router;
    this.nat = network.nat;
    this.egressFirewall = network.egressFirewall;

    // Registry: the pipeline copies the image by digest into this repository, encrypted with our key.
    const key = createRegistryKey(this, service, region);
    this.keyRing = key.keyRing;
    this.registryKey = key.key;
    const registry = createRepository(this, service, region, key);
    this.repository = registry.repository;
    this.image = registry.image;

    // Identity and secrets: the service account reads exactly these secrets.
    const identity = createIdentityAndSecrets(this, service, region);
    this.serviceAccount = identity.serviceAccount;
    this.secrets = identity.secrets;
    this.secretAccessors = identity.secretAccessors;

    // Logs: the service's logs go to a regional bucket with the service's retention.
    const logs = createLogs(this, service, region);
    this.logBucket = logs.bucket;
    this.logSink = logs.sink;

    // DNS: the owner creates gcp.<domain> and authorizes <domain>; every datacentre authorizes its endpoint.
    const dns = createDnsAndCertificates(this, service, dc, owner);
    this.zone = dns.zone;
    this.domainAuthorization = dns.domainAuthorization;
    this.domainAuthorizationRecord = dns.domainAuthorizationRecord;
    this.endpointAuthorization = dns.endpointAuthorization;
    this.endpointAuthorizationRecord = dns.endpointAuthorizationRecord;
    this.certificate = dns.certificate;
    this.domainCertificate = dns.domainCertificate;
    this.certificateMap = dns.certificateMap;
    this.certificateMapEntries = dns.certificateMapEntries;
    const frontend = createFrontend(this, service, dc, this.zone);
    this.address = frontend.address;
    this.endpointRecord = frontend.endpointRecord;
    this.sslPolicy = frontend.sslPolicy;
    if (this.stage === "foundation") {
      this.alerts = createDatacentreAlerts(this, service, dc, {});
      return;
    }

    // The service: reachable only through the load balancer.
    const run = createCloudRunService(this, service, dc, {
      image: this.image,
      serviceAccount: this.serviceAccount,
      secrets: this.secrets,
      secretAccessors: this.secretAccessors,
      network: this.network,
      subnet: this.subnet,
      nat: this.nat,
    });
    this.container = run.container;
    this.cloudRunService = run.cloudRunService;

    // The load balancer behind Cloud Armor: serverless NEG -> backend -> HTTPS proxy on 443; 80 only redirects.
    if (!service.waf.disabledOn.includes("gcp")) this.securityPolicy = createCloudArmorPolicy(this, service, region);
    const lb = createLoadBalancer(this, service, dc, {
      cloudRunService: this.cloudRunService,
      frontend,
      certificateMap: this.certificateMap,
      certificateMapEntries: this.certificateMapEntries,
      ...(this.securityPolicy ? { securityPolicy: this.securityPolicy } : {}),
    });
    if (!this.securityPolicy) {
      suppressPolicy(lb.backendService, "gcp-backend-service-cloud-armor", "waf.disabledOn lists gcp: the service owner opted this cloud's load balancers out of Cloud Armor.");
    }
    this.networkEndpointGroup = lb.networkEndpointGroup;
    this.backendService = lb.backendService;
    this.urlMap = lb.urlMap;
    this.httpsProxy = lb.httpsProxy;
    this.httpsForwardingRule = lb.httpsForwardingRule;
    this.redirectUrlMap = lb.redirectUrlMap;
    this.httpProxy = lb.httpProxy;
    this.httpForwardingRule = lb.httpForwardingRule;
    this.alerts = createDatacentreAlerts(this, service, dc, { cloudRunService: this.cloudRunService, urlMap: this.urlMap });
  }

  /**
   * What this datacentre runs, read back from the Cloud Run configuration.
   * Throws at the `foundation` stage, which runs nothing yet.
   */
  public runtimeContract(): ServiceRuntimeContract {
    if (!this.container || !this.cloudRunService) throw foundationStageHasNoRuntime(this.node.path, this.stageField, "the Cloud Run service");
    const env = (this.container.env ?? []) as { name: string; valueSource?: unknown }[];
    const paths = new Set([this.container.startupProbe?.httpGet?.path, this.container.livenessProbe?.httpGet?.path]);
    if (paths.size !== 1) throw probesDisagree(this.datacentre.key, paths);
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
