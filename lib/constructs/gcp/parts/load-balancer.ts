import { CertificateManagerCertificateMap } from "@cdktf/provider-google/lib/certificate-manager-certificate-map";
import { CertificateManagerCertificateMapEntry } from "@cdktf/provider-google/lib/certificate-manager-certificate-map-entry";
import { CloudRunV2Service } from "@cdktf/provider-google/lib/cloud-run-v2-service";
import { ComputeBackendService } from "@cdktf/provider-google/lib/compute-backend-service";
import { ComputeGlobalAddress } from "@cdktf/provider-google/lib/compute-global-address";
import { ComputeGlobalForwardingRule } from "@cdktf/provider-google/lib/compute-global-forwarding-rule";
import { ComputeRegionNetworkEndpointGroup } from "@cdktf/provider-google/lib/compute-region-network-endpoint-group";
import { ComputeSecurityPolicy } from "@cdktf/provider-google/lib/compute-security-policy";
import { ComputeSslPolicy } from "@cdktf/provider-google/lib/compute-ssl-policy";
import { ComputeTargetHttpProxy } from "@cdktf/provider-google/lib/compute-target-http-proxy";
import { ComputeTargetHttpsProxy } from "@cdktf/provider-google/lib/compute-target-https-proxy";
import { ComputeUrlMap } from "@cdktf/provider-google/lib/compute-url-map";
import { DnsManagedZone } from "@cdktf/provider-google/lib/dns-managed-zone";
import { DnsRecordSet } from "@cdktf/provider-google/lib/dns-record-set";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { GCP_SSL_POLICY } from "../gcp-constants";
import { gcpNameParts } from "../gcp-names";
import { createDnsRecord } from "./dns-and-certificates";

/** What exists from the `foundation` stage on: the address, its record and the TLS policy. */
export interface GcpFrontend {
  /** The load balancer's global IPv4 address. */
  readonly address: ComputeGlobalAddress;
  /** A record `<region>.gcp.<domain>` -> {@link address}. */
  readonly endpointRecord: DnsRecordSet;
  /** TLS policy of the HTTPS proxy (MODERN, TLS 1.2+). */
  readonly sslPolicy: ComputeSslPolicy;
}

/** The load balancer's chain from the Cloud Run service to the two forwarding rules. */
export interface GcpLoadBalancer {
  /** Serverless NEG of the Cloud Run service. */
  readonly networkEndpointGroup: ComputeRegionNetworkEndpointGroup;
  /** Backend service (EXTERNAL_MANAGED, request logs on). */
  readonly backendService: ComputeBackendService;
  /** URL map of the HTTPS proxy. */
  readonly urlMap: ComputeUrlMap;
  /** HTTPS proxy with the certificate map and the SSL policy. */
  readonly httpsProxy: ComputeTargetHttpsProxy;
  /** Forwarding rule for 443. */
  readonly httpsForwardingRule: ComputeGlobalForwardingRule;
  /** URL map that only redirects HTTP to HTTPS. */
  readonly redirectUrlMap: ComputeUrlMap;
  /** HTTP proxy of {@link redirectUrlMap}. */
  readonly httpProxy: ComputeTargetHttpProxy;
  /** Forwarding rule for 80 (redirect only). */
  readonly httpForwardingRule: ComputeGlobalForwardingRule;
}

/** What the load balancer serves and with which certificates. */
export interface GcpLoadBalancerInputs {
  /** The Cloud Run service behind it. */
  readonly cloudRunService: CloudRunV2Service;
  /** The frontend from {@link createFrontend}. */
  readonly frontend: GcpFrontend;
  /** The certificate map of the HTTPS proxy. */
  readonly certificateMap: CertificateManagerCertificateMap;
  /** The map's entries, which the HTTPS proxy waits for. */
  readonly certificateMapEntries: readonly CertificateManagerCertificateMapEntry[];
  /** The Cloud Armor policy of the backend service; absent when `waf.disabledOn` lists `gcp`. */
  readonly securityPolicy?: ComputeSecurityPolicy;
}

/**
 * Creates the load balancer's global address, the endpoint A record
 * `<region>.gcp.<domain>` pointing at it, and its SSL policy (IDs `address`,
 * `endpoint-record`, `ssl-policy`): the parts that exist at every stage.
 */
export function createFrontend(scope: Construct, service: ServiceModel, dc: DatacentreModel, zone: DnsManagedZone | undefined): GcpFrontend {
  const name = gcpNameParts(service, dc.region.name);
  const address = new ComputeGlobalAddress(scope, "address", { name: physicalName("computeGlobalAddressName", name), ipVersion: "IPV4", addressType: "EXTERNAL" });
  const endpointRecord = createDnsRecord(scope, service, zone, "endpoint-record", `${dc.endpointHostname}.`, "A", [address.address]);
  const sslPolicy = new ComputeSslPolicy(scope, "ssl-policy", { name: physicalName("computeSslPolicyName", name), ...GCP_SSL_POLICY });
  return { address, endpointRecord, sslPolicy };
}

/**
 * Creates the global external Application Load Balancer in front of the
 * Cloud Run service: serverless NEG -> backend -> HTTPS proxy on 443; 80 only
 * redirects (IDs `neg`, `backend`, `url-map`, `https-proxy`,
 * `https-forwarding-rule`, `redirect-url-map`, `http-proxy`,
 * `http-forwarding-rule`).
 */
export function createLoadBalancer(scope: Construct, service: ServiceModel, dc: DatacentreModel, inputs: GcpLoadBalancerInputs): GcpLoadBalancer {
  const region = dc.region.name;
  const name = (role?: string) => gcpNameParts(service, region, role);
  const networkEndpointGroup = new ComputeRegionNetworkEndpointGroup(scope, "neg", {
    name: physicalName("computeRegionNetworkEndpointGroupName", name()),
    region,
    networkEndpointType: "SERVERLESS",
    cloudRun: { service: inputs.cloudRunService.name },
  });
  const backendService = new ComputeBackendService(scope, "backend", {
    name: physicalName("computeBackendServiceName", name()),
    loadBalancingScheme: "EXTERNAL_MANAGED",
    protocol: "HTTPS",
    backend: [{ group: networkEndpointGroup.id }],
    logConfig: { enable: true, sampleRate: 1 },
    ...(inputs.securityPolicy ? { securityPolicy: inputs.securityPolicy.id } : {}),
  });
  const urlMap = new ComputeUrlMap(scope, "url-map", { name: physicalName("computeUrlMapName", name()), defaultService: backendService.id });
  const httpsProxy = new ComputeTargetHttpsProxy(scope, "https-proxy", {
    name: physicalName("computeTargetHttpsProxyName", name()),
    urlMap: urlMap.id,
    certificateMap: `//certificatemanager.googleapis.com/${inputs.certificateMap.id}`,
    sslPolicy: inputs.frontend.sslPolicy.id,
    // Closes idle client connections after edge.keepAliveSeconds (docs/failover.md).
    httpKeepAliveTimeoutSec: service.edge.keepAliveSeconds,
    dependsOn: [...inputs.certificateMapEntries],
  });
  const forwarding = (ruleId: string, port: string, target: string) =>
    new ComputeGlobalForwardingRule(scope, ruleId, {
      name: physicalName("computeGlobalForwardingRuleName", name(port === "443" ? "https" : "http")),
      target,
      ipAddress: inputs.frontend.address.id,
      ipProtocol: "TCP",
      portRange: port,
      loadBalancingScheme: "EXTERNAL_MANAGED",
    });
  const httpsForwardingRule = forwarding("https-forwarding-rule", "443", httpsProxy.id);
  const redirectUrlMap = new ComputeUrlMap(scope, "redirect-url-map", {
    name: physicalName("computeUrlMapName", name("redirect")),
    defaultUrlRedirect: { httpsRedirect: true, stripQuery: false, redirectResponseCode: "MOVED_PERMANENTLY_DEFAULT" },
  });
  const httpProxy = new ComputeTargetHttpProxy(scope, "http-proxy", { name: physicalName("computeTargetHttpProxyName", name()), urlMap: redirectUrlMap.id });
  const httpForwardingRule = forwarding("http-forwarding-rule", "80", httpProxy.id);
  return { networkEndpointGroup, backendService, urlMap, httpsProxy, httpsForwardingRule, redirectUrlMap, httpProxy, httpForwardingRule };
}
