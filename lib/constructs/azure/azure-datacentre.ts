import { ContainerApp, ContainerAppTemplateContainer } from "@cdktf/provider-azurerm/lib/container-app";
import { ContainerAppCustomDomain } from "@cdktf/provider-azurerm/lib/container-app-custom-domain";
import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { ContainerAppEnvironmentCertificate } from "@cdktf/provider-azurerm/lib/container-app-environment-certificate";
import { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { DnsARecord } from "@cdktf/provider-azurerm/lib/dns-a-record";
import { DnsTxtRecord } from "@cdktf/provider-azurerm/lib/dns-txt-record";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { Aspects } from "cdktf";
import { Construct } from "constructs";
import { AzureDeployStage } from "../../model/props";
import { ServiceRuntimeContract } from "../../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { physicalName } from "../../naming/physical-name";
import { suppressPolicy } from "../../policy/suppressions";
import { subdivide } from "../../network/cidr";
import { AzureTags } from "./azure-tags";
import { containerAppsSize } from "./container-apps-sizing";
import { keyVaultSecretName } from "./key-vault-names";
import { datacentreIn } from "../deploy-after-owner";

/**
 * Prefix length of the Container Apps infrastructure subnet. The environment
 * has workload profiles (its subnet must be delegated to
 * Microsoft.App/environments, /27 at least); a /23 leaves room for the
 * environment's own addresses plus one address per replica at
 * `maxInstances` up to several hundred, and upgrades that double nodes.
 */
export const CONTAINER_APPS_SUBNET_PREFIX = 23;

/**
 * Prefix length of the private-endpoint subnet, carved right after the
 * Container Apps /23 (so that subnet's CIDR never moves). The vault's endpoint
 * takes one address and the registry's two (registry and regional data
 * endpoint); a /27 leaves 27 usable addresses for more endpoints later.
 */
export const PRIVATE_ENDPOINT_SUBNET_PREFIX = 27;

/** Private DNS zone of Key Vault private endpoints (subresource `vault`). */
export const KEY_VAULT_PRIVATE_DNS_ZONE = "privatelink.vaultcore.azure.net";

/** Private DNS zone of container registry private endpoints (subresource `registry`). */
export const CONTAINER_REGISTRY_PRIVATE_DNS_ZONE = "privatelink.azurecr.io";

/** The workload profile every dualcloud container app runs on. */
export const CONTAINER_APPS_WORKLOAD_PROFILE = "Consumption";

/** Soft-delete retention of each datacentre's Key Vault, in days (7-90). */
export const KEY_VAULT_SOFT_DELETE_DAYS = 90;

/** TTL of the endpoint and verification records each Azure datacentre writes. */
export const AZURE_ENDPOINT_RECORD_TTL = 60;

/** Built-in role that reads Key Vault secret contents (and certificates through their secret). */
export const KEY_VAULT_SECRETS_USER = "Key Vault Secrets User";

/** Built-in role that pulls images from a container registry. */
export const ACR_PULL = "AcrPull";

/** Props of {@link AzureDatacentre}. */
export interface AzureDatacentreProps {
  /** The validated service (from `resolveServiceModel`). */
  readonly service: ServiceModel;
  /** The Azure datacentre to build. */
  readonly datacentre: DatacentreModel;
  /**
   * Write the records every Azure datacentre shares: TXT `asuid.<domain>` and
   * `asuid.azure.<domain>`. Exactly one Azure datacentre must own them.
   * @default - true for the datacentre in `azure.verificationRecordsRegion` (the first Azure datacentre listed, unless pinned)
   */
  readonly ownsSharedVerificationRecords?: boolean;
}

/** The Azure datacentre that writes the verification records all Azure datacentres share. */
export function azureVerificationOwner(service: ServiceModel): DatacentreModel | undefined {
  return datacentreIn(service, "azure", service.azure?.verificationRecordsRegion);
}

/** Relative record name of `host` in `zone`, e.g. `orders` for orders.example.com in example.com. */
export function relativeRecordName(host: string, zone: string): string {
  if (!host.endsWith(`.${zone}`)) throw new Error(`dualcloud: ${host} is not inside the zone ${zone}; validation should have refused this`);
  return host.slice(0, -(zone.length + 1));
}

/**
 * One Azure datacentre: a Container App in a VNet-integrated, zone-redundant
 * Container Apps environment, its own registry and Key Vault, a user-assigned
 * identity with AcrPull and Key Vault Secrets User on exactly those two, and
 * its endpoint and domain-verification records in the Azure DNS zone.
 *
 * Use it inside any stack that has an azurerm provider; its construct ID
 * should be the datacentre key (`azure-eastus`), as DualCloudService does.
 * Every part is public for `addOverride`.
 */
export class AzureDatacentre extends Construct {
  /** The service. */
  public readonly service: ServiceModel;
  /** The datacentre. */
  public readonly datacentre: DatacentreModel;
  /** How far this datacentre is deployed. */
  public readonly stage: AzureDeployStage;
  /** Resource group holding everything below. */
  public readonly resourceGroup: ResourceGroup;
  /** The VNet, address space = the datacentre CIDR. */
  public readonly vnet: VirtualNetwork;
  /** The Container Apps infrastructure subnet, delegated to Microsoft.App/environments. */
  public readonly subnet: Subnet;
  /** The subnet's NSG: 443 and 80 in from the internet, nothing else. */
  public readonly nsg: NetworkSecurityGroup;
  /** The subnet holding the vault's and the registry's private endpoints. */
  public readonly privateEndpointSubnet: Subnet;
  /** The private-endpoint subnet's NSG: 443 in from the virtual network, nothing else. */
  public readonly privateEndpointNsg: NetworkSecurityGroup;
  /** Log Analytics workspace for the environment's logs. */
  public readonly logAnalytics: LogAnalyticsWorkspace;
  /** The identity the app pulls images and reads secrets and the certificate with. */
  public readonly identity: UserAssignedIdentity;
  /** The Container Apps environment. */
  public readonly environment: ContainerAppEnvironment;
  /** The datacentre's registry (Premium, admin off, protected from destroy). */
  public readonly registry: ContainerRegistry;
  /** The datacentre's Key Vault (RBAC, purge protection, default-deny network rules, no public access by default). */
  public readonly keyVault: KeyVault;
  /** Private DNS zone `privatelink.vaultcore.azure.net`, linked to the VNet. */
  public readonly keyVaultDnsZone: PrivateDnsZone;
  /** Link of {@link keyVaultDnsZone} to the VNet. */
  public readonly keyVaultDnsZoneLink: PrivateDnsZoneVirtualNetworkLink;
  /** The vault's private endpoint (subresource `vault`), with its A record in {@link keyVaultDnsZone}. */
  public readonly keyVaultEndpoint: PrivateEndpoint;
  /** Private DNS zone `privatelink.azurecr.io`, linked to the VNet. */
  public readonly registryDnsZone: PrivateDnsZone;
  /** Link of {@link registryDnsZone} to the VNet. */
  public readonly registryDnsZoneLink: PrivateDnsZoneVirtualNetworkLink;
  /** The registry's private endpoint (subresource `registry`), with its registry and data-endpoint records in {@link registryDnsZone}. */
  public readonly registryEndpoint: PrivateEndpoint;
  /** AcrPull for the identity on this registry only. */
  public readonly acrPull: RoleAssignment;
  /** Key Vault Secrets User for the identity on this vault only. */
  public readonly keyVaultSecretsUser: RoleAssignment;
  /** A record `<region>.azure.<domain>` -> the environment's static IP. */
  public readonly endpointRecord: DnsARecord;
  /** TXT `asuid.<region>.azure.<domain>` -> the custom domain verification ID. */
  public readonly endpointVerificationRecord: DnsTxtRecord;
  /** TXT `asuid.<domain>` and `asuid.azure.<domain>`, when this datacentre owns them. */
  public readonly sharedVerificationRecords: readonly DnsTxtRecord[];
  /** The container app; absent at the `foundation` stage. */
  public readonly containerApp?: ContainerApp;
  /** The Key Vault certificate imported into the environment; present at the `bound` stage. */
  public readonly certificate?: ContainerAppEnvironmentCertificate;
  /** Bindings of `<domain>` and the endpoint hostname; present at the `bound` stage. */
  public readonly customDomains: readonly ContainerAppCustomDomain[];

  private readonly container?: ContainerAppTemplateContainer;
  private readonly replicas?: { readonly min: number; readonly max: number };

  constructor(scope: Construct, id: string, props: AzureDatacentreProps) {
    super(scope, id);
    const { service, datacentre: dc } = props;
    if (dc.cloud !== "azure") throw new Error(`dualcloud: AzureDatacentre given the ${dc.cloud} datacentre ${dc.key}`);
    this.service = service;
    this.datacentre = dc;
    this.stage = service.azure?.stages[dc.region.name] ?? "bound";
    const region = dc.region.name;
    const zoned = dc.region.zones > 0;
    const owner = props.ownsSharedVerificationRecords ?? azureVerificationOwner(service)?.key === dc.key;
    Aspects.of(this).add(new AzureTags({ ...service.tags, datacentre: dc.key }));

    this.resourceGroup = new ResourceGroup(this, "resource-group", { name: physicalName("resourceGroupName", [service.name, region]), location: region });
    const rg = this.resourceGroup.name;

    // Network: the datacentre CIDR, with the environment's delegated subnet first
    // and the private endpoints' subnet right after it. The VNet sets no DNS
    // servers: Azure-provided DNS answers, so the private zones linked below apply
    // to the environment.
    this.vnet = new VirtualNetwork(this, "vnet", { name: physicalName("virtualNetworkName", [service.name, region]), location: region, resourceGroupName: rg, addressSpace: [dc.cidr] });
    const [appsCidr] = subdivide(dc.cidr, CONTAINER_APPS_SUBNET_PREFIX, 1);
    const [endpointsCidr] = subdivide(dc.cidr, PRIVATE_ENDPOINT_SUBNET_PREFIX, 1, 2 ** (PRIVATE_ENDPOINT_SUBNET_PREFIX - CONTAINER_APPS_SUBNET_PREFIX));
    this.subnet = new Subnet(this, "apps-subnet", {
      name: physicalName("subnetName", ["container-apps"]),
      resourceGroupName: rg,
      virtualNetworkName: this.vnet.name,
      addressPrefixes: [appsCidr],
      delegation: [{ name: "container-apps", serviceDelegation: { name: "Microsoft.App/environments", actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] } }],
    });
    this.nsg = new NetworkSecurityGroup(this, "apps-nsg", {
      name: physicalName("networkSecurityGroupName", [service.name, region, "apps"]),
      location: region,
      resourceGroupName: rg,
      securityRule: [
        inboundRule("allow-https-from-internet", 100, "Allow", "Internet", appsCidr, "443", "HTTPS to the environment's ingress"),
        inboundRule("allow-http-from-internet", 110, "Allow", "Internet", appsCidr, "80", "HTTP, only ever redirected to HTTPS (allow_insecure_connections is false)"),
        inboundRule("deny-other-from-internet", 4000, "Deny", "Internet", "*", "*", "Nothing else from the internet"),
      ],
    });
    suppressPolicy(
      this.nsg,
      "azure-nsg-no-internet-ingress",
      "The Container Apps environment's public ingress serves the service over HTTPS (443, and 80 only to redirect); azure-nsg-internet-ingress-web-ports-only still guards every other port.",
    );
    new SubnetNetworkSecurityGroupAssociation(this, "apps-nsg-association", { subnetId: this.subnet.id, networkSecurityGroupId: this.nsg.id });
    this.privateEndpointSubnet = new Subnet(this, "endpoints-subnet", {
      name: physicalName("subnetName", ["private-endpoints"]),
      resourceGroupName: rg,
      virtualNetworkName: this.vnet.name,
      addressPrefixes: [endpointsCidr],
      privateEndpointNetworkPolicies: "Enabled",
      defaultOutboundAccessEnabled: false,
    });
    this.privateEndpointNsg = new NetworkSecurityGroup(this, "endpoints-nsg", {
      name: physicalName("networkSecurityGroupName", [service.name, region, "endpoints"]),
      location: region,
      resourceGroupName: rg,
      securityRule: [
        inboundRule("allow-https-from-vnet", 100, "Allow", "VirtualNetwork", endpointsCidr, "443", "HTTPS to the vault and registry endpoints from the VNet (the environment, or operators on a peered network)"),
        inboundRule("deny-other-inbound", 4000, "Deny", "*", "*", "*", "Nothing else reaches the private endpoints"),
      ],
    });
    const endpointsNsgAssociation = new SubnetNetworkSecurityGroupAssociation(this, "endpoints-nsg-association", {
      subnetId: this.privateEndpointSubnet.id,
      networkSecurityGroupId: this.privateEndpointNsg.id,
    });

    this.logAnalytics = new LogAnalyticsWorkspace(this, "logs", {
      name: physicalName("logAnalyticsWorkspaceName", [service.name, region]),
      location: region,
      resourceGroupName: rg,
      sku: "PerGB2018",
      retentionInDays: service.logRetentionDays,
    });
    this.identity = new UserAssignedIdentity(this, "identity", { name: physicalName("userAssignedIdentityName", [service.name, region, "app"]), location: region, resourceGroupName: rg });

    this.environment = new ContainerAppEnvironment(this, "environment", {
      name: physicalName("containerAppEnvironmentName", [service.name, region]),
      location: region,
      resourceGroupName: rg,
      logAnalyticsWorkspaceId: this.logAnalytics.id,
      logsDestination: "log-analytics",
      infrastructureSubnetId: this.subnet.id,
      internalLoadBalancerEnabled: false,
      zoneRedundancyEnabled: zoned,
      workloadProfile: [{ name: CONTAINER_APPS_WORKLOAD_PROFILE, workloadProfileType: "Consumption" }],
      identity: { type: "UserAssigned", identityIds: [this.identity.id] },
      dependsOn: [this.nsg],
    });

    // Public network access stays off unless operators list their CIDRs; even
    // then both firewalls deny by default and admit only those ranges.
    const operatorCidrs = [...(service.azure?.operatorCidrs ?? [])];
    const publicAccess = operatorCidrs.length > 0;
    this.registry = new ContainerRegistry(this, "registry", {
      name: physicalName("containerRegistryName", [service.name, region], `${service.domain}/${region}/registry`),
      location: region,
      resourceGroupName: rg,
      sku: "Premium",
      adminEnabled: false,
      anonymousPullEnabled: false,
      zoneRedundancyEnabled: zoned,
      publicNetworkAccessEnabled: publicAccess,
      // Trusted services: `az acr import` into a network-restricted registry needs it.
      networkRuleBypassOption: "AzureServices",
      networkRuleSet: [{ defaultAction: "Deny", ipRule: operatorCidrs.map((ipRange) => ({ action: "Allow", ipRange })) }],
      lifecycle: { preventDestroy: true },
    });

    const client = new DataAzurermClientConfig(this, "client");
    this.keyVault = new KeyVault(this, "key-vault", {
      name: physicalName("keyVaultName", [service.name, region], `${service.domain}/${region}/key-vault`),
      location: region,
      resourceGroupName: rg,
      tenantId: client.tenantId,
      skuName: "standard",
      rbacAuthorizationEnabled: true,
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: KEY_VAULT_SOFT_DELETE_DAYS,
      publicNetworkAccessEnabled: publicAccess,
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: operatorCidrs, virtualNetworkSubnetIds: [] },
      lifecycle: { preventDestroy: true },
    });

    // Private endpoints: Container Apps is not a Key Vault trusted service, so
    // the app reaches the vault (secret references, the certificate) and the
    // registry (image pulls) through private IPs in this VNet.
    const privateLink = (kind: "key-vault" | "registry", zoneName: string, resourceId: string, subresource: string) => {
      const zone = new PrivateDnsZone(this, `${kind}-dns-zone`, { name: zoneName, resourceGroupName: rg });
      const link = new PrivateDnsZoneVirtualNetworkLink(this, `${kind}-dns-link`, {
        name: physicalName("privateDnsZoneLinkName", [service.name, region, kind]),
        resourceGroupName: rg,
        privateDnsZoneName: zone.name,
        virtualNetworkId: this.vnet.id,
        registrationEnabled: false,
      });
      const endpoint = new PrivateEndpoint(this, `${kind}-endpoint`, {
        name: physicalName("privateEndpointName", [service.name, region, kind]),
        location: region,
        resourceGroupName: rg,
        subnetId: this.privateEndpointSubnet.id,
        privateServiceConnection: { name: kind, privateConnectionResourceId: resourceId, subresourceNames: [subresource], isManualConnection: false },
        privateDnsZoneGroup: { name: kind, privateDnsZoneIds: [zone.id] },
        dependsOn: [endpointsNsgAssociation],
      });
      return { zone, link, endpoint };
    };
    const vaultLink = privateLink("key-vault", KEY_VAULT_PRIVATE_DNS_ZONE, this.keyVault.id, "vault");
    this.keyVaultDnsZone = vaultLink.zone;
    this.keyVaultDnsZoneLink = vaultLink.link;
    this.keyVaultEndpoint = vaultLink.endpoint;
    const registryLink = privateLink("registry", CONTAINER_REGISTRY_PRIVATE_DNS_ZONE, this.registry.id, "registry");
    this.registryDnsZone = registryLink.zone;
    this.registryDnsZoneLink = registryLink.link;
    this.registryEndpoint = registryLink.endpoint;
    const vaultReachable = [this.keyVaultEndpoint, this.keyVaultDnsZoneLink];

    this.acrPull = new RoleAssignment(this, "acr-pull", { scope: this.registry.id, roleDefinitionName: ACR_PULL, principalId: this.identity.principalId, principalType: "ServicePrincipal" });
    this.keyVaultSecretsUser = new RoleAssignment(this, "key-vault-secrets-user", {
      scope: this.keyVault.id,
      roleDefinitionName: KEY_VAULT_SECRETS_USER,
      principalId: this.identity.principalId,
      principalType: "ServicePrincipal",
    });

    // Azure DNS: the endpoint name and its verification record, plus the shared ones when owned.
    const zone = { zoneName: service.dns.zoneName, resourceGroupName: service.dns.azureZoneResourceGroup, ttl: AZURE_ENDPOINT_RECORD_TTL };
    const verification = [{ value: this.environment.customDomainVerificationId }];
    const endpointName = relativeRecordName(dc.endpointHostname, service.dns.zoneName);
    const domainName = relativeRecordName(service.domain, service.dns.zoneName);
    this.endpointRecord = new DnsARecord(this, "endpoint-record", { ...zone, name: endpointName, records: [this.environment.staticIpAddress] });
    this.endpointVerificationRecord = new DnsTxtRecord(this, "endpoint-verification-record", { ...zone, name: `asuid.${endpointName}`, record: verification });
    this.sharedVerificationRecords = owner
      ? [
          new DnsTxtRecord(this, "domain-verification-record", { ...zone, name: `asuid.${domainName}`, record: verification }),
          new DnsTxtRecord(this, "azure-domain-verification-record", { ...zone, name: `asuid.azure.${domainName}`, record: verification }),
        ]
      : [];

    this.customDomains = [];
    if (this.stage === "foundation") return;

    // The app.
    const size = containerAppsSize(service.cpu, service.memoryMiB);
    const vaultUri = this.keyVault.vaultUri;
    const secrets = service.secrets.map((s) => ({ env: s, name: keyVaultSecretName(s) }));
    const image = service.image.digest ? `${service.image.repository}@${service.image.digest}` : `${service.image.repository}:${service.image.tag}`;
    const probe = { transport: "HTTP", port: service.port, path: service.healthCheckPath };
    this.container = {
      name: service.name,
      image: `${this.registry.loginServer}/${image}`,
      cpu: size.cpu,
      memory: size.memory,
      env: [...Object.entries(service.env).map(([name, value]) => ({ name, value })), ...secrets.map((s) => ({ name: s.env, secretName: s.name }))],
      startupProbe: [{ ...probe, intervalSeconds: 5, timeout: 3, failureCountThreshold: 24 }],
      readinessProbe: [{ ...probe, intervalSeconds: 5, timeout: 3, failureCountThreshold: 3, successCountThreshold: 1 }],
      livenessProbe: [{ ...probe, intervalSeconds: 10, timeout: 5, failureCountThreshold: 3 }],
    };
    this.replicas = { min: dc.minInstances, max: dc.maxInstances };
    this.containerApp = new ContainerApp(this, "app", {
      name: physicalName("containerAppName", [service.name]),
      resourceGroupName: rg,
      containerAppEnvironmentId: this.environment.id,
      revisionMode: "Single",
      workloadProfileName: CONTAINER_APPS_WORKLOAD_PROFILE,
      identity: { type: "UserAssigned", identityIds: [this.identity.id] },
      registry: [{ server: this.registry.loginServer, identity: this.identity.id }],
      secret: secrets.map((s) => ({ name: s.name, keyVaultSecretId: `${vaultUri}secrets/${s.name}`, identity: this.identity.id })),
      ingress: {
        externalEnabled: true,
        targetPort: service.port,
        transport: "auto",
        allowInsecureConnections: false,
        trafficWeight: [{ latestRevision: true, percentage: 100 }],
      },
      template: {
        minReplicas: this.replicas.min,
        maxReplicas: this.replicas.max,
        container: [this.container],
        httpScaleRule: [{ name: "http-concurrency", concurrentRequests: String(service.capacity.concurrentRequestsPerInstance) }],
      },
      dependsOn: [this.acrPull, this.keyVaultSecretsUser, ...vaultReachable, this.registryEndpoint, this.registryDnsZoneLink],
    });
    if (this.stage === "workload") return;

    // Bindings: one certificate from Key Vault for both names.
    this.certificate = new ContainerAppEnvironmentCertificate(this, "certificate", {
      name: service.azure?.certificateName ?? "tls",
      containerAppEnvironmentId: this.environment.id,
      certificateKeyVault: { identity: this.identity.id, keyVaultSecretId: `${vaultUri}secrets/${service.azure?.certificateName ?? "tls"}` },
      dependsOn: [this.keyVaultSecretsUser, ...vaultReachable],
    });
    const bind = (bindingId: string, hostname: string, after: DnsTxtRecord[]): ContainerAppCustomDomain =>
      new ContainerAppCustomDomain(this, bindingId, {
        name: hostname,
        containerAppId: this.containerApp!.id,
        containerAppEnvironmentCertificateId: this.certificate!.id,
        certificateBindingType: "SniEnabled",
        dependsOn: [this.endpointRecord, ...after],
      });
    const endpointBinding = bind("endpoint-domain", dc.endpointHostname, [this.endpointVerificationRecord]);
    const serviceBinding = bind("service-domain", service.domain, [...this.sharedVerificationRecords]);
    this.customDomains = [endpointBinding, serviceBinding];
  }

  /**
   * What this datacentre runs, read back from the container app's configuration.
   * Throws at the `foundation` stage, which runs nothing yet.
   */
  public runtimeContract(): ServiceRuntimeContract {
    if (!this.container || !this.replicas || !this.containerApp) {
      throw new Error(`dualcloud: ${this.datacentre.key} is at the foundation stage and runs no container app yet`);
    }
    const env = (this.container.env ?? []) as { name: string; secretName?: string }[];
    const probePaths = new Set([this.container.startupProbe, this.container.readinessProbe, this.container.livenessProbe].flatMap((p) => (p as { path?: string }[]).map((x) => x.path)));
    if (probePaths.size !== 1) throw new Error(`dualcloud: ${this.datacentre.key} probes disagree on the health path: ${[...probePaths].join(", ")}`);
    return {
      port: this.containerApp.ingressInput!.targetPort,
      healthCheckPath: [...probePaths][0]!,
      envNames: env.filter((e) => !e.secretName).map((e) => e.name).sort(),
      secretNames: env.filter((e) => e.secretName).map((e) => e.name).sort(),
      cpu: this.service.cpu,
      memoryMiB: this.service.memoryMiB,
      minReplicas: this.replicas.min,
      maxReplicas: this.replicas.max,
    };
  }
}

function inboundRule(name: string, priority: number, access: "Allow" | "Deny", source: string, destination: string, port: string, description: string) {
  return {
    name,
    priority,
    direction: "Inbound",
    access,
    protocol: port === "*" ? "*" : "Tcp",
    sourceAddressPrefix: source,
    sourcePortRange: "*",
    destinationAddressPrefix: destination,
    destinationPortRange: port,
    description,
  };
}
