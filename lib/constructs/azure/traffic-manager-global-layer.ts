import { DataAzurermDnsZone } from "@cdktf/provider-azurerm/lib/data-azurerm-dns-zone";
import { DnsCnameRecord } from "@cdktf/provider-azurerm/lib/dns-cname-record";
import { DnsNsRecord } from "@cdktf/provider-azurerm/lib/dns-ns-record";
import { TrafficManagerExternalEndpoint } from "@cdktf/provider-azurerm/lib/traffic-manager-external-endpoint";
import { TrafficManagerNestedEndpoint } from "@cdktf/provider-azurerm/lib/traffic-manager-nested-endpoint";
import { TrafficManagerProfile } from "@cdktf/provider-azurerm/lib/traffic-manager-profile";
import { Annotations, Aspects } from "cdktf";
import { Construct } from "constructs";
import { CloudName } from "../../model/cloud";
import { FailoverEstimate } from "../../model/failover";
import { FailoverPool, failoverPools } from "../../model/failover-pools";
import { trafficManagerToleratedFailures, trafficManagerWorstCase } from "./traffic-manager-failover";
import { RoutingPolicy } from "../../model/props";
import { RoutingModel } from "../../model/service-model";
import { physicalName } from "../../naming/physical-name";
import { FieldChecker } from "../../validation/checker";
import { AzureTags } from "./azure-tags";
import { relativeRecordName } from "../../naming/dns-names";
import { GlobalEndpoint } from "../global/global-endpoint";
import { GlobalLayerProps } from "../global/global-layer-props";
import { delegatedClouds, foreignValidationRecords, missingCertificateValidationWarning, missingNameServersWarning, SubtreeNameServers, validateSubtreeNameServers } from "../global/subtree-delegation";

/** Traffic Manager routing method for each routing policy. */
export const TRAFFIC_MANAGER_ROUTING_METHOD: Readonly<Record<RoutingPolicy, string>> = {
  latency: "Performance",
  weighted: "Weighted",
  failover: "Priority",
};

/** TTL of the `<cloud>.<domain>` delegations and the verification CNAMEs. */
export const DELEGATION_TTL_SECONDS = 3600;

/** Props of {@link TrafficManagerGlobalLayer}. */
export interface TrafficManagerGlobalLayerProps extends GlobalLayerProps {
  /** Service name, the first part of the profile's name. */
  readonly serviceName: string;
  /** Resource group of the Azure DNS zone; the profile is created there too. */
  readonly zoneResourceGroup: string;
  /**
   * Tags for the profile.
   * @default - none
   */
  readonly tags?: Readonly<Record<string, string>>;
}

/** One failover pool in Traffic Manager: a Weighted child profile and the parent's nested endpoint to it. */
export interface TrafficManagerPool {
  /** The pool's child profile, holding its endpoints. */
  readonly profile: TrafficManagerProfile;
  /** The parent profile's nested endpoint to the child, with the pool's priority. */
  readonly nestedEndpoint: TrafficManagerNestedEndpoint;
}

/**
 * The Azure half of the global layer: a Traffic Manager profile that
 * health-checks every datacentre's endpoint hostname over HTTPS, the CNAME
 * `<domain>` -> the profile in the Azure DNS zone, and the delegation of each
 * other cloud's subtree (`aws.<domain>` to Route 53, `gcp.<domain>` to Cloud
 * DNS) so every endpoint name resolves from Azure DNS too, with the CNAMEs of
 * the names those clouds validate through DNS.
 */
export class TrafficManagerGlobalLayer extends Construct {
  /** The Azure DNS zone, looked up by name. */
  public readonly zone: DataAzurermDnsZone;
  /** The profile. */
  public readonly profile: TrafficManagerProfile;
  /** Under failover routing, each pool's Weighted child profile and the parent's nested endpoint to it, by pool role. */
  public readonly pools: Readonly<{ [R in FailoverPool<GlobalEndpoint>["role"]]?: TrafficManagerPool }>;
  /** One external endpoint per datacentre, by endpoint key (in its pool's child profile under failover routing). */
  public readonly endpoints: Readonly<Record<string, TrafficManagerExternalEndpoint>>;
  /** CNAME `<domain>` -> the profile's FQDN. */
  public readonly serviceRecord: DnsCnameRecord;
  /** NS delegations of `<cloud>.<domain>` to that cloud's DNS, by cloud, for those whose name servers were given. */
  public readonly delegations: Readonly<Partial<Record<CloudName, DnsNsRecord>>>;
  /** CNAMEs `<label>.<domain>` -> `<label>.<cloud>.<domain>`, by construct ID (`gcp-verification`). */
  public readonly verificationRecords: Readonly<Record<string, DnsCnameRecord>>;
  /** Other clouds' certificate-validation CNAMEs (`certificateValidation`), by construct ID (`<cloud>-certificate-validation-<first label>`). */
  public readonly certificateValidationRecords: Readonly<Record<string, DnsCnameRecord>>;
  /** Worst-case failover of this layer. */
  public readonly failover: FailoverEstimate;

  constructor(scope: Construct, id: string, props: TrafficManagerGlobalLayerProps) {
    super(scope, id);
    const check = new FieldChecker(this.node.path);
    validateMonitor(check, props.routing);
    validateSubtreeNameServers(check, props.nameServers);
    if (props.endpoints.length === 0 || props.endpoints.length > 200) check.fail("endpoints", props.endpoints.length, "1 to 200 endpoints, what a Traffic Manager profile holds");
    const routing = props.routing;
    const method = TRAFFIC_MANAGER_ROUTING_METHOD[routing.policy];
    if (props.tags) Aspects.of(this).add(new AzureTags(props.tags));

    props.endpoints.forEach((ep, i) => {
      if (method === "Performance" && !ep.nearestRegions.azure) check.fail(`endpoints[${i}].nearestRegions.azure`, ep.nearestRegions.azure, "the Azure region whose performance map places the endpoint (latency routing)");
      if (method === "Priority" && ep.priority !== 1 && ep.priority !== 2) check.fail(`endpoints[${i}].priority`, ep.priority, "1 (primary pool) or 2 (secondary pool) under failover routing");
    });

    this.zone = new DataAzurermDnsZone(this, "zone", { name: props.zoneName, resourceGroupName: props.zoneResourceGroup });
    const newProfile = (profileId: string, name: string, routingMethod: string): TrafficManagerProfile =>
      new TrafficManagerProfile(this, profileId, {
        name,
        resourceGroupName: props.zoneResourceGroup,
        profileStatus: "Enabled",
        trafficRoutingMethod: routingMethod,
        dnsConfig: { relativeName: name, ttl: routing.dnsTtlSeconds },
        monitorConfig: {
          protocol: "HTTPS",
          port: 443,
          path: props.healthCheckPath,
          intervalInSeconds: routing.probeIntervalSeconds,
          timeoutInSeconds: routing.probeTimeoutSeconds,
          toleratedNumberOfFailures: trafficManagerToleratedFailures(routing),
          expectedStatusCodeRanges: ["200-399"],
        },
      });
    this.profile = newProfile("profile", physicalName("trafficManagerProfileName", [props.serviceName], `${props.domain}/traffic-manager`), method);

    // Failover: the parent (Priority) holds one nested endpoint per pool, each a Weighted child profile of that pool's
    // endpoints; a pool serves while at least one of its endpoints is healthy (MinChildEndpoints 1), as in Route 53.
    const endpointProfile = new Map<string, TrafficManagerProfile>();
    const pools: { [R in FailoverPool<GlobalEndpoint>["role"]]?: TrafficManagerPool } = {};
    if (method === "Priority") {
      for (const pool of failoverPools(props.endpoints, (e) => e.priority)) {
        const child = newProfile(`${pool.role}-profile`, physicalName("trafficManagerProfileName", [props.serviceName, pool.role], `${props.domain}/traffic-manager/${pool.role}`), "Weighted");
        const nested = new TrafficManagerNestedEndpoint(this, `${pool.role}-pool`, {
          name: pool.role,
          profileId: this.profile.id,
          targetResourceId: child.id,
          priority: pool.rank,
          minimumChildEndpoints: 1,
          enabled: pool.members.some((e) => e.enabled),
        });
        pools[pool.role] = { profile: child, nestedEndpoint: nested };
        for (const e of pool.members) endpointProfile.set(e.key, child);
      }
    }
    this.pools = pools;

    const endpoints: Record<string, TrafficManagerExternalEndpoint> = {};
    for (const ep of props.endpoints) {
      endpoints[ep.key] = new TrafficManagerExternalEndpoint(this, ep.key, {
        name: ep.key,
        profileId: (endpointProfile.get(ep.key) ?? this.profile).id,
        target: ep.hostname,
        enabled: ep.enabled,
        ...(method === "Performance" ? { endpointLocation: ep.nearestRegions.azure } : {}),
        ...(method === "Weighted" || method === "Priority" ? { weight: ep.weight } : {}),
      });
    }
    this.endpoints = endpoints;

    const domainName = relativeRecordName(props.domain, props.zoneName);
    this.serviceRecord = new DnsCnameRecord(this, "service-record", {
      name: domainName,
      zoneName: this.zone.name,
      resourceGroupName: props.zoneResourceGroup,
      ttl: routing.dnsTtlSeconds,
      record: this.profile.fqdn,
    });

    const nameServers: SubtreeNameServers = props.nameServers ?? {};
    const delegations: { [C in CloudName]?: DnsNsRecord } = {};
    const verification: Record<string, DnsCnameRecord> = {};
    const validation: Record<string, DnsCnameRecord> = {};
    for (const cloud of delegatedClouds("azure", props.endpoints, nameServers)) {
      const ns = nameServers[cloud] ?? [];
      if (ns.length > 0) {
        delegations[cloud] = new DnsNsRecord(this, `${cloud}-delegation`, {
          name: `${cloud}.${domainName}`,
          zoneName: this.zone.name,
          resourceGroupName: props.zoneResourceGroup,
          ttl: DELEGATION_TTL_SECONDS,
          records: ns.map((n) => (n.endsWith(".") ? n : `${n}.`)),
        });
      } else {
        Annotations.of(this).addWarning(missingNameServersWarning(cloud, props.domain, "Azure DNS", props.inputSources?.nameServers?.[cloud]));
      }
      if (!props.endpoints.some((e) => e.cloud === cloud)) continue;
      const validationSource = props.inputSources?.certificateValidation?.[cloud];
      if (validationSource && !props.certificateValidation?.[cloud]?.length) Annotations.of(this).addWarning(missingCertificateValidationWarning(cloud, props.domain, "Azure DNS", validationSource));
      for (const record of foreignValidationRecords(cloud, props.domain, props.certificateValidation?.[cloud])) {
        validation[record.id] = new DnsCnameRecord(this, record.id, {
          name: relativeRecordName(record.name, props.zoneName),
          zoneName: this.zone.name,
          resourceGroupName: props.zoneResourceGroup,
          ttl: DELEGATION_TTL_SECONDS,
          record: record.value,
        });
      }
      for (const { label, id } of props.verificationLabels?.[cloud] ?? []) {
        verification[`${cloud}-${id}`] = new DnsCnameRecord(this, `${cloud}-${id}`, {
          name: `${label}.${domainName}`,
          zoneName: this.zone.name,
          resourceGroupName: props.zoneResourceGroup,
          ttl: DELEGATION_TTL_SECONDS,
          record: `${label}.${cloud}.${props.domain}`,
        });
      }
    }
    this.delegations = delegations;
    this.verificationRecords = verification;
    this.certificateValidationRecords = validation;
    this.failover = trafficManagerWorstCase(routing);
  }
}

/**
 * Traffic Manager's monitoring limits: a 10 s (fast) or 30 s interval; a probe
 * timeout of 5-10 s, and below the interval (5-9 s) with fast probing; 0-9
 * tolerated failures; a TTL of 0 to 2147483647 s.
 */
export function validateMonitor(check: FieldChecker, routing: RoutingModel): void {
  if (routing.probeIntervalSeconds !== 10 && routing.probeIntervalSeconds !== 30) {
    check.fail("routing.probeIntervalSeconds", routing.probeIntervalSeconds, "10 (fast probing) or 30, the intervals Traffic Manager offers");
  }
  const maxTimeout = routing.probeIntervalSeconds === 10 ? 9 : 10;
  if (!Number.isInteger(routing.probeTimeoutSeconds) || routing.probeTimeoutSeconds < 5 || routing.probeTimeoutSeconds > maxTimeout) {
    check.fail("routing.probeTimeoutSeconds", routing.probeTimeoutSeconds, `an integer from 5 to ${maxTimeout} s with a ${routing.probeIntervalSeconds} s interval (Traffic Manager)`);
  }
  const tolerated = trafficManagerToleratedFailures(routing);
  if (!Number.isInteger(tolerated) || tolerated < 0 || tolerated > 9) {
    check.fail("routing.failureThreshold", routing.failureThreshold, "an integer from 1 to 10 (Traffic Manager tolerates failureThreshold - 1, 0 to 9, failures)");
  }
  if (!Number.isInteger(routing.dnsTtlSeconds) || routing.dnsTtlSeconds < 0 || routing.dnsTtlSeconds > 2147483647) {
    check.fail("routing.dnsTtlSeconds", routing.dnsTtlSeconds, "an integer number of seconds from 0");
  }
}
