import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { globalEndpoints } from "../lib/constructs/global/global-endpoint";
import { TrafficManagerGlobalLayer } from "../lib/constructs/azure/traffic-manager-global-layer";
import { RoutingModel } from "../lib/model/service-model";
import { resolveServiceModel } from "../lib/validation/resolve-service";
import { BASE_PROPS, buildService, resourcesOfType, StackJson, synthService, synthStack } from "./support/synth";

function only(json: StackJson, type: string): StackJson {
  const all = resourcesOfType(json, type);
  expect(all).toHaveLength(1);
  return all[0];
}

function endpointsByName(json: StackJson): Record<string, StackJson> {
  return Object.fromEntries(resourcesOfType(json, "azurerm_traffic_manager_external_endpoint").map((e) => [e.name, e]));
}

describe("TrafficManagerGlobalLayer", () => {
  describe("given the default topology", () => {
    const { service } = buildService();
    const json = synthService(service)["orders-global-azure"];
    const profile = only(json, "azurerm_traffic_manager_profile");

    it("routes by performance with the service TTL", () => {
      expect(profile.traffic_routing_method).toBe("Performance");
      expect(profile.dns_config).toEqual({ relative_name: profile.name, ttl: 15 });
      expect(profile.name).toMatch(/^orders-[a-z0-9]{6}$/);
      expect(profile.resource_group_name).toBe("dns");
    });

    it("probes HTTPS 443 on the health path with the interval, timeout and tolerated failures of the routing model", () => {
      expect(profile.monitor_config).toEqual({
        protocol: "HTTPS",
        port: 443,
        path: "/health",
        interval_in_seconds: 10,
        timeout_in_seconds: 5,
        tolerated_number_of_failures: 2,
        expected_status_code_ranges: ["200-399"],
      });
    });

    it("counts as healthy exactly what the ALB target group and Route 53 do: 2xx and 3xx (docs/routing.md)", () => {
      const stacks = synthService(service);
      const targetGroup = only(stacks["orders-aws-us-east-1"], "aws_lb_target_group");
      expect(targetGroup.health_check.matcher).toBe("200-399");
      expect(profile.monitor_config.expected_status_code_ranges).toEqual([targetGroup.health_check.matcher]);
    });

    it("has one external endpoint per datacentre, targeting the endpoint hostnames, placed on the performance map by the location map (westeurope with London, at uksouth)", () => {
      const endpoints = endpointsByName(json);
      expect(Object.keys(endpoints).sort()).toEqual(["aws-eu-west-1", "aws-us-east-1", "azure-eastus", "azure-westeurope"]);
      expect(endpoints["aws-us-east-1"]).toMatchObject({ target: "us-east-1.aws.orders.example.com", enabled: true, endpoint_location: "eastus" });
      expect(endpoints["aws-eu-west-1"]).toMatchObject({ target: "eu-west-1.aws.orders.example.com", enabled: true });
      expect(endpoints["azure-eastus"]).toMatchObject({ target: "eastus.azure.orders.example.com", enabled: true, endpoint_location: "eastus" });
      expect(endpoints["azure-westeurope"]).toMatchObject({ target: "westeurope.azure.orders.example.com", enabled: true, endpoint_location: "uksouth" });
      for (const e of Object.values(endpoints)) {
        expect(e.weight).toBeUndefined();
        expect(e.priority).toBeUndefined();
      }
    });

    it("answers for the domain in Azure DNS with a CNAME to the profile, looked up by zone name", () => {
      const record = only(json, "azurerm_dns_cname_record");
      expect(record).toMatchObject({ name: "orders", resource_group_name: "dns", ttl: 15 });
      expect(record.record).toMatch(/^\$\{azurerm_traffic_manager_profile\..+\.fqdn\}$/);
      expect(record.zone_name).toMatch(/^\$\{data\.azurerm_dns_zone\..+\.name\}$/);
      expect(Object.values(json.data.azurerm_dns_zone)).toEqual([{ name: "example.com", resource_group_name: "dns" }]);
    });

    it("warns and writes no aws delegation when the Route 53 name servers are unknown", () => {
      expect(resourcesOfType(json, "azurerm_dns_ns_record")).toEqual([]);
      const warnings = service.trafficManagerStack.layer.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
      expect(warnings).toEqual([
        expect.stringMatching(/dns\.nameServers\.aws is empty, so Azure DNS does not delegate aws\.orders\.example\.com: .* copy orders-global-aws output name_servers into dns\.nameServers\.aws/),
        expect.stringMatching(/dns\.certificateValidation\.aws is empty, so Azure DNS lacks the certificate-validation record of orders\.example\.com .* Copy output certificate_validation_records of orders-aws-us-east-1, orders-aws-eu-west-1 into dns\.certificateValidation\.aws/),
      ]);
    });

    it("outputs the zone's name servers, the profile FQDN and the worst-case failover", () => {
      expect(json.output.name_servers.value).toMatch(/^\$\{tolist\(data\.azurerm_dns_zone\..+\.name_servers\)\}$/);
      expect(json.output.traffic_manager_fqdn.value).toMatch(/^\$\{azurerm_traffic_manager_profile\..+\.fqdn\}$/);
      expect(json.output.worst_case_failover_seconds.value).toBe(110);
    });

    it("uses only the azurerm provider and tags the profile", () => {
      expect(Object.keys(json.provider)).toEqual(["azurerm"]);
      expect(profile.tags).toEqual({ service: "orders", "managed-by": "dualcloud", datacentre: "global" });
    });
  });

  describe("given Route 53 name servers", () => {
    it("delegates aws.<domain> to them, fully qualified, and warns only about the missing certificate-validation records", () => {
      const { service } = buildService({ dns: { nameServers: { aws: ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net", "ns-1025.awsdns-03.co.uk.", "ns-1537.awsdns-04.com"] } } });
      const json = synthService(service)["orders-global-azure"];
      expect(only(json, "azurerm_dns_ns_record")).toMatchObject({ name: "aws.orders", records: ["ns-1.awsdns-01.org.", "ns-513.awsdns-02.net.", "ns-1025.awsdns-03.co.uk.", "ns-1537.awsdns-04.com."], resource_group_name: "dns", ttl: 3600 });
      expect(service.trafficManagerStack.layer.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data)).toEqual([expect.stringMatching(/^dualcloud: dns\.certificateValidation\.aws is empty/)]);
    });
  });

  describe("given each routing policy", () => {
    it("maps weighted to Weighted with the datacentre weights", () => {
      const { service } = buildService({
        routing: { policy: "weighted" },
        datacentres: [
          { cloud: "aws", region: "us-east-1", weight: 30 },
          { cloud: "aws", region: "eu-west-1" },
          { cloud: "azure", region: "eastus", weight: 200 },
          { cloud: "azure", region: "westeurope" },
        ],
      });
      const json = synthService(service)["orders-global-azure"];
      expect(only(json, "azurerm_traffic_manager_profile").traffic_routing_method).toBe("Weighted");
      const endpoints = endpointsByName(json);
      expect(Object.fromEntries(Object.entries(endpoints).map(([k, e]) => [k, e.weight]))).toEqual({ "aws-us-east-1": 30, "aws-eu-west-1": 100, "azure-eastus": 200, "azure-westeurope": 100 });
      expect(endpoints["azure-eastus"].endpoint_location).toBeUndefined();
    });

    it("maps failover to a Priority profile over one nested Weighted profile per pool, the primary cloud's first", () => {
      const { service } = buildService({ routing: { policy: "failover", primaryCloud: "azure" } });
      const json = synthService(service)["orders-global-azure"];
      const profiles = resourcesOfType(json, "azurerm_traffic_manager_profile");
      expect(profiles.map((p) => p.traffic_routing_method).sort()).toEqual(["Priority", "Weighted", "Weighted"]);
      const nested = Object.fromEntries(resourcesOfType(json, "azurerm_traffic_manager_nested_endpoint").map((n) => [n.name, n.priority]));
      expect(nested).toEqual({ primary: 1, secondary: 2 });
      const endpoints = endpointsByName(json);
      expect(Object.fromEntries(Object.entries(endpoints).map(([k, e]) => [k, [e.weight, e.priority]]))).toEqual({
        "azure-eastus": [100, undefined], "azure-westeurope": [100, undefined], "aws-us-east-1": [100, undefined], "aws-eu-west-1": [100, undefined],
      });
    });
  });

  describe("given a drained datacentre", () => {
    it("disables only that endpoint and changes only this stack and the Route 53 stack", () => {
      const before = synthService(buildService().service);
      const after = synthService(buildService({
        datacentres: [
          { cloud: "aws", region: "us-east-1" },
          { cloud: "aws", region: "eu-west-1" },
          { cloud: "azure", region: "eastus", drain: true },
          { cloud: "azure", region: "westeurope" },
        ],
      }).service);
      const endpoints = endpointsByName(after["orders-global-azure"]);
      expect(Object.fromEntries(Object.entries(endpoints).map(([k, e]) => [k, e.enabled]))).toEqual({ "aws-us-east-1": true, "aws-eu-west-1": true, "azure-eastus": false, "azure-westeurope": true });
      const changed = Object.keys(before).filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
      expect(changed.filter((n) => n !== "orders-global-aws")).toEqual(["orders-global-azure"]);
      const beforeJson = before["orders-global-azure"];
      const afterJson = after["orders-global-azure"];
      const diff = Object.keys(beforeJson.resource.azurerm_traffic_manager_external_endpoint).filter(
        (k) => JSON.stringify(beforeJson.resource.azurerm_traffic_manager_external_endpoint[k]) !== JSON.stringify(afterJson.resource.azurerm_traffic_manager_external_endpoint[k]),
      );
      expect(diff).toHaveLength(1);
      expect(afterJson.resource.azurerm_traffic_manager_external_endpoint[diff[0]].name).toBe("azure-eastus");
    });
  });

  describe("used on its own", () => {
    const model = resolveServiceModel("orders", "orders", BASE_PROPS);
    const build = (routing: RoutingModel, endpoints = globalEndpoints(model)) => {
      const app = Testing.app();
      const stack = new TerraformStack(app, "global");
      new AzurermProvider(stack, "azurerm", { features: [{}] });
      const layer = new TrafficManagerGlobalLayer(stack, "tm", {
        serviceName: "orders", domain: "orders.example.com", healthCheckPath: "/ready", zoneName: "example.com", zoneResourceGroup: "dns-rg", routing, endpoints,
      });
      return { stack, layer };
    };

    it("accepts Traffic Manager's limits at their edges: fast probing with a 9 s timeout, 30 s probing with 10 s, TTL 0, 9 tolerated failures", () => {
      const { stack } = build({ ...model.routing, probeIntervalSeconds: 10, probeTimeoutSeconds: 9, dnsTtlSeconds: 0, failureThreshold: 10 });
      const json = synthStack(stack);
      expect(only(json, "azurerm_traffic_manager_profile").monitor_config).toMatchObject({ interval_in_seconds: 10, timeout_in_seconds: 9, tolerated_number_of_failures: 9, path: "/ready" });
      expect(only(json, "azurerm_traffic_manager_profile").dns_config.ttl).toBe(0);
      expect(() => build({ ...model.routing, probeIntervalSeconds: 30, probeTimeoutSeconds: 10 })).not.toThrow();
    });

    it("refuses a 10 s timeout with fast probing, a 4 s timeout, and 10 tolerated failures", () => {
      expect(() => build({ ...model.routing, probeIntervalSeconds: 10, probeTimeoutSeconds: 10 })).toThrow(/routing\.probeTimeoutSeconds: received 10; allowed: an integer from 5 to 9 s with a 10 s interval/);
      expect(() => build({ ...model.routing, probeIntervalSeconds: 30, probeTimeoutSeconds: 4 })).toThrow(/routing\.probeTimeoutSeconds: received 4; allowed: an integer from 5 to 10 s/);
      expect(() => build({ ...model.routing, failureThreshold: 11 })).toThrow(/routing\.failureThreshold: received 11/);
      expect(() => build({ ...model.routing, probeIntervalSeconds: 20 as never })).toThrow(/routing\.probeIntervalSeconds: received 20/);
    });

    it("places endpoints on the performance map by nearestRegions.azure, and refuses one without it only under latency", () => {
      expect(() => build(model.routing)).not.toThrow();
      const unplaced = [{ ...globalEndpoints(model)[0], nearestRegions: {} }, ...globalEndpoints(model).slice(1)];
      expect(() => build(model.routing, unplaced)).toThrow(/endpoints\[0\]\.nearestRegions\.azure: received .*; allowed: the Azure region whose performance map places the endpoint/);
      expect(() => build({ ...model.routing, policy: "weighted" }, unplaced)).not.toThrow();
    });

    it("refuses an empty endpoint list", () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, "global");
      expect(() => new TrafficManagerGlobalLayer(stack, "tm", {
        serviceName: "orders", domain: "orders.example.com", healthCheckPath: "/", zoneName: "example.com", zoneResourceGroup: "dns", routing: model.routing, endpoints: [],
      })).toThrow(/endpoints: received 0; allowed: 1 to 200 endpoints/);
    });
  });
});
