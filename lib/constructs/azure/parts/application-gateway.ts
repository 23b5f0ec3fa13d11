import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { WebApplicationFirewallPolicy } from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { KEY_VAULT_SECRETS_USER } from "../azure-constants";
import { GatewayNetwork, zoneList } from "./gateway-network";

/**
 * TLS policy of the gateway's listeners: TLS 1.2 and 1.3 only, GCM ciphers
 * (Microsoft's predefined `AppGwSslPolicy20220101S`, v2 SKUs only).
 */
export const GATEWAY_SSL_POLICY = "AppGwSslPolicy20220101S";

/** Autoscale bounds of each gateway: two reserved instances (one per zone at least), up to ten. */
export const GATEWAY_AUTOSCALE = { minCapacity: 2, maxCapacity: 10 } as const;

/** Fixed names of the gateway's sub-resources (unique within the gateway). */
export const GATEWAY_PARTS = {
  gatewayIp: "gateway-ip",
  frontendIp: "public",
  httpsPort: "https",
  httpPort: "http",
  certificate: "tls",
  httpsListener: "https",
  httpListener: "http-redirect",
  redirect: "to-https",
  pool: "container-app",
  settings: "container-app-https",
  probe: "health",
  httpsRule: "https-to-container-app",
  httpRule: "http-to-https",
} as const;

/** The gateway's own identity and its one grant. */
export interface GatewayIdentity {
  /** User-assigned identity the gateway reads the certificate with. */
  readonly identity: UserAssignedIdentity;
  /** Key Vault Secrets User for {@link identity} on the datacentre's vault only. */
  readonly keyVaultSecretsUser: RoleAssignment;
}

/**
 * Creates the gateway's user-assigned identity and grants it Key Vault Secrets
 * User on the vault (IDs `gateway-identity`, `gateway-key-vault-secrets-user`):
 * Application Gateway reads a Key Vault certificate through its secret, with a
 * user-assigned identity only. Deployed with the foundation, so the grant has
 * propagated before the gateway first reads the certificate.
 */
export function createGatewayIdentity(scope: Construct, service: ServiceModel, region: string, resourceGroupName: string, keyVault: KeyVault): GatewayIdentity {
  const identity = new UserAssignedIdentity(scope, "gateway-identity", { name: physicalName("userAssignedIdentityName", [service.name, region, "gateway"]), location: region, resourceGroupName });
  const keyVaultSecretsUser = new RoleAssignment(scope, "gateway-key-vault-secrets-user", {
    scope: keyVault.id,
    roleDefinitionName: KEY_VAULT_SECRETS_USER,
    principalId: identity.principalId,
    principalType: "ServicePrincipal",
  });
  return { identity, keyVaultSecretsUser };
}

/** What the gateway needs from the rest of the datacentre. */
export interface ApplicationGatewayInputs {
  /** Resource group of the datacentre. */
  readonly resourceGroupName: string;
  /** Subnet, NSG and public address from `createGatewayNetwork`. */
  readonly network: GatewayNetwork;
  /** Identity the gateway reads the certificate with (Key Vault Secrets User on the vault). */
  readonly identity: UserAssignedIdentity;
  /** Versionless Key Vault secret ID of the certificate, e.g. `https://<vault>.vault.azure.net/secrets/tls`. */
  readonly certificateSecretId: string;
  /** The container app's default FQDN in the internal environment: the backend address and the Host header the app accepts. */
  readonly backendFqdn: string;
  /** The WAF policy; absent when `waf.disabledOn` lists `azure` (the gateway then runs as Standard_v2). */
  readonly wafPolicy?: WebApplicationFirewallPolicy;
  /** What must exist first: the role assignment, the vault's private endpoint and DNS link, the environment's private DNS. */
  readonly dependsOn: readonly ITerraformDependable[];
}

/**
 * Creates the datacentre's zone-redundant Application Gateway v2 (ID
 * `application-gateway`): one HTTPS listener for `<domain>` and
 * `<region>.azure.<domain>` with the Key Vault certificate read through a
 * user-assigned identity, HTTP on the same names redirected to HTTPS, and one
 * backend, the container app's default FQDN over HTTPS with that FQDN as Host
 * (so Container Apps needs no custom-domain binding), probed on the health path.
 */
export function createApplicationGateway(scope: Construct, service: ServiceModel, dc: DatacentreModel, inputs: ApplicationGatewayInputs): ApplicationGateway {
  const region = dc.region.name;
  const p = GATEWAY_PARTS;
  const hostNames = [service.domain, dc.endpointHostname];
  const tier = inputs.wafPolicy ? "WAF_v2" : "Standard_v2";
  return new ApplicationGateway(scope, "application-gateway", {
    name: physicalName("applicationGatewayName", [service.name, region]),
    location: region,
    resourceGroupName: inputs.resourceGroupName,
    sku: { name: tier, tier },
    autoscaleConfiguration: { ...GATEWAY_AUTOSCALE },
    ...(dc.region.zones > 0 ? { zones: zoneList(dc.region.zones) } : {}),
    enableHttp2: true,
    identity: { type: "UserAssigned", identityIds: [inputs.identity.id] },
    ...(inputs.wafPolicy ? { firewallPolicyId: inputs.wafPolicy.id } : {}),
    sslPolicy: { policyType: "Predefined", policyName: GATEWAY_SSL_POLICY },
    gatewayIpConfiguration: [{ name: p.gatewayIp, subnetId: inputs.network.subnet.id }],
    frontendIpConfiguration: [{ name: p.frontendIp, publicIpAddressId: inputs.network.publicIp.id }],
    frontendPort: [
      { name: p.httpsPort, port: 443 },
      { name: p.httpPort, port: 80 },
    ],
    sslCertificate: [{ name: p.certificate, keyVaultSecretId: inputs.certificateSecretId }],
    httpListener: [
      { name: p.httpsListener, frontendIpConfigurationName: p.frontendIp, frontendPortName: p.httpsPort, protocol: "Https", hostNames, sslCertificateName: p.certificate },
      { name: p.httpListener, frontendIpConfigurationName: p.frontendIp, frontendPortName: p.httpPort, protocol: "Http", hostNames },
    ],
    redirectConfiguration: [{ name: p.redirect, redirectType: "Permanent", targetListenerName: p.httpsListener, includePath: true, includeQueryString: true }],
    backendAddressPool: [{ name: p.pool, fqdns: [inputs.backendFqdn] }],
    backendHttpSettings: [
      {
        name: p.settings,
        protocol: "Https",
        port: 443,
        cookieBasedAffinity: "Disabled",
        pickHostNameFromBackendAddress: true,
        requestTimeout: 30,
        probeName: p.probe,
      },
    ],
    probe: [
      {
        name: p.probe,
        protocol: "Https",
        path: service.healthCheckPath,
        pickHostNameFromBackendHttpSettings: true,
        interval: 10,
        timeout: 5,
        unhealthyThreshold: 3,
        match: { statusCode: ["200-399"] },
      },
    ],
    requestRoutingRule: [
      { name: p.httpsRule, priority: 100, ruleType: "Basic", httpListenerName: p.httpsListener, backendAddressPoolName: p.pool, backendHttpSettingsName: p.settings },
      { name: p.httpRule, priority: 200, ruleType: "Basic", httpListenerName: p.httpListener, redirectConfigurationName: p.redirect },
    ],
    dependsOn: [inputs.network.nsgAssociation, ...inputs.dependsOn],
  });
}
