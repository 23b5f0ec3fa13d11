import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { LOCATION_MAP, routingLocationOf, RoutingLocation } from "../lib/clouds/location-map";
import { CLOUD_NAMES, CLOUDS, CloudName, findRegion, GLOBAL_LAYERS } from "../lib/clouds/registry";
import { Route53GlobalLayer } from "../lib/constructs/aws/route53-global-layer";
import { TrafficManagerGlobalLayer } from "../lib/constructs/azure/traffic-manager-global-layer";
import { globalEndpoints } from "../lib/constructs/global/global-endpoint";
import { RegionInfo } from "../lib/model/regions/region-info";
import { ServiceModel } from "../lib/model/service-model";
import { renderServiceSummary } from "../lib/summary/synth-summary";
import { distanceKm } from "./support/geo";
import { itWithGcp } from "./support/core";
import { buildService, FIVE_DATACENTRES, resourcesOfType, StackJson, synthService, synthStack } from "./support/synth";

/** How far apart a row's anchors may be (the pairing rule of LOCATION_MAP). */
const MAX_ANCHOR_PAIR_KM = 1500;
/** How much farther than the nearest anchor anywhere a region's own row may be. */
const PLACEMENT_SLACK_KM = 300;

const LAYER_CLOUDS = GLOBAL_LAYERS.map((layer) => layer.cloud);

/** Every catalogue region of every cloud, with its datacentre key. */
const ALL_REGIONS: { key: string; cloud: CloudName; region: RegionInfo }[] = CLOUD_NAMES.flatMap((cloud) => CLOUDS[cloud].regions.map((region) => ({ key: `${cloud}-${region.name}`, cloud, region })));

function anchors(row: RoutingLocation): RegionInfo[] {
  return LAYER_CLOUDS.map((cloud) => findRegion(cloud, row.placedAt[cloud]!)!);
}

function nearestAnchorKm(region: RegionInfo, row: RoutingLocation): number {
  return Math.min(...anchors(row).map((a) => distanceKm(region, a)));
}

/** Route 53: endpoint key -> the AWS latency region of the pool its answer sits in (`<region>.latency.orders.example.com`). */
function latencyPools(route53: StackJson): Record<string, string> {
  return Object.fromEntries(
    resourcesOfType(route53, "aws_route53_record").filter((r) => r.name.endsWith(".latency.orders.example.com")).map((r) => [r.set_identifier, r.name.split(".latency.")[0]]),
  );
}

/** Traffic Manager: endpoint key -> its performance location. */
function performanceLocations(trafficManager: StackJson): Record<string, string> {
  return Object.fromEntries(resourcesOfType(trafficManager, "azurerm_traffic_manager_external_endpoint").map((e) => [e.name, e.endpoint_location]));
}

describe("the location map", () => {
  it("places every region of every cloud's catalogue in exactly one row, and names nothing else", () => {
    const placed = LOCATION_MAP.flatMap((row) => row.datacentres);
    expect([...placed].sort()).toEqual(ALL_REGIONS.map((r) => r.key).sort());
  });

  it("gives every row one catalogue region per global layer's cloud, each a member of its row and anchoring no other row", () => {
    for (const cloud of LAYER_CLOUDS) {
      const placedAt = LOCATION_MAP.map((row) => row.placedAt[cloud]);
      expect(placedAt.filter((region) => region === undefined || findRegion(cloud, region) === undefined)).toEqual([]);
      expect(new Set(placedAt).size).toBe(LOCATION_MAP.length);
      for (const row of LOCATION_MAP) expect(row.datacentres).toContain(`${cloud}-${row.placedAt[cloud]}`);
    }
  });

  it(`pairs anchors at most ${MAX_ANCHOR_PAIR_KM} km apart`, () => {
    const far = LOCATION_MAP.filter((row) => { const [a, b] = anchors(row); return distanceKm(a, b) > MAX_ANCHOR_PAIR_KM; });
    expect(far.map((row) => row.placedAt)).toEqual([]);
  });

  it(`places every region in a row whose nearest anchor is within ${PLACEMENT_SLACK_KM} km of the nearest anchor of any row`, () => {
    const misplaced = ALL_REGIONS.filter(({ key, region }) => {
      const own = nearestAnchorKm(region, routingLocationOf(key));
      const best = Math.min(...LOCATION_MAP.map((row) => nearestAnchorKm(region, row)));
      return own > best + PLACEMENT_SLACK_KM;
    });
    expect(misplaced.map((r) => r.key)).toEqual([]);
  });

  it("refuses a datacentre it has no row for, naming the file to extend", () => {
    expect(() => routingLocationOf("aws-moon-base-1")).toThrow(/no row for datacentre aws-moon-base-1 in the location map \(lib\/clouds\/location-map\.ts\)/);
  });
});

describe("both global layers, given an endpoint in every catalogue region under latency routing", () => {
  const { service } = buildService({ routing: { policy: "latency" } });
  const model = service.model;
  const everywhere = { ...model, datacentres: ALL_REGIONS.map(({ key, cloud, region }) => ({ ...model.datacentres[0], key, cloud, region, endpointHostname: `${key}.example.net`, drained: false, weight: 1 })) } as ServiceModel;
  const endpoints = globalEndpoints(everywhere);

  const route53 = (() => {
    const stack = new TerraformStack(Testing.app(), "route53");
    new AwsProvider(stack, "aws", { region: "us-east-1" });
    new Route53GlobalLayer(stack, "global", { domain: "orders.example.com", zoneName: "example.com", healthCheckPath: "/health", routing: model.routing, endpoints });
    return synthStack(stack);
  })();
  const trafficManager = (() => {
    const stack = new TerraformStack(Testing.app(), "tm");
    new AzurermProvider(stack, "azurerm", { features: [{}] });
    new TrafficManagerGlobalLayer(stack, "tm", { serviceName: "orders", domain: "orders.example.com", healthCheckPath: "/health", zoneName: "example.com", zoneResourceGroup: "dns", routing: model.routing, endpoints });
    return synthStack(stack);
  })();

  const latencyRegion = latencyPools(route53);
  const performanceLocation = performanceLocations(trafficManager);

  it("places each endpoint at its row's anchors: the Route 53 latency region and the Traffic Manager location come from the same row", () => {
    expect(Object.keys(latencyRegion).sort()).toEqual(ALL_REGIONS.map((r) => r.key).sort());
    const disagreeing = ALL_REGIONS.filter(({ key }) => {
      const row = routingLocationOf(key);
      return latencyRegion[key] !== row.placedAt.aws || performanceLocation[key] !== row.placedAt.azure;
    });
    expect(disagreeing.map((r) => [r.key, latencyRegion[r.key], performanceLocation[r.key]])).toEqual([]);
  });

  it("groups the endpoints identically in both layers: same latency region exactly when same performance location", () => {
    const groups = (placement: Record<string, string>) => new Set(Object.values(placement).map((place) => Object.keys(placement).filter((k) => placement[k] === place).sort().join(",")));
    expect(groups(performanceLocation)).toEqual(groups(latencyRegion));
    expect(groups(latencyRegion).size).toBe(LOCATION_MAP.length);
  });

  it("has one Route 53 latency alias per row", () => {
    const aliases = resourcesOfType(route53, "aws_route53_record").filter((r) => r.latency_routing_policy !== undefined);
    expect(aliases.map((r) => r.latency_routing_policy.region).sort()).toEqual(LOCATION_MAP.map((row) => row.placedAt.aws).sort());
  });
});

/** Each datacentre of an app as the two global stacks place it: [key, Route 53 latency region, Traffic Manager location]. */
function placements(props: Parameters<typeof buildService>[0]): string[][] {
  const { service } = buildService(props);
  const stacks = synthService(service);
  const route53 = stacks[service.route53Stack.node.id];
  const trafficManager = stacks[service.trafficManagerStack.node.id];
  const pools = latencyPools(route53);
  const locations = performanceLocations(trafficManager);
  return service.model.datacentres.map((dc) => [dc.key, pools[dc.key], locations[dc.key]]);
}

/** The same, as the location map says it should be. */
function expected(keys: readonly string[]): string[][] {
  return keys.map((key) => [key, routingLocationOf(key).placedAt.aws!, routingLocationOf(key).placedAt.azure!]);
}

describe("an app's two global stacks", () => {
  it("place every datacentre of the default app in the same geography", () => {
    expect(placements({})).toEqual(expected(["aws-us-east-1", "aws-eu-west-1", "azure-eastus", "azure-westeurope"]));
    // Amsterdam sits with London on both maps; Route 53 has no Dutch region.
    expect(routingLocationOf("azure-westeurope").placedAt).toEqual({ aws: "eu-west-2", azure: "uksouth" });
  });

  itWithGcp("place every datacentre of the five-datacentre app in the same geography", () => {
    expect(placements({ datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" } })).toEqual(expected(FIVE_DATACENTRES.map((d) => `${d.cloud}-${d.region}`)));
  });
});

describe("the synth summary", () => {
  it("prints each row in use under latency routing, its anchors and datacentres, and nothing under weighted routing", () => {
    const { service } = buildService({});
    expect(renderServiceSummary(service)).toContain("latency placement (both layers, one location map): us-east-1/eastus: aws-us-east-1, azure-eastus; eu-west-1/northeurope: aws-eu-west-1; eu-west-2/uksouth: azure-westeurope");
    expect(renderServiceSummary(buildService({ routing: { policy: "weighted" } }).service)).not.toContain("latency placement");
  });
});
