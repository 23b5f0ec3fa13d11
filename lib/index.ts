/*
 * The public API of `dualcloud`, listed by name: anything not here is internal
 * and may change without notice. The Google Cloud constructs have their own
 * entry point, `dualcloud/gcp` (lib/gcp.ts).
 */

// Errors.
export { DualCloudValidationError, type ValidationProblem } from "./errors";

// Props: what a user writes.
export type {
  AlertsProps, CapacityProps, CertificateValidationRecord, DatacentreSpec, DeployStage, DnsCertificateValidation, DnsNameServers, DnsProps, DualCloudServiceProps,
  EdgeProps,
  NetworkProps, OutboundRuleProps, PeakInstances, PeakRequestRate, RoutingPolicy, RoutingProps, SizeProps, StabilityMode,
} from "./model/props";
// Each cloud's props (AwsStateBackendProps, AzureProps, GcpProps...), CloudOptionsProps and StateBackendProps:
// listed by name in the registry's props half, so a new cloud's types need no line here.
export type * from "./clouds/registry-props";
export type { WafExclusions, WafMode, WafModel, WafProps, WafRuleRef } from "./model/waf";
export type { EdgeConnectionControl, EdgeKeepAlive, EdgeModel, EdgeWithoutKeepAlive, OpenConnectionBound, UnboundedConnections } from "./model/edge";

// The resolved, cloud-neutral model a service exposes as `service.model`.
export { CLOUD_NAMES, type CloudName, GLOBAL_LAYERS } from "./clouds/registry";
export { LOCATION_MAP, type RoutingLocation, routingLocationOf } from "./clouds/location-map";
export type { Geography, RegionInfo } from "./model/regions/region-info";
export { type AlertsModel, alertWebhookVariable } from "./model/alerts";
export type { CapacityModel, CloudSection, DatacentreModel, DnsModel, ImageReference, OutboundRule, RoutingModel, ServiceModel } from "./model/service-model";
export type { ServiceRuntimeContract } from "./model/runtime-contract";
export type { AzureModel } from "./constructs/azure/azure-options";
export type { GcpModel } from "./constructs/gcp/gcp-options";
export { resolveServiceModel } from "./validation/resolve-service";
export { STAGE_CONTEXT, STAGE_ENV, type StageOverride } from "./validation/stage-override";
export { assessCapacity, type CapacityAssessment, type CapacityInheritance, type FailureScenario } from "./model/capacity";
export type { FailoverEstimate } from "./model/failover";
export { failoverEstimates } from "./validation/failover-estimates";
export { openConnectionBounds } from "./validation/open-connection-bounds";
export { type FailoverPool, failoverPools, type FailoverRank, failoverRank } from "./model/failover-pools";
export { ROUTE53_HEALTH_PROPAGATION_SECONDS, route53WorstCase } from "./constructs/aws/route53-failover";
export { TRAFFIC_MANAGER_HEALTH_PROPAGATION_SECONDS, trafficManagerWorstCase } from "./constructs/azure/traffic-manager-failover";
export { NAME_RULES, type NamedResource } from "./clouds/registry";
export type { NameRule, UniquenessScope } from "./naming/name-rules";
export { physicalName } from "./naming/physical-name";

// Constructs: the service, its stacks, and the lower-level constructs they hold.
export { DualCloudService } from "./constructs/dual-cloud-service";
export { findServices } from "./constructs/find-services";
export { DualCloudStack } from "./constructs/dualcloud-stack";
export { GlobalLayerStack, type SharedGlobalOutputs } from "./constructs/global/global-layer-stack";
export { DatacentreStack } from "./constructs/datacentre-stack";
export { AwsDatacentreStack } from "./constructs/aws/aws-datacentre-stack";
export { AwsDatacentre, type AwsDatacentreProps } from "./constructs/aws/aws-datacentre";
export type { AwsServiceRoles } from "./constructs/aws/parts/task-roles";
export type { AwsWebAcl } from "./constructs/aws/parts/web-acl";
export type { AwsAlertInputs, AwsDatacentreAlerts } from "./constructs/aws/parts/alerts";
export { AwsAlertTopic, type AwsAlertTopicProps } from "./constructs/aws/aws-alert-topic";
export { AwsNetwork, type AwsNetworkProps, type AwsSubnetLayout } from "./constructs/aws/aws-network";
export { AwsAccessLogBucket, type AwsAccessLogBucketProps } from "./constructs/aws/aws-access-log-bucket";
export { AwsServerAccessLogBucket, type AwsServerAccessLogBucketProps } from "./constructs/aws/aws-server-access-log-bucket";
export { AzureDatacentreStack } from "./constructs/azure/azure-datacentre-stack";
export { AzureDatacentre, type AzureDatacentreProps } from "./constructs/azure/azure-datacentre";
export type { GatewayIdentity } from "./constructs/azure/parts/application-gateway";
export type { GatewayNetwork } from "./constructs/azure/parts/gateway-network";
export type { EnvironmentPrivateDns } from "./constructs/azure/parts/internal-environment";
export { AzureTags } from "./constructs/azure/azure-tags";
export type { AzureAlertInputs, AzureDatacentreAlerts } from "./constructs/azure/parts/alerts";
export { Route53GlobalStack } from "./constructs/aws/route53-global-stack";
export { Route53GlobalLayer, type Route53GlobalLayerProps } from "./constructs/aws/route53-global-layer";
export { ROUTE53_METRICS_REGION, Route53HealthCheckAlarms, type Route53HealthCheckAlarmsProps } from "./constructs/aws/route53-health-check-alarms";
export { TrafficManagerGlobalStack } from "./constructs/azure/traffic-manager-global-stack";
export { TrafficManagerGlobalLayer, type TrafficManagerGlobalLayerProps, type TrafficManagerPool } from "./constructs/azure/traffic-manager-global-layer";
export { TrafficManagerEndpointAlerts, type TrafficManagerEndpointAlertsProps } from "./constructs/azure/traffic-manager-endpoint-alerts";
export type { GlobalLayerProps } from "./constructs/global/global-layer-props";
export { type GlobalEndpoint, globalEndpoints } from "./constructs/global/global-endpoint";
export { type GlobalStackHome, type GlobalStackOptions, globalHomeRegion, globalStackName } from "./constructs/global/global-stack-names";
export type { GlobalLayerPlugin } from "./constructs/global/global-layer-plugin";
export { ROUTE53_HOME, route53StackName } from "./constructs/aws/route53-home";
export { ROUTE53_LAYER } from "./constructs/aws/route53-layer-plugin";
export { TRAFFIC_MANAGER_HOME, trafficManagerStackName } from "./constructs/azure/traffic-manager-home";
export { TRAFFIC_MANAGER_LAYER } from "./constructs/azure/traffic-manager-layer-plugin";
export type { DnsInputSourceByCloud, GlobalLayerInputSources, SubtreeCertificateValidation, SubtreeNameServers, VerificationLabel, VerificationLabels } from "./constructs/global/subtree-delegation";

// Summary and diagram.
export { renderServiceSummary, renderSynthSummary, type SynthSummaryOptions } from "./summary/synth-summary";
export { printSynthSummary, type PrintSynthSummaryOptions } from "./summary/print-synth-summary";
export type { ServiceSummarySection, SuppressionsSummarySection } from "./summary/summary-section";
export { capacitySummarySection, renderCapacitySummary } from "./summary/capacity-summary";
export { renderTopologyMermaid } from "./diagram/topology-mermaid";
export { writeTopologyDiagrams } from "./diagram/write-topology";

// The policy pack.
export { DualCloudPolicy, POLICY_NEUTRAL, PolicyPack, policySummaryLines, SUPPRESSED_METADATA } from "./policy/policy-pack";
export { listSuppressions, type PolicySuppression, suppressPolicy } from "./policy/suppressions";
export { type PolicyFinding, policyFindings } from "./policy/engine";
export { ALL_RULES, findRule } from "./policy/rules";
export type {
  PolicyArea, PolicyEquivalents, PolicyResource, PolicyRule, PolicySeverity, PolicyStackIndex, PolicyViolation, ResourceConfig, ScannerCaveat, ScannerCaveatKind,
} from "./policy/rule";

// Invariant checks on synthesized Terraform JSON.
export { type CheckName, type Finding, formatFindings, InvariantViolationError } from "./checks/finding";
export {
  assertInvariants, expectedStackClouds, type InvariantCheckOptions, readSynthesizedStacks, runInvariantChecks, runStackChecks, synthesizeStacks,
} from "./checks/run-checks";
export type { JsonValue, SynthesizedStack } from "./terraform/terraform-json";
export { checkOneCloudPerStack } from "./checks/one-cloud-per-stack";
export { checkNamesWithinLimits } from "./checks/names-within-limits";
export { checkNoPlaintextSecrets, type SecretCheckOptions } from "./checks/no-plaintext-secrets";
export { checkHttpsOnly } from "./checks/https-only";
export { checkCapacity } from "./checks/capacity-check";
export { checkDnsParity, dnsParityReport, type DnsParityOptions, type DnsParityReport } from "./checks/dns-parity";
export type { PendingDnsInput } from "./model/pending-dns-input";
export { type AddressMap, checkStableAddresses, terraformAddresses } from "./checks/stable-addresses";

// DNS views and `dualcloud verify`: checks of a deployed service from the outside.
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

// Prerequisites a first deployment needs (summary section and reader).
export { prerequisitesOf } from "./summary/prerequisites";
export { prerequisitesSummarySection } from "./summary/prerequisites-summary";
export type { Prerequisite } from "./clouds/prerequisite";
