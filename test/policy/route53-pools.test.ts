import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { policyFindings } from "../../lib/policy";
import { bareStack } from "./fixtures";

/** Latency pools: `<domain>` aliases per region to a nested weighted set of health-checked answers. */
function pools(evaluateTargetHealth: boolean) {
  const stack = bareStack("aws");
  for (const region of ["us-east-1", "eu-west-1"]) {
    const hc = new Route53HealthCheck(stack, `hc-${region}`, { type: "HTTPS", fqdn: `${region}.aws.orders.example.com`, port: 443, resourcePath: "/healthz" });
    new Route53Record(stack, `answer-${region}`, {
      zoneId: "Z1", name: `${region}.latency.orders.example.com`, type: "CNAME", ttl: 15, records: [`${region}.aws.orders.example.com`],
      setIdentifier: `aws-${region}`, weightedRoutingPolicy: { weight: 100 }, healthCheckId: hc.id,
    });
    new Route53Record(stack, `pool-${region}`, {
      zoneId: "Z1", name: "orders.example.com", type: "CNAME", setIdentifier: region, latencyRoutingPolicy: { region },
      alias: { name: `${region}.latency.orders.example.com`, zoneId: "Z1", evaluateTargetHealth },
    });
  }
  return stack;
}

describe("Route 53 rules on nested latency pools", () => {
  it("given aliases that evaluate target health, accepts single-answer nested pools", () => {
    expect(policyFindings(pools(true)).map((f) => f.ruleId)).toEqual([]);
  });

  it("given aliases that do not evaluate target health, flags every pool alias and the client-facing name", () => {
    const findings = policyFindings(pools(false)).map((f) => [f.ruleId, f.path]);
    expect(findings).toEqual([
      ["global-route53-routed-record-health-check", "fixture/pool-us-east-1"],
      ["global-route53-routed-record-health-check", "fixture/pool-eu-west-1"],
      ["global-route53-min-two-health-checked-records", "fixture/pool-us-east-1"],
    ]);
  });

  it("given one latency pool holding two health-checked answers, counts the pool's members", () => {
    const stack = bareStack("aws");
    const pool = "us-east-1.latency.orders.example.com";
    for (const dc of ["aws-us-east-1", "azure-eastus"]) {
      const hc = new Route53HealthCheck(stack, `hc-${dc}`, { type: "HTTPS", fqdn: `${dc}.orders.example.com`, port: 443, resourcePath: "/healthz" });
      new Route53Record(stack, `answer-${dc}`, {
        zoneId: "Z1", name: pool, type: "CNAME", ttl: 15, records: [`${dc}.orders.example.com`], setIdentifier: dc, weightedRoutingPolicy: { weight: 100 }, healthCheckId: hc.id,
      });
    }
    const alias = () =>
      new Route53Record(stack, "pool-us-east-1", {
        zoneId: "Z1", name: "orders.example.com", type: "CNAME", setIdentifier: "us-east-1", latencyRoutingPolicy: { region: "us-east-1" },
        alias: { name: pool, zoneId: "Z1", evaluateTargetHealth: true },
      });
    alias();
    expect(policyFindings(stack).map((f) => f.ruleId)).toEqual([]);
  });

  it("given one latency pool holding a single answer, flags the client-facing name", () => {
    const stack = bareStack("aws");
    const hc = new Route53HealthCheck(stack, "hc", { type: "HTTPS", fqdn: "us-east-1.aws.orders.example.com", port: 443, resourcePath: "/healthz" });
    new Route53Record(stack, "answer", {
      zoneId: "Z1", name: "us-east-1.latency.orders.example.com", type: "CNAME", ttl: 15, records: ["us-east-1.aws.orders.example.com"], setIdentifier: "aws-us-east-1", weightedRoutingPolicy: { weight: 100 }, healthCheckId: hc.id,
    });
    new Route53Record(stack, "pool", {
      zoneId: "Z1", name: "orders.example.com", type: "CNAME", setIdentifier: "us-east-1", latencyRoutingPolicy: { region: "us-east-1" },
      alias: { name: "us-east-1.latency.orders.example.com", zoneId: "Z1", evaluateTargetHealth: true },
    });
    expect(policyFindings(stack).map((f) => [f.ruleId, f.path])).toEqual([["global-route53-min-two-health-checked-records", "fixture/pool"]]);
  });
});
