export * from "./errors";
export * from "./model/cloud";
export * from "./model/props";
export * from "./model/service-model";
export * from "./model/defaults";
export * from "./model/failover";
export * from "./model/waf";
export * from "./model/waf-catalogue";
export * from "./model/regions/region-info";
export * from "./naming/name-rules";
export * from "./naming/physical-name";
export { resolveServiceModel } from "./validation/resolve-service";
export * from "./constructs/cloud-adapter";
export * from "./constructs/datacentre-stack";
export * from "./constructs/dual-cloud-service";
export * from "./constructs/aws/aws-datacentre-stack";
export * from "./constructs/azure/azure-datacentre-stack";
export * from "./constructs/global/route53-global-stack";
export * from "./constructs/global/traffic-manager-global-stack";
export * from "./constructs/global/global-stack-names";
export * from "./summary/synth-summary";
export * from "./summary/summary-section";
export * from "./constructs/find-services";
export * from "./summary/print-synth-summary";
export * from "./model/nearest-region";
export * from "./constructs/global/global-endpoint";
export * from "./constructs/global/subtree-delegation";
export * from "./model/runtime-contract";
export * from "./constructs/azure/azure-datacentre";
export * from "./constructs/azure/azure-tags";
export * from "./constructs/azure/key-vault-names";
export * from "./constructs/global/traffic-manager-global-layer";
export * from "./constructs/aws/aws-datacentre";
export * from "./constructs/aws/aws-network";
export * from "./constructs/aws/aws-access-log-bucket";
export * from "./constructs/aws/aws-validation";
export * from "./constructs/global/route53-global-layer";
export * from "./validation/checker";
export * from "./diagram/topology-mermaid";
export * from "./diagram/write-topology";
export * from "./summary/capacity-summary";
export * from "./summary/prerequisites";
export * from "./summary/prerequisites-summary";
export * from "./clouds/prerequisite";
export * from "./policy";
export * from "./checks";
export * from "./model/capacity";
export * from "./performance/token-stack-traces";
export * from "./constructs/global/global-layer-props";
export * from "./constructs/deploy-after-owner";
export * from "./clouds/registry";
export * from "./clouds/cloud-plugin";
export * from "./constructs/aws/aws-options";
export * from "./constructs/azure/azure-options";
export * from "./constructs/gcp/gcp-options";
export {
  DNS_PROVIDERS,
  ELB_ALIAS_TTL_SECONDS,
  absoluteName,
  buildDnsZoneView,
  delegationOf,
  describeDnsValue,
  isAtOrBelow,
  isUnknownDnsValue,
  recordsAt,
  renderZoneFile,
} from "./dns";
export type { DnsAnswerMode, DnsProvider, DnsViewRecord, DnsViewValue, DnsZoneCopy, DnsZoneView, UnknownDnsValue, ZoneFileField, ZoneFileOptions } from "./dns";
export { runVerify } from "./cli/verify/run-verify";
export type { RunVerifyOptions } from "./cli/verify/run-verify";
export { formatVerifyReport, verifyProblems } from "./cli/verify/report";
export type { VerifyResult } from "./cli/verify/report";
export type { VerifyOptions, HostPort } from "./cli/verify/options";
export { checkDnsCopies } from "./cli/verify/dns-checks";
export type { AskCopy, DnsCheckResult, DnsCheckRow } from "./cli/verify/dns-checks";
export type { LiveAnswer, LiveRecords, LiveReferral, LiveNoRecord, LiveError } from "./cli/verify/live-answer";
export type { HttpsProbeResult, ServedCertificate } from "./cli/verify/https-probe";
export type { EndpointTarget } from "./cli/verify/endpoint-targets";
