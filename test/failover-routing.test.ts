import { DualCloudServiceProps, renderServiceSummary } from "../lib";
import { failoverPools } from "../lib/model/failover-pools";
import { policyFindings } from "../lib/policy";
import { buildService, resourcesOfType, StackJson, synthStack } from "./support/synth";
import { describeWithGcp } from "./support/core";

const AZURE_GCP: Partial<DualCloudServiceProps> = {
  datacentres: [
    { cloud: "azure", region: "eastus" },
    { cloud: "gcp", region: "us-east1" },
    { cloud: "azure", region: "westeurope" },
    { cloud: "gcp", region: "europe-west1" },
  ],
  gcp: { projectId: "acme-orders" },
  routing: { policy: "failover" },
};

/** Both global stacks of a service, synthesized with validations (and so the policy pack) on. */
function globalLayers(props: Partial<DualCloudServiceProps>): { route53: StackJson; tm: StackJson; summary: string } {
  const { service } = buildService(props);
  return { route53: synthStack(service.route53Stack), tm: synthStack(service.trafficManagerStack), summary: renderServiceSummary(service) };
}

/** The endpoint hostnames each Route 53 failover pool answers with, by role. */
function route53Pools(json: StackJson): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of resourcesOfType(json, "aws_route53_record").filter((x) => x.weighted_routing_policy)) {
    const role = String(r.name).split(".")[0];
    (out[role] ??= []).push(r.records[0]);
  }
  for (const pool of resourcesOfType(json, "aws_route53_record").filter((x) => x.failover_routing_policy)) {
    expect(pool.failover_routing_policy.type).toBe(pool.set_identifier.toUpperCase());
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.sort()]));
}

/** The endpoint hostnames each Traffic Manager failover pool holds, by role, checking the nesting on the way. */
function trafficManagerPools(json: StackJson): Record<string, string[]> {
  const profiles = json.resource.azurerm_traffic_manager_profile as Record<string, StackJson>;
  const parents = Object.entries(profiles).filter(([, p]) => p.traffic_routing_method === "Priority");
  expect(parents).toHaveLength(1);
  const out: Record<string, string[]> = {};
  for (const nested of resourcesOfType(json, "azurerm_traffic_manager_nested_endpoint")) {
    expect(nested.profile_id).toBe(`\${azurerm_traffic_manager_profile.${parents[0][0]}.id}`);
    expect(nested).toMatchObject({ priority: nested.name === "primary" ? 1 : 2, minimum_child_endpoints: 1 });
    const childName = /^\$\{azurerm_traffic_manager_profile\.([^.]+)\.id\}$/.exec(nested.target_resource_id)![1];
    expect(profiles[childName]).toMatchObject({ traffic_routing_method: "Weighted", monitor_config: { protocol: "HTTPS", port: 443 } });
    out[nested.name] = resourcesOfType(json, "azurerm_traffic_manager_external_endpoint")
      .filter((e) => e.profile_id === `\${azurerm_traffic_manager_profile.${childName}.id}`)
      .map((e) => {
        expect(e.priority).toBeUndefined();
        return e.target as string;
      })
      .sort();
  }
  return out;
}

describe("failover routing", () => {
  describeWithGcp("given Azure and GCP datacentres only, and no primary cloud", () => {
    const { route53, tm, summary } = globalLayers(AZURE_GCP);

    it("makes Azure primary (the first cloud the service uses, by name) in both layers, with the same pools", () => {
      const expected = {
        primary: ["eastus.azure.orders.example.com", "westeurope.azure.orders.example.com"],
        secondary: ["europe-west1.gcp.orders.example.com", "us-east1.gcp.orders.example.com"],
      };
      expect(route53Pools(route53)).toEqual(expected);
      expect(trafficManagerPools(tm)).toEqual(expected);
    });

    it("shows the failover order in the summary", () => {
      expect(summary).toContain("failover order (both layers; each pool shares by weight, the next serves only while no datacentre of the one before is healthy): 1. primary azure: azure-eastus, azure-westeurope; 2. secondary gcp: gcp-us-east1, gcp-europe-west1");
    });
  });

  describeWithGcp("given Azure and GCP datacentres with primaryCloud gcp", () => {
    it("sends traffic to GCP first in both layers", () => {
      const { route53, tm } = globalLayers({ ...AZURE_GCP, routing: { policy: "failover", primaryCloud: "gcp" } });
      expect(route53Pools(route53).primary).toEqual(["europe-west1.gcp.orders.example.com", "us-east1.gcp.orders.example.com"]);
      expect(trafficManagerPools(tm).primary).toEqual(["europe-west1.gcp.orders.example.com", "us-east1.gcp.orders.example.com"]);
    });
  });

  describe("given a primary cloud the service does not use", () => {
    it("refuses it, naming the field, the value and the clouds the service uses", () => {
      expect(() => buildService({ ...AZURE_GCP, routing: { policy: "failover", primaryCloud: "aws" } })).toThrow(/routing\.primaryCloud: received "aws"; allowed: one of "azure", "gcp"/);
    });
  });

  describe("given the default AWS + Azure datacentres", () => {
    it("puts both AWS regions in the primary pool of both layers, sharing by weight (Traffic Manager no longer sends everything to the first)", () => {
      const { route53, tm, summary } = globalLayers({ routing: { policy: "failover" } });
      const expected = {
        primary: ["eu-west-1.aws.orders.example.com", "us-east-1.aws.orders.example.com"],
        secondary: ["eastus.azure.orders.example.com", "westeurope.azure.orders.example.com"],
      };
      expect(route53Pools(route53)).toEqual(expected);
      expect(trafficManagerPools(tm)).toEqual(expected);
      const weights = resourcesOfType(tm, "azurerm_traffic_manager_external_endpoint").map((e) => e.weight);
      expect(weights).toEqual([100, 100, 100, 100]);
      expect(summary).toContain("1. primary aws: aws-us-east-1, aws-eu-west-1; 2. secondary azure: azure-eastus, azure-westeurope");
    });

    it("with every primary datacentre drained, leaves the primary pool out of Route 53 and disables it in Traffic Manager, and the policy pack passes", () => {
      const drained = { datacentres: [
        { cloud: "aws" as const, region: "us-east-1", drain: true },
        { cloud: "aws" as const, region: "eu-west-1", drain: true },
        { cloud: "azure" as const, region: "eastus" },
        { cloud: "azure" as const, region: "westeurope" },
      ], routing: { policy: "failover" as const } };
      const { route53, tm, summary } = globalLayers(drained);
      expect(Object.keys(route53Pools(route53))).toEqual(["secondary"]);
      const nested = Object.fromEntries(resourcesOfType(tm, "azurerm_traffic_manager_nested_endpoint").map((n) => [n.name, n.enabled]));
      expect(nested).toEqual({ primary: false, secondary: true });
      expect(summary).toContain("): 2. secondary azure: azure-eastus, azure-westeurope");
    });
  });

  describe("given latency routing (the default)", () => {
    it("writes no nested profile and no failover order", () => {
      const { tm, summary } = globalLayers({});
      expect(resourcesOfType(tm, "azurerm_traffic_manager_nested_endpoint")).toEqual([]);
      expect(resourcesOfType(tm, "azurerm_traffic_manager_profile")).toHaveLength(1);
      expect(summary).not.toContain("failover order");
    });
  });

  describe("failoverPools", () => {
    it("puts rank 1 first and leaves an empty pool out", () => {
      expect(failoverPools(["a", "b", "c"], (m) => (m === "b" ? 1 : 2))).toEqual([
        { rank: 1, role: "primary", members: ["b"] },
        { rank: 2, role: "secondary", members: ["a", "c"] },
      ]);
      expect(failoverPools(["a"], () => 2)).toEqual([{ rank: 2, role: "secondary", members: ["a"] }]);
    });
  });

  describe("the Traffic Manager two-endpoint rule under nesting", () => {
    it("counts a parent's endpoints through its nested child profiles and exempts the children (a one-datacentre pool passes)", () => {
      const { service } = buildService({
        datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" }],
        routing: { policy: "failover" },
      });
      expect(resourcesOfType(synthStack(service.trafficManagerStack), "azurerm_traffic_manager_profile")).toHaveLength(3);
      expect(policyFindings(service.trafficManagerStack).filter((f) => f.ruleId === "global-traffic-manager-min-two-endpoints")).toEqual([]);
    });

    it("flags a parent whose enabled nested pools reach only one enabled endpoint", () => {
      const { service } = buildService({
        datacentres: [
          { cloud: "aws", region: "us-east-1" },
          { cloud: "aws", region: "eu-west-1", drain: true },
          { cloud: "azure", region: "eastus", drain: true },
          { cloud: "azure", region: "westeurope", drain: true },
        ],
        routing: { policy: "failover" },
        capacity: { minInstancesPerDatacentre: 1 },
      });
      const findings = policyFindings(service.trafficManagerStack).filter((f) => f.ruleId === "global-traffic-manager-min-two-endpoints");
      expect(findings.map((f) => f.path)).toEqual([`${service.trafficManagerStack.node.path}/traffic-manager/profile`]);
      expect(findings[0].message).toContain("only 1 enabled endpoint(s)");
    });
  });
});
