import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { DnsARecord } from "@cdktf/provider-azurerm/lib/dns-a-record";
import { DnsTxtRecord } from "@cdktf/provider-azurerm/lib/dns-txt-record";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { relativeRecordName } from "../../../naming/dns-names";
import { AZURE_ENDPOINT_RECORD_TTL } from "../azure-constants";

/** The records an Azure datacentre writes in the Azure DNS zone. */
export interface AzureDnsRecords {
  /** A record `<region>.azure.<domain>` -> the environment's static IP. */
  readonly endpointRecord: DnsARecord;
  /** TXT `asuid.<region>.azure.<domain>` -> the custom domain verification ID. */
  readonly endpointVerificationRecord: DnsTxtRecord;
  /** TXT `asuid.<domain>` and `asuid.azure.<domain>`, when this datacentre owns them; else empty. */
  readonly sharedVerificationRecords: readonly DnsTxtRecord[];
}

/**
 * Writes the endpoint name and its verification record (IDs
 * `endpoint-record`, `endpoint-verification-record`), plus the shared
 * verification records when `ownsShared` (`domain-verification-record`,
 * `azure-domain-verification-record`).
 */
export function createDnsRecords(scope: Construct, service: ServiceModel, dc: DatacentreModel, environment: ContainerAppEnvironment, ownsShared: boolean): AzureDnsRecords {
  const zone = { zoneName: service.dns.zoneName, resourceGroupName: service.dns.azureZoneResourceGroup, ttl: AZURE_ENDPOINT_RECORD_TTL };
  const verification = [{ value: environment.customDomainVerificationId }];
  const endpointName = relativeRecordName(dc.endpointHostname, service.dns.zoneName);
  const domainName = relativeRecordName(service.domain, service.dns.zoneName);
  const endpointRecord = new DnsARecord(scope, "endpoint-record", { ...zone, name: endpointName, records: [environment.staticIpAddress] });
  const endpointVerificationRecord = new DnsTxtRecord(scope, "endpoint-verification-record", { ...zone, name: `asuid.${endpointName}`, record: verification });
  const sharedVerificationRecords = ownsShared
    ? [
        new DnsTxtRecord(scope, "domain-verification-record", { ...zone, name: `asuid.${domainName}`, record: verification }),
        new DnsTxtRecord(scope, "azure-domain-verification-record", { ...zone, name: `asuid.azure.${domainName}`, record: verification }),
      ]
    : [];
  return { endpointRecord, endpointVerificationRecord, sharedVerificationRecords };
}
