import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { DnsARecord } from "@cdktf/provider-azurerm/lib/dns-a-record";
import { DnsTxtRecord } from "@cdktf/provider-azurerm/lib/dns-txt-record";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { relativeRecordName } from "../../../naming/dns-names";
import { AZURE_ENDPOINT_RECORD_TTL } from "../azure-constants";

/** The records an Azure datacentre writes in the Azure DNS zone. */
export interface AzureDnsRecords {
  /** A record `<region>.azure.<domain>` -> the gateway's public IP (or, with direct ingress, the environment's static IP). */
  readonly endpointRecord: DnsARecord;
  /** TXT `asuid.<region>.azure.<domain>` -> the custom domain verification ID; only with direct ingress. */
  readonly endpointVerificationRecord?: DnsTxtRecord;
  /** TXT `asuid.<domain>` and `asuid.azure.<domain>`, when this datacentre owns them; else empty. */
  readonly sharedVerificationRecords: readonly DnsTxtRecord[];
}

/**
 * Writes the endpoint name `<region>.azure.<domain>` -> `endpointAddress` (ID
 * `endpoint-record`). With `verification` (direct ingress only) also its
 * Container Apps verification record (`endpoint-verification-record`), plus
 * the shared verification records when `ownsShared`
 * (`domain-verification-record`, `azure-domain-verification-record`).
 */
export function createDnsRecords(
  scope: Construct,
  service: ServiceModel,
  dc: DatacentreModel,
  endpointAddress: string,
  verification: { readonly environment: ContainerAppEnvironment; readonly ownsShared: boolean } | undefined,
): AzureDnsRecords {
  const zone = { zoneName: service.dns.zoneName, resourceGroupName: service.dns.azureZoneResourceGroup, ttl: AZURE_ENDPOINT_RECORD_TTL };
  const endpointName = relativeRecordName(dc.endpointHostname, service.dns.zoneName);
  const endpointRecord = new DnsARecord(scope, "endpoint-record", { ...zone, name: endpointName, records: [endpointAddress] });
  if (!verification) return { endpointRecord, sharedVerificationRecords: [] };
  const value = [{ value: verification.environment.customDomainVerificationId }];
  const domainName = relativeRecordName(service.domain, service.dns.zoneName);
  const endpointVerificationRecord = new DnsTxtRecord(scope, "endpoint-verification-record", { ...zone, name: `asuid.${endpointName}`, record: value });
  const sharedVerificationRecords = verification.ownsShared
    ? [
        new DnsTxtRecord(scope, "domain-verification-record", { ...zone, name: `asuid.${domainName}`, record: value }),
        new DnsTxtRecord(scope, "azure-domain-verification-record", { ...zone, name: `asuid.azure.${domainName}`, record: value }),
      ]
    : [];
  return { endpointRecord, endpointVerificationRecord, sharedVerificationRecords };
}
