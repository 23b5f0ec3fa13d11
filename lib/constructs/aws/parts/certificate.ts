import { AcmCertificate } from "@cdktf/provider-aws/lib/acm-certificate";
import { AcmCertificateValidation } from "@cdktf/provider-aws/lib/acm-certificate-validation";
import { DataAwsRoute53Zone } from "@cdktf/provider-aws/lib/data-aws-route53-zone";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { TerraformIterator, Token } from "cdktf";
import { Construct } from "constructs";

/** The ACM certificate, its validation records and its validation. */
export interface AwsCertificate {
  /** Certificate for the domain, with the endpoint hostname as a SAN. */
  readonly certificate: AcmCertificate;
  /** DNS validation records (`for_each` over the certificate's validation options). */
  readonly validationRecords: Route53Record;
  /** The validation, complete once ACM has issued the certificate. */
  readonly validation: AcmCertificateValidation;
}

/**
 * Creates the certificate for `domain` plus the datacentre's endpoint
 * hostname, DNS-validated in the Route 53 `zone` (IDs `certificate`,
 * `certificate-validation-record`, `certificate-validation`).
 */
export function createCertificate(scope: Construct, domain: string, endpointHostname: string, zone: DataAwsRoute53Zone): AwsCertificate {
  const certificate = new AcmCertificate(scope, "certificate", {
    domainName: domain,
    subjectAlternativeNames: [endpointHostname],
    validationMethod: "DNS",
    keyAlgorithm: "RSA_2048",
    lifecycle: { createBeforeDestroy: true },
  });
  const options = TerraformIterator.fromComplexList(certificate.domainValidationOptions, "domain_name");
  const validationRecords = new Route53Record(scope, "certificate-validation-record", {
    forEach: options,
    zoneId: zone.zoneId,
    name: options.getString("resource_record_name"),
    type: options.getString("resource_record_type"),
    records: [options.getString("resource_record_value")],
    ttl: 300,
    // ACM gives every certificate for a name the same validation CNAME, so both AWS datacentres write it: the last apply owns it.
    allowOverwrite: true,
  });
  const validation = new AcmCertificateValidation(scope, "certificate-validation", {
    certificateArn: certificate.arn,
    validationRecordFqdns: Token.asList(TerraformIterator.fromResources(validationRecords).pluckProperty("fqdn")),
  });
  return { certificate, validationRecords, validation };
}
