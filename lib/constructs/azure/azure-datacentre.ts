import { ContainerApp, ContainerAppTemplateContainer } from "@cdktf/provider-azurerm/lib/container-app";
import { ContainerAppCustomDomain } from "@cdktf/provider-azurerm/lib/container-app-custom-domain";
import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { ContainerAppEnvironmentCertificate } from "@cdktf/provider-azurerm/lib/container-app-environment-certificate";
import { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
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
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { WebApplicationFirewallPolicy } from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { Aspects, ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import type { AzureDeployStage } from "./azure-props";
import { ServiceRuntimeContract } from "../../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { physicalName } from "../../naming/physical-name";
import { CONTAINER_REGISTRY_PRIVATE_DNS_ZONE, KEY_VAULT_PRIVATE_DNS_ZONE } from "./azure-constants";
import { AzureTags } from "./azure-tags";
import { datacentreIn } from "../deploy-after-owner";
import { AzureDatacentreAlerts, createDatacentreAlerts } from "./parts/alerts";
import { createContainerApp } from "./parts/container-app";
import { createDnsRecords } from "./parts/dns-records";
import { bindDomains } from "./parts/domain-binding";
import { createEnvironment } from "./parts/environment";
import { createNetwork } from "./parts/network";
import { createPrivateLink } from "./parts/private-link";
import { createRegistryAndVault } from "./parts/registry-and-vault";
import { grantIdentity } from "./parts/role-assignments";
import { foundationStageHasNoRuntime, probesDisagree, wrongCloud } from "../../errors";
import { createApplicationGateway, createGatewayIdentity, GatewayIdentity } from "./parts/application-gateway";
import { createGatewayNetwork, GatewayNetwork, gatewaySubnetCidr } from "./parts/gateway-network";
import { createEnvironmentPrivateDns, EnvironmentPrivateDns } from "./parts/internal-environment";
import { createWafPolicy } from "./parts/waf-policy";
import { azureOptions } from "./azure-options";
import { warnDeprecatedStage } from "../deprecated-stages";
import { suppressPolicy } from "../../policy/suppressions";
import { FieldChecker } from "../../validation/checker";

export {
  ACR_PULL,
  AZURE_ENDPOINT_RECORD_TTL,
  CONTAINER_APPS_SUBNET_PREFIX,
  CONTAINER_APPS_WORKLOAD_PROFILE,
  CONTAINER_REGISTRY_PRIVATE_DNS_ZONE,
  KEY_VAULT_PRIVATE_DNS_ZONE,
  KEY_VAULT_SECRETS_USER,
  KEY_VAULT_SOFT_DELETE_DAYS,
  PRIVATE_ENDPOINT_SUBNET_PREFIX,
} from "./azure-constants";

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
  return datacentreIn(service, "azure", azureOptions(service).verificationRecordsRegion);
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
  /** How far this datacentre is deployed: `foundation`, or `bound` when serving (`workload` only through the deprecated `azure.stages`). */
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
  public readonly endpointVerificationRecord?: DnsTxtRecord;
  /** TXT `asuid.<domain>` and `asuid.azure.<domain>`, when this datacentre owns them. */
  public readonly sharedVerificationRecords: readonly DnsTxtRecord[];
  /** The container app; absent at the `foundation` stage. */
  public readonly containerApp?: ContainerApp;
  /** The Key Vault certificate imported into the environment; present at the `bound` stage. */
  public readonly certificate?: ContainerAppEnvironmentCertificate;
  /** Bindings of `<domain>` and the endpoint hostname; present at the `bound` stage with `azure.ingress: "direct"` only. */
  public readonly customDomains: readonly ContainerAppCustomDomain[];
  /** The gateway's subnet, NSG and public address (gateway ingress). */
  public readonly gatewayNetwork?: GatewayNetwork;
  /** The gateway's identity and its Key Vault grant (gateway ingress). */
  public readonly gatewayIdentity?: GatewayIdentity;
  /** Private DNS of the internal environment's default domain (gateway ingress). */
  public readonly environmentDns?: EnvironmentPrivateDns;
  /** The WAF policy of the gateway (gateway ingress, from the serving stage, unless `waf.disabledOn` lists `azure`). */
  public readonly wafPolicy?: WebApplicationFirewallPolicy;
  /** The zone-redundant Application Gateway v2 in front of the app (gateway ingress, from the serving stage). */
  public readonly applicationGateway?: ApplicationGateway;
  /** The datacentre's action group and its alerts on the app (5xx, restarts, replicas) and the gateway (unhealthy backends, 5xx). */
  public readonly alerts: AzureDatacentreAlerts;

  private readonly stageField: string;
  private readonly container?: ContainerAppTemplateContainer;
  private readonly replicas?: { readonly min: number; readonly max: number };

  constructor(scope: Construct, id: string, props: AzureDatacentreProps) {
    super(scope, id);
    const { service, datacentre: dc } = props;
    if (dc.cloud !== "azure") throw wrongCloud(this.node.path, "AzureDatacentre", "azure", dc);
    this.service = service;
    this.datacentre = dc;
    const legacy = azureOptions(service).stages[dc.region.name];
    if (legacy !== undefined) {
      const direct = azureOptions(service).ingress === "direct" && legacy === "workload";
      warnDeprecatedStage(this, `azure.stages.${dc.region.name}`, legacy, direct ? " With ingress \"direct\", \"workload\" is the one step stage does not name; keep it for that step only." : "");
    }
    this.stage = legacy ?? (dc.stage === "foundation" ? "foundation" : "bound");
    this.stageField = legacy !== undefined ? `azure.stages.${dc.region.name}` : "stage";
    const region = dc.region.name;
    const owner = props.ownsSharedVerificationRecords ?? azureVerificationOwner(service)?.key === dc.key;
    Aspects.of(this).add(new AzureTags({ ...service.tags, datacentre: dc.key }));

    this.resourceGroup = new ResourceGroup(this, "resource-group", { name: physicalName("resourceGroupName", [service.name, region]), location: region });
    const rg = this.resourceGroup.name;

    // Network: VNet, the environment's subnet and the private endpoints' subnet, each with its NSG.
    const gatewayMode = azureOptions(service).ingress === "gateway";
    if (!gatewayMode && !service.waf.disabledOn.includes("azure")) {
      new FieldChecker(this.node.path).fail("azure.ingress", "direct", 'the default "gateway", or "direct" together with waf.disabledOn listing "azure" (direct ingress has no WAF; say so explicitly)');
    }
    const network = createNetwork(this, service.name, region, dc.cidr, rg, service.outbound, gatewayMode ? gatewaySubnetCidr(dc.cidr) : undefined);
    this.vnet = network.vnet;
    this.subnet = network.appsSubnet;
    this.nsg = network.appsNsg;
    this.privateEndpointSubnet = network.endpointsSubnet;
    this.privateEndpointNsg = network.endpointsNsg;

    // Environment, registry and vault, reached through private endpoints, and the identity's roles on them.
    const environment = createEnvironment(this, service, dc, rg, network, gatewayMode);
    this.logAnalytics = environment.logAnalytics;
    this.identity = environment.identity;
    this.environment = environment.environment;
    const stores = createRegistryAndVault(this, service, dc, rg);
    this.registry = stores.registry;
    this.keyVault = stores.keyVault;
    const placement = { serviceName: service.name, region, resourceGroupName: rg, vnet: this.vnet, subnet: this.privateEndpointSubnet, subnetNsgAssociation: network.endpointsNsgAssociation };
    const vaultLink = createPrivateLink(this, "key-vault", KEY_VAULT_PRIVATE_DNS_ZONE, this.keyVault.id, "vault", placement);
    this.keyVaultDnsZone = vaultLink.zone;
    this.keyVaultDnsZoneLink = vaultLink.link;
    this.keyVaultEndpoint = vaultLink.endpoint;
    const registryLink = createPrivateLink(this, "registry", CONTAINER_REGISTRY_PRIVATE_DNS_ZONE, this.registry.id, "registry", placement);
    this.registryDnsZone = registryLink.zone;
    this.registryDnsZoneLink = registryLink.link;
    this.registryEndpoint = registryLink.endpoint;
    const grants = grantIdentity(this, this.identity, this.registry, this.keyVault);
    this.acrPull = grants.acrPull;
    this.keyVaultSecretsUser = grants.keyVaultSecretsUser;

    // The edge: the gateway's subnet, address and identity, and the internal environment's private DNS.
    if (gatewayMode) {
      this.gatewayNetwork = createGatewayNetwork(this, service, dc, rg, this.vnet);
      this.gatewayIdentity = createGatewayIdentity(this, service, region, rg, this.keyVault);
      this.environmentDns = createEnvironmentPrivateDns(this, service, region, rg, this.vnet, this.environment);
    } else {
      suppressPolicy(this.environment, "azure-container-app-environment-internal", "azure.ingress is direct: the service owner opted in to the environment's own public ingress, without a WAF.");
    }

    // Azure DNS: the endpoint name (the gateway, or the environment with direct ingress), and with direct ingress its verification records.
    const endpointAddress = this.gatewayNetwork ? this.gatewayNetwork.publicIp.ipAddress : this.environment.staticIpAddress;
    const records = createDnsRecords(this, service, dc, endpointAddress, gatewayMode ? undefined : { environment: this.environment, ownsShared: owner });
    this.endpointRecord = records.endpointRecord;
    this.endpointVerificationRecord = records.endpointVerificationRecord;
    this.sharedVerificationRecords = records.sharedVerificationRecords;

    this.customDomains = [];
    if (this.stage === "foundation") {
      this.alerts = this.createAlerts();
      return;
    }

    // The app, once the identity can pull and read through the private endpoints.
    const vaultReadable = [this.keyVaultSecretsUser, this.keyVaultEndpoint, this.keyVaultDnsZoneLink];
    const app = createContainerApp(this, service, dc, rg, {
      environment: this.environment,
      identity: this.identity,
      registry: this.registry,
      keyVault: this.keyVault,
      dependsOn: [this.acrPull, ...vaultReadable, this.registryEndpoint, this.registryDnsZoneLink],
    });
    this.container = app.container;
    this.replicas = app.replicas;
    this.containerApp = app.containerApp;

    // Gateway ingress: the WAF gateway forwards to the app's default FQDN; nothing to bind.
    if (this.gatewayNetwork && this.gatewayIdentity && this.environmentDns) {
      if (service.waf.disabledOn.includes("azure")) {
        this.applicationGateway = this.createGateway(undefined, vaultReadable);
        suppressPolicy(this.applicationGateway, "azure-application-gateway-waf", "waf.disabledOn lists azure: the service owner opted this cloud's gateways out of the WAF (Standard_v2).");
      } else {
        this.wafPolicy = createWafPolicy(this, service, region, rg);
        this.applicationGateway = this.createGateway(this.wafPolicy, vaultReadable);
      }
      this.alerts = this.createAlerts();
      return;
    }
    if (this.stage === "workload") {
      this.alerts = this.createAlerts();
      return;
    }

    // Bindings: one certificate from Key Vault for both names.
    const binding = bindDomains(this, service, dc, { environment: this.environment, containerApp: this.containerApp, identity: this.identity, keyVault: this.keyVault, records, vaultReadable });
    this.certificate = binding.certificate;
    this.customDomains = binding.customDomains;
    this.alerts = this.createAlerts();
  }

  /** The datacentre's alerts on what exists at its stage, into its action group. */
  private createAlerts(): AzureDatacentreAlerts {
    return createDatacentreAlerts(this, this.service, this.datacentre, {
      resourceGroupName: this.resourceGroup.name,
      ...(this.containerApp ? { containerApp: this.containerApp } : {}),
      ...(this.applicationGateway ? { applicationGateway: this.applicationGateway } : {}),
    });
  }

  private createGateway(wafPolicy: WebApplicationFirewallPolicy | undefined, vaultReadable: ITerraformDependable[]): ApplicationGateway {
    const certificateName = azureOptions(this.service).certificateName;
    return createApplicationGateway(this, this.service, this.datacentre, {
      resourceGroupName: this.resourceGroup.name,
      network: this.gatewayNetwork!,
      identity: this.gatewayIdentity!.identity,
      certificateSecretId: `${this.keyVault.vaultUri}secrets/${certificateName}`,
      backendFqdn: this.containerApp!.ingress.fqdn,
      ...(wafPolicy ? { wafPolicy } : {}),
      dependsOn: [this.gatewayIdentity!.keyVaultSecretsUser, ...vaultReadable, this.environmentDns!.link, ...this.environmentDns!.records],
    });
  }

  /**
   * What this datacentre runs, read back from the container app's configuration.
   * Throws at the `foundation` stage, which runs nothing yet.
   */
  public runtimeContract(): ServiceRuntimeContract {
    if (!this.container || !this.replicas || !this.containerApp) {
      throw foundationStageHasNoRuntime(this.node.path, this.stageField, "the container app");
    }
    const env = (this.container.env ?? []) as { name: string; secretName?: string }[];
    const probePaths = new Set([this.container.startupProbe, this.container.readinessProbe, this.container.livenessProbe].flatMap((p) => (p as { path?: string }[]).map((x) => x.path)));
    if (probePaths.size !== 1) throw probesDisagree(this.datacentre.key, probePaths);
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
