import { DataAwsRoute53Zone } from "@cdktf/provider-aws/lib/data-aws-route53-zone";
import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { CloudName } from "../../model/cloud";
import { FailoverEstimate } from "../../model/failover";
import { failoverPools } from "../../model/failover-pools";
import { route53WorstCase } from "./route53-failover";
import { FieldChecker } from "../../validation/checker";
import { isHostname } from "../../validation/hostname";
import { GlobalEndpoint } from "../global/global-endpoint";
import { GlobalLayerProps } from "../global/global-layer-props";
import { delegatedClouds, foreignValidationRecords, missingCertificateValidationWarning, missingNameServersWarning, SubtreeNameServers, validateSubtreeNameServers } from "../global/subtree-delegation";

/** TTL of the delegation and verification records, which change rarely. */
export const ROUTE53_STATIC_RECORD_TTL = 3600;

/** Props of {@link Route53GlobalLayer}. */
export type Route53GlobalLayerProps = GlobalLayerProps;

/**
 * The Route 53 half of the global layer: one HTTPS health check per endpoint
 * (every datacentre of every cloud) and health-checked CNAME answers for
 * `<domain>` under the latency, weighted or failover policy.
 *
 * Answers are CNAMEs to the endpoint hostnames with TTL `routing.dnsTtlSeconds`
 * (never aliases to load balancers, whose fixed 60 s TTL would break the
 * failover bound). Where Route 53 needs a group of endpoints to act as one
 * answer, the group is a set of weighted, health-checked CNAMEs under a pool
 * name, and `<domain>` is an alias (same zone, `evaluate_target_health`) to it:
 * - `latency`: Route 53 allows one latency record per AWS region for a name, and
 *   an Azure endpoint may map onto the same AWS region as an AWS one (eastus
 *   onto us-east-1), so each AWS latency region gets a pool
 *   `<aws region>.latency.<domain>` and one latency alias record;
 * - `weighted`: weighted CNAMEs at `<domain>` directly;
 * - `failover`: Route 53 allows one PRIMARY and one SECONDARY record, so the
 *   tier-1 endpoints (`priority` 1, the primary cloud's) form `primary.<domain>`
 *   and the rest `secondary.<domain>`, each a weighted set, and `<domain>` has
 *   a PRIMARY and a SECONDARY alias (`failoverPools`).
 *
 * A drained endpoint (`enabled: false`) keeps its health check but loses its
 * answer records; nothing else changes address.
 */
export class Route53GlobalLayer extends Construct {
  /** The hosted zone. */
  public readonly zone: DataAwsRoute53Zone;
  /** One health check per endpoint, by endpoint key. */
  public readonly healthChecks: Readonly<Record<string, Route53HealthCheck>>;
  /** Health-checked CNAME answers to endpoint hostnames, by endpoint key (drained endpoints have none). */
  public readonly endpointRecords: Readonly<Record<string, Route53Record>>;
  /** Alias records for `<domain>` that pick a pool: by AWS latency region, or `primary`/`secondary`. Empty under weighted routing. */
  public readonly poolRecords: Readonly<Record<string, Route53Record>>;
  /** NS delegations of `<cloud>.<domain>` to that cloud's DNS, by cloud, for those whose name servers were given. */
  public readonly delegations: Readonly<Partial<Record<CloudName, Route53Record>>>;
  /** CNAMEs `<label>.<domain>` -> `<label>.<cloud>.<domain>`, by construct ID (`azure-verification`, `gcp-verification`). */
  public readonly verificationRecords: Readonly<Record<string, Route53Record>>;
  /** Other clouds' certificate-validation CNAMEs (`certificateValidation`), by construct ID (`<cloud>-certificate-validation-<first label>`). */
  public readonly certificateValidationRecords: Readonly<Record<string, Route53Record>>;
  /** Worst-case failover of this layer. */
  public readonly failoverEstimate: FailoverEstimate;

  constructor(scope: Construct, id: string, props: Route53GlobalLayerProps) {
    super(scope, id);
    validateProps(new FieldChecker(this.node.path), props);
    const { domain, routing } = props;
    this.zone = new DataAwsRoute53Zone(this, "zone", { name: props.zoneName, privateZone: false });
    this.failoverEstimate = route53WorstCase(routing);

    const healthChecks: Record<string, Route53HealthCheck> = {};
    for (const endpoint of props.endpoints) {
      healthChecks[endpoint.key] = new Route53HealthCheck(this, `health-check-${endpoint.key}`, {
        type: "HTTPS",
        fqdn: endpoint.hostname,
        port: 443,
        resourcePath: props.healthCheckPath,
        enableSni: true,
        requestInterval: routing.probeIntervalSeconds,
        failureThreshold: routing.failureThreshold,
        measureLatency: false,
        tags: { Name: `${domain} ${endpoint.key}` },
      });
    }
    this.healthChecks = healthChecks;

    const enabled = props.endpoints.filter((e) => e.enabled);
    const records: Record<string, Route53Record> = {};
    const pools: Record<string, Route53Record> = {};
    const answer = (endpoint: GlobalEndpoint, name: string): Route53Record =>
      new Route53Record(this, `answer-${endpoint.key}`, {
        zoneId: this.zone.zoneId,
        name,
        type: "CNAME",
        ttl: routing.dnsTtlSeconds,
        records: [endpoint.hostname],
        setIdentifier: endpoint.key,
        healthCheckId: healthChecks[endpoint.key].id,
        weightedRoutingPolicy: { weight: endpoint.weight },
      });
    const poolAlias = (key: string, poolName: string, policy: Pick<Route53RecordPolicy, "latencyRoutingPolicy" | "failoverRoutingPolicy">): Route53Record =>
      new Route53Record(this, `pool-${key}`, {
        zoneId: this.zone.zoneId,
        name: domain,
        type: "CNAME",
        setIdentifier: key,
        alias: { name: poolName, zoneId: this.zone.zoneId, evaluateTargetHealth: true },
        ...policy,
      });

    if (routing.policy === "weighted") {
      for (const e of enabled) records[e.key] = answer(e, domain);
    } else if (routing.policy === "latency") {
      const regions = [...new Set(enabled.map(latencyRegion))];
      for (const region of regions) {
        const poolName = latencyPoolName(region, domain);
        for (const e of enabled.filter((x) => latencyRegion(x) === region)) records[e.key] = answer(e, poolName);
        pools[region] = poolAlias(region, poolName, { latencyRoutingPolicy: { region } });
      }
    } else {
      for (const { role, members } of failoverPools(enabled, (e) => e.priority)) {
        const poolName = `${role}.${domain}`;
        for (const e of members) records[e.key] = answer(e, poolName);
        pools[role] = poolAlias(role, poolName, { failoverRoutingPolicy: { type: role.toUpperCase() } });
      }
    }
    this.endpointRecords = records;
    this.poolRecords = pools;

    // Every other cloud's endpoint subtree, and the names it validates through DNS.
    const nameServers: SubtreeNameServers = props.nameServers ?? {};
    const delegations: { [C in CloudName]?: Route53Record } = {};
    const verification: Record<string, Route53Record> = {};
    const validation: Record<string, Route53Record> = {};
    for (const cloud of delegatedClouds("aws", props.endpoints, nameServers)) {
      const ns = nameServers[cloud] ?? [];
      if (ns.length > 0) {
        delegations[cloud] = new Route53Record(this, `${cloud}-delegation`, {
          zoneId: this.zone.zoneId,
          name: `${cloud}.${domain}`,
          type: "NS",
          ttl: ROUTE53_STATIC_RECORD_TTL,
          records: [...ns],
        });
      } else {
        Annotations.of(this).addWarning(missingNameServersWarning(cloud, domain, "the Route 53 zone", props.inputSources?.nameServers?.[cloud]));
      }
      if (!props.endpoints.some((e) => e.cloud === cloud)) continue;
      const validationSource = props.inputSources?.certificateValidation?.[cloud];
      if (validationSource && !props.certificateValidation?.[cloud]?.length) Annotations.of(this).addWarning(missingCertificateValidationWarning(cloud, domain, "the Route 53 zone", validationSource));
      for (const record of foreignValidationRecords(cloud, domain, props.certificateValidation?.[cloud])) {
        validation[record.id] = new Route53Record(this, record.id, { zoneId: this.zone.zoneId, name: record.name, type: "CNAME", ttl: ROUTE53_STATIC_RECORD_TTL, records: [record.value] });
      }
      for (const { label, id } of props.verificationLabels?.[cloud] ?? []) {
        verification[`${cloud}-${id}`] = new Route53Record(this, `${cloud}-${id}`, {
          zoneId: this.zone.zoneId,
          name: `${label}.${domain}`,
          type: "CNAME",
          ttl: ROUTE53_STATIC_RECORD_TTL,
          records: [`${label}.${cloud}.${domain}`],
        });
      }
    }
    this.delegations = delegations;
    this.verificationRecords = verification;
    this.certificateValidationRecords = validation;
  }
}

/** The routing-policy blocks a pool alias may carry. */
interface Route53RecordPolicy {
  readonly latencyRoutingPolicy?: { region: string };
  readonly failoverRoutingPolicy?: { type: string };
}

/** The AWS region whose latency map places an endpoint. */
function latencyRegion(endpoint: GlobalEndpoint): string {
  return endpoint.nearestRegions.aws!;
}

/** Name of the pool that holds the endpoints placed in one AWS latency region. */
export function latencyPoolName(awsRegion: string, domain: string): string {
  return `${awsRegion}.latency.${domain}`;
}

function validateProps(check: FieldChecker, props: Route53GlobalLayerProps): void {
  if (!isHostname(props.zoneName, 2)) check.fail("zoneName", props.zoneName, "a DNS zone name, e.g. example.com");
  if (!isHostname(props.domain, 3) || !props.domain.endsWith(`.${props.zoneName}`)) {
    check.fail("domain", props.domain, `a hostname inside the zone ${props.zoneName} (not its apex)`);
  }
  if (props.endpoints.length === 0) check.fail("endpoints", props.endpoints, "at least one endpoint");
  const seen = new Set<string>();
  props.endpoints.forEach((e, i) => {
    if (seen.has(e.key)) check.fail(`endpoints[${i}].key`, e.key, "a key no other endpoint has");
    seen.add(e.key);
    if (!/^[a-z0-9-]+$/.test(e.key)) check.fail(`endpoints[${i}].key`, e.key, "lower-case letters, digits and hyphens (it becomes a construct ID)");
    if (!isHostname(e.hostname, 2)) check.fail(`endpoints[${i}].hostname`, e.hostname, "a lower-case fully qualified hostname");
    if (!Number.isInteger(e.weight) || e.weight < 0 || e.weight > 255) check.fail(`endpoints[${i}].weight`, e.weight, "an integer from 0 to 255 (Route 53 weights)");
    if (props.routing.policy === "failover" && e.priority !== 1 && e.priority !== 2) check.fail(`endpoints[${i}].priority`, e.priority, "1 (primary pool) or 2 (secondary pool) under failover routing");
    if (props.routing.policy === "latency" && !e.nearestRegions.aws) check.fail(`endpoints[${i}].nearestRegions.aws`, e.nearestRegions.aws, "the AWS region whose latency map places the endpoint (latency routing)");
  });
  if (!props.endpoints.some((e) => e.enabled)) check.fail("endpoints", "every endpoint drained", "at least one enabled endpoint");
  validateSubtreeNameServers(check, props.nameServers);
}
