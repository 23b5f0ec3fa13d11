import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { DualCloudServiceProps, resolveServiceModel } from "../lib";
import { GlobalEndpoint, globalEndpoints } from "../lib/constructs/global/global-endpoint";
import { Route53GlobalLayer } from "../lib/constructs/aws/route53-global-layer";
import { BASE_PROPS, buildService, resourceAddresses, resourcesOfType, StackJson, synthService, synthStack } from "./support/synth";

const DATACENTRES = [
  { cloud: "aws", region: "us-east-1" },
  { cloud: "aws", region: "eu-west-1" },
  { cloud: "azure", region: "eastus" },
  { cloud: "azure", region: "westeurope" },
] as const;
const KEYS = ["aws-us-east-1", "aws-eu-west-1", "azure-eastus", "azure-westeurope"];
const HOSTS: Record<string, string> = {
  "aws-us-east-1": "us-east-1.aws.orders.example.com",
  "aws-eu-west-1": "eu-west-1.aws.orders.example.com",
  "azure-eastus": "eastus.azure.orders.example.com",
  "azure-westeurope": "westeurope.azure.orders.example.com",
};

function globalStack(props: Partial<DualCloudServiceProps> = {}): { json: StackJson; all: Record<string, StackJson>; warnings: string[] } {
  const { service } = buildService(props);
  const all = synthService(service);
  const warnings = service.route53Stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data)));
  return { json: all["orders-global-aws"], all, warnings };
}

/** Resource of `type` whose address contains `_<fragment>_`. */
function at(json: StackJson, type: string, fragment: string): StackJson {
  const hits = Object.entries((json.resource[type] ?? {}) as Record<string, StackJson>).filter(([n]) => n.includes(`_${fragment}_`));
  expect(hits).toHaveLength(1);
  return hits[0][1];
}

function refTo(json: StackJson, type: string, fragment: string, attr: string): string {
  const hits = Object.keys(json.resource[type]).filter((n) => n.includes(`_${fragment}_`));
  expect(hits).toHaveLength(1);
  return `\${${type}.${hits[0]}.${attr}}`;
}

function records(json: StackJson): StackJson[] {
  return resourcesOfType(json, "aws_route53_record");
}

describe("Route53GlobalLayer", () => {
  describe("given the default topology and latency routing", () => {
    const { json, warnings } = globalStack({ datacentres: [...DATACENTRES] });

    it("health-checks each of the four datacentres over HTTPS on the health path with the configured interval and threshold", () => {
      const checks = resourcesOfType(json, "aws_route53_health_check");
      expect(checks).toHaveLength(4);
      for (const key of KEYS) {
        expect(at(json, "aws_route53_health_check", `health-check-${key}`)).toEqual({
          type: "HTTPS",
          fqdn: HOSTS[key],
          port: 443,
          resource_path: "/health",
          enable_sni: true,
          request_interval: 10,
          failure_threshold: 3,
          measure_latency: false,
          tags: { Name: `orders.example.com ${key}` },
        });
      }
    });

    it("gives each datacentre a health-checked CNAME to its endpoint hostname with the configured TTL", () => {
      for (const key of KEYS) {
        expect(at(json, "aws_route53_record", `answer-${key}`)).toMatchObject({
          type: "CNAME",
          ttl: 15,
          records: [HOSTS[key]],
          set_identifier: key,
          health_check_id: refTo(json, "aws_route53_health_check", `health-check-${key}`, "id"),
        });
      }
    });

    it("pools endpoints by AWS latency region, since Route 53 allows one latency record per region, and aliases <domain> to each pool", () => {
      expect(at(json, "aws_route53_record", "answer-aws-us-east-1").name).toBe("us-east-1.latency.orders.example.com");
      expect(at(json, "aws_route53_record", "answer-azure-eastus").name).toBe("us-east-1.latency.orders.example.com");
      expect(at(json, "aws_route53_record", "answer-aws-eu-west-1").name).toBe("eu-west-1.latency.orders.example.com");
      expect(at(json, "aws_route53_record", "answer-azure-westeurope").name).toBe("eu-west-2.latency.orders.example.com");
      const zone = `\${data.aws_route53_zone.${Object.keys(json.data.aws_route53_zone)[0]}.zone_id}`;
      for (const region of ["us-east-1", "eu-west-1", "eu-west-2"]) {
        expect(at(json, "aws_route53_record", `pool-${region}`)).toEqual({
          zone_id: zone,
          name: "orders.example.com",
          type: "CNAME",
          set_identifier: region,
          latency_routing_policy: { region },
          alias: { name: `${region}.latency.orders.example.com`, zone_id: zone, evaluate_target_health: true },
        });
      }
      const latency = records(json).filter((r) => r.latency_routing_policy);
      expect(latency.map((r) => r.latency_routing_policy.region).sort()).toEqual(["eu-west-1", "eu-west-2", "us-east-1"]);
    });

    it("never answers with an alias to a load balancer", () => {
      for (const r of records(json)) if (r.alias) expect(r.alias.name).toMatch(/\.orders\.example\.com$/);
    });

    it("writes no Container Apps verification CNAME behind the WAF gateway, and warns that azure.<domain> is not delegated", () => {
      expect(Object.keys(json.resource.aws_route53_record).filter((n) => n.includes("_azure-verification_"))).toEqual([]);
      expect(records(json).filter((r) => r.type === "NS")).toEqual([]);
      expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/dns\.nameServers\.azure is empty, so the Route 53 zone does not delegate azure\.orders\.example\.com/)]));
    });

    it("writes the verification CNAME asuid.<domain> -> asuid.azure.<domain> only with direct Container Apps ingress", () => {
      const { json: directJson } = globalStack({ azure: { ingress: "direct" }, waf: { disabledOn: ["azure"] }, edge: { unboundedConnections: "accept" } });
      expect(at(directJson, "aws_route53_record", "azure-verification")).toMatchObject({ name: "asuid.orders.example.com", type: "CNAME", records: ["asuid.azure.orders.example.com"] });
    });

    it("outputs the zone's name servers, the health check ids and the worst-case failover", () => {
      const zone = Object.keys(json.data.aws_route53_zone)[0];
      expect(json.data.aws_route53_zone[zone]).toEqual({ name: "example.com", private_zone: false });
      expect(json.output.name_servers.value).toBe(`\${data.aws_route53_zone.${zone}.name_servers}`);
      expect(Object.keys(json.output.health_check_ids.value).sort()).toEqual([...KEYS].sort());
      expect(json.output.health_check_ids.value["azure-eastus"]).toBe(refTo(json, "aws_route53_health_check", "health-check-azure-eastus", "id"));
      expect(json.output.worst_case_failover_seconds.value).toBe(111);
    });

    it("uses only the AWS provider", () => {
      expect(Object.keys(json.provider)).toEqual(["aws"]);
      expect(json.data.terraform_remote_state).toBeUndefined();
    });
  });

  describe("given name servers for the Azure copy of the zone", () => {
    it("delegates azure.<domain> to dns.nameServers.azure and does not warn", () => {
      const ns = ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"];
      const { json, warnings } = globalStack({ dns: { nameServers: { azure: ns } } });
      expect(at(json, "aws_route53_record", "azure-delegation")).toMatchObject({ name: "azure.orders.example.com", type: "NS", ttl: 3600, records: ns });
      expect(warnings.filter((w) => w.includes("nameServers"))).toEqual([]);
    });

    it("refuses a name-server list for a cloud dualcloud does not know", () => {
      expect(() => buildService({ dns: { nameServers: { oracle: ["ns1.example.net"] } as never } })).toThrow(/dns\.nameServers\.oracle: received an array of 1; allowed: no such field; known fields are aws, azure, gcp/);
    });
  });

  describe("given custom probe settings", () => {
    it("applies the interval, threshold and TTL to every health check and answer", () => {
      const { json } = globalStack({ routing: { probeIntervalSeconds: 10, failureThreshold: 2, dnsTtlSeconds: 30 } });
      for (const hc of resourcesOfType(json, "aws_route53_health_check")) expect(hc).toMatchObject({ request_interval: 10, failure_threshold: 2 });
      for (const r of records(json).filter((x) => x.health_check_id)) expect(r.ttl).toBe(30);
      expect(json.output.worst_case_failover_seconds.value).toBe(116);
    });
  });

  describe("given weighted routing", () => {
    it("answers <domain> with weighted, health-checked CNAMEs carrying each datacentre's weight", () => {
      const { json } = globalStack({
        routing: { policy: "weighted" },
        datacentres: [{ cloud: "aws", region: "us-east-1", weight: 200 }, { cloud: "aws", region: "eu-west-1", weight: 50 }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope", weight: 1 }],
      });
      const weights: Record<string, number> = { "aws-us-east-1": 200, "aws-eu-west-1": 50, "azure-eastus": 100, "azure-westeurope": 1 };
      for (const key of KEYS) {
        expect(at(json, "aws_route53_record", `answer-${key}`)).toMatchObject({
          name: "orders.example.com",
          type: "CNAME",
          ttl: 15,
          records: [HOSTS[key]],
          weighted_routing_policy: { weight: weights[key] },
          health_check_id: refTo(json, "aws_route53_health_check", `health-check-${key}`, "id"),
        });
      }
      expect(records(json).filter((r) => r.alias)).toEqual([]);
    });
  });

  describe("given failover routing", () => {
    it("sends everything to the primary cloud's pool while it is healthy, then to the other cloud's", () => {
      const { json } = globalStack({ routing: { policy: "failover", primaryCloud: "azure" } });
      expect(at(json, "aws_route53_record", "answer-azure-eastus").name).toBe("primary.orders.example.com");
      expect(at(json, "aws_route53_record", "answer-azure-westeurope").name).toBe("primary.orders.example.com");
      expect(at(json, "aws_route53_record", "answer-aws-us-east-1").name).toBe("secondary.orders.example.com");
      expect(at(json, "aws_route53_record", "answer-aws-eu-west-1").name).toBe("secondary.orders.example.com");
      for (const [role, type] of [["primary", "PRIMARY"], ["secondary", "SECONDARY"]]) {
        expect(at(json, "aws_route53_record", `pool-${role}`)).toMatchObject({
          name: "orders.example.com",
          type: "CNAME",
          set_identifier: role,
          failover_routing_policy: { type },
          alias: { name: `${role}.orders.example.com`, evaluate_target_health: true },
        });
      }
      expect(records(json).filter((r) => r.failover_routing_policy)).toHaveLength(2);
      expect(records(json).filter((r) => r.latency_routing_policy)).toEqual([]);
    });
  });

  describe("when a datacentre is drained", () => {
    const before = globalStack({ datacentres: [...DATACENTRES] });
    const after = globalStack({ datacentres: [DATACENTRES[0], DATACENTRES[1], { ...DATACENTRES[2], drain: true }, DATACENTRES[3]] });

    it("changes no regional stack", () => {
      for (const name of ["orders-aws-us-east-1", "orders-aws-eu-west-1", "orders-azure-eastus", "orders-azure-westeurope"]) {
        expect(JSON.stringify(after.all[name])).toBe(JSON.stringify(before.all[name]));
      }
      expect(JSON.stringify(after.json)).not.toBe(JSON.stringify(before.json));
    });

    it("removes only the drained endpoint's answer, keeping its health check and every other address", () => {
      const removed = resourceAddresses(before.json).filter((a) => !resourceAddresses(after.json).includes(a));
      const added = resourceAddresses(after.json).filter((a) => !resourceAddresses(before.json).includes(a));
      expect(removed).toEqual([expect.stringMatching(/^aws_route53_record\.route53_answer-azure-eastus_/)]);
      expect(added).toEqual([]);
      expect(at(after.json, "aws_route53_health_check", "health-check-azure-eastus").fqdn).toBe(HOSTS["azure-eastus"]);
    });

    it("drops a latency pool whose only endpoint is drained", () => {
      const drained = globalStack({ datacentres: [DATACENTRES[0], DATACENTRES[1], DATACENTRES[2], { ...DATACENTRES[3], drain: true }] });
      const regions = records(drained.json).filter((r) => r.latency_routing_policy).map((r) => r.latency_routing_policy.region).sort();
      expect(regions).toEqual(["eu-west-1", "us-east-1"]);
    });
  });

  describe("used on its own, with endpoints from elsewhere", () => {
    const model = resolveServiceModel("orders", "orders", BASE_PROPS);
    const endpoints: GlobalEndpoint[] = globalEndpoints(model).slice(0, 2);

    function layer(overrides: Partial<{ endpoints: GlobalEndpoint[]; domain: string; policy: "latency" | "weighted"; azureNameServers: string[] }> = {}): StackJson {
      const stack = new TerraformStack(Testing.app(), "dns");
      new AwsProvider(stack, "aws", { region: "us-east-1" });
      new Route53GlobalLayer(stack, "global", {
        domain: overrides.domain ?? "orders.example.com",
        zoneName: "example.com",
        healthCheckPath: "/status",
        routing: { ...model.routing, policy: overrides.policy ?? "weighted" },
        endpoints: overrides.endpoints ?? endpoints,
        nameServers: { azure: overrides.azureNameServers ?? ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"] },
      });
      return synthStack(stack);
    }

    it("refuses a partial name-server set, naming the prop and what is allowed", () => {
      expect(() => layer({ azureNameServers: ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net"] })).toThrow(
        /\[dns\/global\] nameServers\.azure: received an array of 2; allowed: the 4 name servers of the Azure DNS zone .*: 2 of the 4 name servers Azure DNS assigns to a zone/,
      );
    });

    it("builds health checks and answers for the endpoints given", () => {
      const json = layer();
      expect(resourcesOfType(json, "aws_route53_health_check").map((h) => [h.fqdn, h.resource_path]).sort()).toEqual([
        ["eu-west-1.aws.orders.example.com", "/status"],
        ["us-east-1.aws.orders.example.com", "/status"],
      ]);
      expect(records(json).filter((r) => r.weighted_routing_policy).map((r) => r.records[0]).sort()).toEqual(["eu-west-1.aws.orders.example.com", "us-east-1.aws.orders.example.com"]);
    });

    it("places endpoints on the latency map by nearestRegions.aws, and refuses one without it only under latency", () => {
      const json = layer({ policy: "latency" });
      expect(records(json).filter((r) => r.latency_routing_policy).map((r) => r.latency_routing_policy.region).sort()).toEqual(["eu-west-1", "us-east-1"]);
      const unplaced = [{ ...endpoints[0], nearestRegions: {} }, endpoints[1]];
      expect(() => layer({ policy: "latency", endpoints: unplaced })).toThrow(/endpoints\[0\]\.nearestRegions\.aws: received .*; allowed: the AWS region whose latency map places the endpoint/);
      expect(() => layer({ endpoints: unplaced })).not.toThrow();
    });

    it("refuses duplicate endpoint keys", () => {
      expect(() => layer({ endpoints: [endpoints[0], endpoints[0]] })).toThrow(/\[dns\/global\] endpoints\[1\]\.key: received "aws-us-east-1"; allowed: a key no other endpoint has/);
    });

    it("refuses a set of endpoints that are all drained", () => {
      expect(() => layer({ endpoints: endpoints.map((e) => ({ ...e, enabled: false })) })).toThrow(/endpoints: received "every endpoint drained"; allowed: at least one enabled endpoint/);
    });

    it("refuses a domain outside the zone", () => {
      expect(() => layer({ domain: "orders.example.org" })).toThrow(/domain: received "orders\.example\.org"; allowed: a hostname inside the zone example\.com/);
    });
  });
});
