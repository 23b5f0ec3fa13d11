import { CertificateManagerCertificate } from "@cdktf/provider-google/lib/certificate-manager-certificate";
import { CertificateManagerCertificateMap } from "@cdktf/provider-google/lib/certificate-manager-certificate-map";
import { CertificateManagerCertificateMapEntry } from "@cdktf/provider-google/lib/certificate-manager-certificate-map-entry";
import { CertificateManagerDnsAuthorization } from "@cdktf/provider-google/lib/certificate-manager-dns-authorization";
import { DnsManagedZone } from "@cdktf/provider-google/lib/dns-managed-zone";
import { DnsRecordSet } from "@cdktf/provider-google/lib/dns-record-set";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { ACME_CHALLENGE_LABEL, GCP_RECORD_TTL } from "../gcp-constants";
import { gcpDnsZoneName, gcpDomainAuthorizationName, gcpNameParts, requireProject } from "../gcp-names";

/** The Cloud DNS zone, the DNS authorizations and the certificate they validate. */
export interface GcpDnsAndCertificates {
  /** Cloud DNS zone `gcp.<domain>`, when this datacentre owns it. */
  readonly zone?: DnsManagedZone;
  /** DNS authorization of `<domain>`, when this datacentre owns it. */
  readonly domainAuthorization?: CertificateManagerDnsAuthorization;
  /** CNAME `_acme-challenge.gcp.<domain>` -> the authorization's target, when this datacentre owns it. */
  readonly domainAuthorizationRecord?: DnsRecordSet;
  /** DNS authorization of the endpoint hostname. */
  readonly endpointAuthorization: CertificateManagerDnsAuthorization;
  /** Its CNAME `_acme-challenge.<region>.gcp.<domain>` in the zone. */
  readonly endpointAuthorizationRecord: DnsRecordSet;
  /** Google-managed certificate for the endpoint hostname only (its authorization lies in the zone), served for it and as PRIMARY. */
  readonly certificate: CertificateManagerCertificate;
  /** Google-managed certificate for `<domain>` only, served for `<domain>`. */
  readonly domainCertificate: CertificateManagerCertificate;
  /** Certificate map of the HTTPS proxy. */
  readonly certificateMap: CertificateManagerCertificateMap;
  /** Map entries: `<domain>` (domain certificate), the endpoint hostname and the primary (no SNI) entry (endpoint certificate). */
  readonly certificateMapEntries: readonly CertificateManagerCertificateMapEntry[];
}

/**
 * Writes a record set `recordId` in the shared zone `gcp.<domain>`; when this
 * datacentre created the zone (`zone`), the record waits for it.
 */
export function createDnsRecord(scope: Construct, service: ServiceModel, zone: DnsManagedZone | undefined, recordId: string, recordName: string, type: string, rrdatas: string[]): DnsRecordSet {
  return new DnsRecordSet(scope, recordId, { managedZone: gcpDnsZoneName(service), name: recordName, type, ttl: GCP_RECORD_TTL, rrdatas, ...(zone ? { dependsOn: [zone] } : {}) });
}

/**
 * The owner creates the zone `gcp.<domain>` and authorizes `<domain>` (IDs
 * `zone`, `domain-dns-authorization`, `domain-dns-authorization-record`);
 * every datacentre authorizes its endpoint (`endpoint-dns-authorization`,
 * `endpoint-dns-authorization-record`) and gets two certificates in its own
 * map: `certificate` for the endpoint hostname (entries `certificate-map-endpoint`
 * and `certificate-map-primary`) and `domain-certificate` for `<domain>`
 * (entry `certificate-map-domain`), so the health-checked endpoint does not
 * wait for the `<domain>` authorization (docs/gcp.md#two-certificates).
 */
export function createDnsAndCertificates(scope: Construct, service: ServiceModel, dc: DatacentreModel, owner: boolean): GcpDnsAndCertificates {
  const project = requireProject(service);
  const name = (role?: string) => gcpNameParts(service, dc.region.name, role);
  const subtree = `gcp.${service.domain}`;
  let zone: DnsManagedZone | undefined;
  let domainAuthorization: CertificateManagerDnsAuthorization | undefined;
  let domainAuthorizationRecord: DnsRecordSet | undefined;
  if (owner) {
    zone = new DnsManagedZone(scope, "zone", {
      name: gcpDnsZoneName(service),
      dnsName: `${subtree}.`,
      description: `Endpoint names of ${service.name} in Google Cloud; ${subtree} is delegated here from Route 53 and Azure DNS.`,
      visibility: "public",
      dnssecConfig: { state: "on" },
      lifecycle: { preventDestroy: true },
    });
    domainAuthorization = new CertificateManagerDnsAuthorization(scope, "domain-dns-authorization", {
      name: gcpDomainAuthorizationName(service),
      domain: service.domain,
      location: "global",
      type: "FIXED_RECORD",
      description: `Authorizes certificates for ${service.domain}: CNAME ${ACME_CHALLENGE_LABEL}.${service.domain} -> ${ACME_CHALLENGE_LABEL}.${subtree} -> this record.`,
    });
    domainAuthorizationRecord = createDnsRecord(scope, service, zone, "domain-dns-authorization-record", `${ACME_CHALLENGE_LABEL}.${subtree}.`, "CNAME", [
      domainAuthorization.dnsResourceRecord.get(0).data,
    ]);
  }
  const endpointAuthorization = new CertificateManagerDnsAuthorization(scope, "endpoint-dns-authorization", {
    name: physicalName("certificateManagerDnsAuthorizationName", name("endpoint")),
    domain: dc.endpointHostname,
    location: "global",
    type: "FIXED_RECORD",
  });
  const endpointAuthorizationRecord = createDnsRecord(scope, service, zone, "endpoint-dns-authorization-record", `${ACME_CHALLENGE_LABEL}.${dc.endpointHostname}.`, "CNAME", [
    endpointAuthorization.dnsResourceRecord.get(0).data,
  ]);
  const domainAuthorizationId = domainAuthorization?.id ?? `projects/${project}/locations/global/dnsAuthorizations/${gcpDomainAuthorizationName(service)}`;
  const certificate = new CertificateManagerCertificate(scope, "certificate", {
    name: physicalName("certificateManagerCertificateName", name()),
    scope: "DEFAULT",
    managed: { domains: [dc.endpointHostname], dnsAuthorizations: [endpointAuthorization.id] },
  });
  const domainCertificate = new CertificateManagerCertificate(scope, "domain-certificate", {
    name: physicalName("certificateManagerCertificateName", name("domain")),
    scope: "DEFAULT",
    managed: { domains: [service.domain], dnsAuthorizations: [domainAuthorizationId] },
  });
  const certificateMap = new CertificateManagerCertificateMap(scope, "certificate-map", { name: physicalName("certificateManagerCertificateMapName", name()) });
  const entry = (entryId: string, served: CertificateManagerCertificate, match: { hostname: string } | { matcher: string }) =>
    new CertificateManagerCertificateMapEntry(scope, `certificate-map-${entryId}`, {
      name: physicalName("certificateManagerCertificateMapEntryName", [service.name, entryId]),
      map: certificateMap.name,
      certificates: [served.id],
      ...match,
    });
  const certificateMapEntries = [
    entry("domain", domainCertificate, { hostname: service.domain }),
    entry("endpoint", certificate, { hostname: dc.endpointHostname }),
    entry("primary", certificate, { matcher: "PRIMARY" }),
  ];
  return { zone, domainAuthorization, domainAuthorizationRecord, endpointAuthorization, endpointAuthorizationRecord, certificate, domainCertificate, certificateMap, certificateMapEntries };
}
