import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { TrafficManagerExternalEndpoint } from "@cdktf/provider-azurerm/lib/traffic-manager-external-endpoint";
import { TrafficManagerProfile } from "@cdktf/provider-azurerm/lib/traffic-manager-profile";
import { TerraformStack } from "cdktf";
import { RuleFixture } from "./fixture";

function healthCheck(stack: TerraformStack, id: string, type = "HTTPS"): Route53HealthCheck {
  return new Route53HealthCheck(stack, id, { type, fqdn: `${id}.aws.orders.example.com`, port: type === "HTTPS" ? 443 : 80, resourcePath: "/healthz", requestInterval: 10, failureThreshold: 3 });
}

function records(stack: TerraformStack, checked: number): Route53Record {
  const out: Route53Record[] = [];
  for (const region of ["us-east-1", "eu-west-1"]) {
    const hc = out.length < checked ? healthCheck(stack, `hc-${region}`) : undefined;
    out.push(
      new Route53Record(stack, `record-${region}`, {
        zoneId: "Z1",
        name: "orders.example.com",
        type: "CNAME",
        ttl: 15,
        records: [`${region}.aws.orders.example.com`],
        setIdentifier: region,
        latencyRoutingPolicy: { region },
        ...(hc ? { healthCheckId: hc.id } : {}),
      }),
    );
  }
  return out[0];
}

function profile(stack: TerraformStack, protocol = "HTTPS", port = 443): TrafficManagerProfile {
  return new TrafficManagerProfile(stack, "tm", {
    name: "orders",
    resourceGroupName: "rg",
    trafficRoutingMethod: "Performance",
    dnsConfig: { relativeName: "orders", ttl: 15 },
    monitorConfig: { protocol, port, path: "/healthz", intervalInSeconds: 10, timeoutInSeconds: 5, toleratedNumberOfFailures: 2 },
  });
}

function endpoints(stack: TerraformStack, enabled: boolean[]): TrafficManagerProfile {
  const p = profile(stack);
  enabled.forEach((on, i) => new TrafficManagerExternalEndpoint(stack, `ep-${i}`, { name: `ep-${i}`, profileId: p.id, target: `dc${i}.orders.example.com`, enabled: on, endpointLocation: "eastus" }));
  return p;
}

/** A compliant and a non-compliant fixture for every global-layer rule. */
export const GLOBAL_FIXTURES: Record<string, RuleFixture> = {
  "global-route53-health-check-https": { compliant: (s) => healthCheck(s, "hc"), nonCompliant: (s) => healthCheck(s, "hc", "HTTP") },
  "global-route53-routed-record-health-check": { compliant: (s) => records(s, 2), nonCompliant: (s) => { records(s, 1); return s.node.findChild("record-eu-west-1"); } },
  "global-route53-min-two-health-checked-records": { compliant: (s) => records(s, 2), nonCompliant: (s) => records(s, 1) },
  "global-traffic-manager-https-monitor": { compliant: (s) => profile(s), nonCompliant: (s) => profile(s, "HTTP", 80) },
  "global-traffic-manager-min-two-endpoints": { compliant: (s) => endpoints(s, [true, true, false]), nonCompliant: (s) => endpoints(s, [true, false]) },
};
