import { ContainerApp } from "@cdktf/provider-azurerm/lib/container-app";
import { ContainerAppCustomDomain } from "@cdktf/provider-azurerm/lib/container-app-custom-domain";
import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { ContainerAppEnvironmentCertificate } from "@cdktf/provider-azurerm/lib/container-app-environment-certificate";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { AzureDnsRecords } from "./dns-records";
import { azureOptions } from "../azure-options";

/** What the bindings need. */
export interface DomainBindingInputs {
  /** The environment the certificate is imported into. */
  readonly environment: ContainerAppEnvironment;
  /** The app the names are bound to. */
  readonly containerApp: ContainerApp;
  /** The identity that reads the certificate. */
  readonly identity: UserAssignedIdentity;
  /** The vault holding the certificate. */
  readonly keyVault: KeyVault;
  /** The datacentre's records: each binding waits for its name and verification record. */
  readonly records: AzureDnsRecords;
  /** What must exist before the vault is readable: the role assignment, the private endpoint and its DNS link. */
  readonly vaultReadable: ITerraformDependable[];
}

/** The certificate and the two custom domains. */
export interface AzureDomainBinding {
  /** The Key Vault certificate imported into the environment. */
  readonly certificate: ContainerAppEnvironmentCertificate;
  /** Bindings of the endpoint hostname and of `<domain>`, in that order. */
  readonly customDomains: readonly ContainerAppCustomDomain[];
}

/**
 * Imports the certificate `azure.certificateName` (default `tls`) from Key
 * Vault into the environment and binds the endpoint hostname and `<domain>`
 * to the app with it (IDs `certificate`, `endpoint-domain`, `service-domain`).
 */
export function bindDomains(scope: Construct, service: ServiceModel, dc: DatacentreModel, inputs: DomainBindingInputs): AzureDomainBinding {
  const certificateName = azureOptions(service).certificateName;
  const certificate = new ContainerAppEnvironmentCertificate(scope, "certificate", {
    name: certificateName,
    containerAppEnvironmentId: inputs.environment.id,
    certificateKeyVault: { identity: inputs.identity.id, keyVaultSecretId: `${inputs.keyVault.vaultUri}secrets/${certificateName}` },
    dependsOn: inputs.vaultReadable,
  });
  const bind = (bindingId: string, hostname: string, after: ITerraformDependable[]): ContainerAppCustomDomain =>
    new ContainerAppCustomDomain(scope, bindingId, {
      name: hostname,
      containerAppId: inputs.containerApp.id,
      containerAppEnvironmentCertificateId: certificate.id,
      certificateBindingType: "SniEnabled",
      dependsOn: [inputs.records.endpointRecord, ...after],
    });
  const endpointBinding = bind("endpoint-domain", dc.endpointHostname, inputs.records.endpointVerificationRecord ? [inputs.records.endpointVerificationRecord] : []);
  const serviceBinding = bind("service-domain", service.domain, [...inputs.records.sharedVerificationRecords]);
  return { certificate, customDomains: [endpointBinding, serviceBinding] };
}
