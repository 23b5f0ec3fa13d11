import { DataAzurermDnsZone } from "@cdktf/provider-azurerm/lib/data-azurerm-dns-zone";
import { DnsCnameRecord } from "@cdktf/provider-azurerm/lib/dns-cname-record";
import { DnsNsRecord } from "@cdktf/provider-azurerm/lib/dns-ns-record";
import { TrafficManagerExternalEndpoint } from "@cdktf/provider-azurerm/lib/traffic-manager-external-endpoint";
import { TrafficManagerProfile } from "@cdktf/provider-azurerm/lib/traffic-manager-profile";
import { Annotations, Aspects } from "cdktf";
import { Construct } from "constructs";
import { CloudName } from "../../model/cloud";
import { trafficManagerToleratedFailures, trafficManagerWorstCase, FailoverEstimate } from "../../model/failover";
import { RoutingPolicy } from "../../model/props";
import { RoutingModel } from "../../model/service-model";
import { physicalName } from "../../naming/physical-name";
import { FieldChecker } from "../../validation/checker";
import { AzureTags } from "../azure/azure-tags";
import { relativeRecordName } from "../../naming/dns-names";
import { GlobalLayerProps } from "./global-layer-props";
import { delegatedClouds, missingNameServersWarning, SubtreeNameServers } from "./subtree-delegation";

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
  /** One external endpoint per datacentre, by endpoint key. */
  public readonly endpoints: Readonly<Record<string, TrafficManagerExternalEndpoint>>;
  /** CNAME `<domain>` -> the profile's FQDN. */
  public readonly serviceRecord: DnsCnameRecord;
  /** NS delegations of `<cloud>.<domain>` to that cloud's DNS, by cloud, for those whose name servers were given. */
  public readonly delegations: Readonly<Partial<Record<CloudName, DnsNsRecord>>>;
  /** CNAMEs `<label>.<domain>` -> `<label>.<cloud>.<domain>`, by construct ID (`gcp-verification`). */
  public readonly verificationRecords: Readonly<Record<string, DnsCnameRecord>>;
  /** Worst-case failover of this layer. */
  public readonly failover: FailoverEstimate;

  constructor(scope: Construct, id: string, props: TrafficManagerGlobalLayerProps) {
    super(scope, id);
    const check = new FieldChecker(this.node.path);
    validateMonitor(check, props.routing);
    if (props.endpoints.length === 0 || props.endpoints.length > 200) check.fail("endpoints", props.endpoints.length, "1 to 200 endpoints, what a Traffic Manager profile holds");
    const routing = props.routing;
    const method = TRAFFIC_MANAGER_ROUTING_METHOD[routing.policy];
    if (props.tags) Aspects.of(this).add(new AzureTags(props.tags));

    this.zone = new DataAzurermDnsZone(this, "zone", { name: props.zoneName, resourceGroupName: props.zoneResourceGroup });
    const profileName = physicalName("trafficManagerProfileName", [props.serviceName], `${props.domain}/traffic-manager`);
    this.profile = new TrafficManagerProfile(this, "profile", {
      name: profileName,
      resourceGroupName: props.zoneResourceGroup,
      profileStatus: "Enabled",
      trafficRoutingMethod: method,
      dnsConfig: { relativeName: profileName, ttl: routing.dnsTtlSeconds },
      monitorConfig: {
        protocol: "HTTPS",
        port: 443,
        path: props.healthCheckPath,
        intervalInSeconds: routing.probeIntervalSeconds,
        timeoutInSeconds: routing.probeTimeoutSeconds,
        toleratedNumberOfFailures: trafficManagerToleratedFailures(routing),
        expectedStatusCodeRanges: ["200-299"],
      },
    });

    const endpoints: Record<string, TrafficManagerExternalEndpoint> = {};
    for (const ep of props.endpoints) {
      endpoints[ep.key] = new TrafficManagerExternalEndpoint(this, ep.key, {
        name: ep.key,
        profileId: this.profile.id,
        target: ep.hostname,
        enabled: ep.enabled,
        ...(method === "Performance" ? { endpointLocation: ep.azureLocation } : {}),
        ...(method === "Weighted" ? { weight: ep.weight } : {}),
        ...(method === "Priority" ? { priority: ep.priority } : {}),
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
        Annotations.of(this).addWarning(missingNameServersWarning(cloud, props.domain, "Azure DNS"));
      }
      if (!props.endpoints.some((e) => e.cloud === cloud)) continue;
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
