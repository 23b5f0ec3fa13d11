import { DualCloudValidationError, renderServiceSummary, resolveServiceModel } from "../lib";
import { failoverEstimates } from "../lib/validation/failover-estimates";
import { openConnectionBounds } from "../lib/validation/open-connection-bounds";
import { BASE_PROPS, buildService, FIVE_DATACENTRES, resourcesOfType, synthService } from "./support/synth";
import { describeWithGcp, itWithGcp } from "./support/core";

/** AWS and GCP: both edges take a keep-alive below the new-connection worst case (Azure's gateway takes 240 s at least). */
const AWS_GCP = { datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "gcp", region: "europe-west1" }], gcp: { projectId: "acme-orders" } };

/** Resolves the base props with a routing override (and any other props). */
function resolve(routing: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return resolveServiceModel("orders", "orders", { ...BASE_PROPS, routing, ...more });
}

describe("routing.maxFailoverSeconds: new connections, at the boundary", () => {
  it("given the default routing, then the worst cases are Route 53 111 s and Traffic Manager 110 s (probing, 60 s propagation, TTL)", () => {
    expect(failoverEstimates(resolve({}).routing).map((e) => [e.layer, e.worstCaseSeconds, e.formula])).toEqual([
      ["route53", 111, "3 x 10 s + 6 s probe + 60 s propagation + 15 s TTL"],
      ["traffic-manager", 110, "(2 + 1) x 10 s + 5 s timeout + 60 s propagation + 15 s TTL"],
    ]);
  });

  it("given a bound exactly at the Route 53 worst case (111 s), then it is accepted; one second less is refused", () => {
    const edge = { keepAliveSeconds: 60 };
    expect(resolve({ maxFailoverSeconds: 111 }, { ...AWS_GCP, edge }).routing.maxFailoverSeconds).toBe(111);
    expect(() => resolve({ maxFailoverSeconds: 110 }, { ...AWS_GCP, edge })).toThrow(DualCloudValidationError);
    expect(() => resolve({ maxFailoverSeconds: 110 }, { ...AWS_GCP, edge })).toThrow(
      /routing: received "route53 worst case 111 s"; allowed: a worst-case failover for new connections within routing\.maxFailoverSeconds \(110 s; route53: 3 x 10 s \+ 6 s probe \+ 60 s propagation \+ 15 s TTL\)/,
    );
  });

  it("given a bound exactly at the Traffic Manager worst case (114 s), then it is accepted; one second less is refused", () => {
    const edge = { keepAliveSeconds: 60 };
    expect(resolve({ probeTimeoutSeconds: 9, maxFailoverSeconds: 114 }, { ...AWS_GCP, edge }).routing.maxFailoverSeconds).toBe(114);
    expect(() => resolve({ probeTimeoutSeconds: 9, maxFailoverSeconds: 113 }, { ...AWS_GCP, edge })).toThrow(
      /routing: received "traffic-manager worst case 114 s"; allowed: a worst-case failover for new connections within routing\.maxFailoverSeconds \(113 s; traffic-manager: \(2 \+ 1\) x 10 s \+ 9 s timeout \+ 60 s propagation \+ 15 s TTL\)/,
    );
  });
});

describe("routing.maxFailoverSeconds: open connections (edge.keepAliveSeconds), at the boundary", () => {
  it("given the defaults, then every edge keeps a connection at most 240 s and the bound is 300 s", () => {
    const model = resolve({});
    expect(model.routing.maxFailoverSeconds).toBe(300);
    expect(model.edge).toEqual({ keepAliveSeconds: 240, unboundedConnections: "refuse" });
    expect(openConnectionBounds(model.datacentres, model.clouds, model.edge).map((b) => [b.datacentre, b.seconds])).toEqual([
      ["aws-us-east-1", 240], ["aws-eu-west-1", 240], ["azure-eastus", 240], ["azure-westeurope", 240],
    ]);
  });

  it("given a bound exactly at the default keep-alive (240 s), then it is accepted; one second less is refused, naming the edge", () => {
    expect(resolve({ maxFailoverSeconds: 240 }).routing.maxFailoverSeconds).toBe(240);
    expect(() => resolve({ maxFailoverSeconds: 239 })).toThrow(
      /edge\.keepAliveSeconds: received "aws-us-east-1: 240 s"; allowed: an open connection leaving a failed datacentre within routing\.maxFailoverSeconds \(239 s; aws-us-east-1: ALB client_keep_alive 240 s closes every connection\)/,
    );
  });

  it("given a keep-alive above the default bound, then synth fails; exactly at it passes (AWS and GCP: any whole second)", () => {
    expect(resolve({}, { ...AWS_GCP, edge: { keepAliveSeconds: 300 } }).edge.keepAliveSeconds).toBe(300);
    expect(() => resolve({}, { ...AWS_GCP, edge: { keepAliveSeconds: 301 } })).toThrow(/edge\.keepAliveSeconds: received "aws-us-east-1: 301 s"; allowed: .*\(300 s; aws-us-east-1: ALB client_keep_alive 301 s closes every connection\)/);
    expect(() => resolve({}, { edge: { keepAliveSeconds: 360 } })).toThrow(/edge\.keepAliveSeconds: received "aws-us-east-1: 360 s"/);
  });

  itWithGcp("given a keep-alive a used cloud's edge does not accept, then it names the field, the value and that cloud's range", () => {
    expect(() => resolve({}, { edge: { keepAliveSeconds: 90 } })).toThrow(/edge\.keepAliveSeconds: received 90; allowed: 240 to 1800, a multiple of 60 on azure \(Application Gateway public IP idle_timeout_in_minutes\)/);
    expect(() => resolve({}, { edge: { keepAliveSeconds: 270 } })).toThrow(/received 270; allowed: 240 to 1800, a multiple of 60 on azure/);
    expect(() => resolve({}, { ...AWS_GCP, edge: { keepAliveSeconds: 59 } })).toThrow(/edge\.keepAliveSeconds: received 59; allowed: 60 to 604800 on aws \(ALB client_keep_alive\)/);
    expect(resolve({}, { ...AWS_GCP, edge: { keepAliveSeconds: 60 } }).edge.keepAliveSeconds).toBe(60);
    const gcp = { datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" } };
    expect(() => resolve({ maxFailoverSeconds: 3600 }, { ...gcp, edge: { keepAliveSeconds: 1260 } })).toThrow(/received 1260; allowed: 5 to 1200 on gcp \(target HTTPS proxy http_keep_alive_timeout_sec\)/);
    expect(resolve({ maxFailoverSeconds: 3600 }, { ...gcp, edge: { keepAliveSeconds: 1200 } }).edge.keepAliveSeconds).toBe(1200);
  });

  it("given an edge that cannot close an open connection (azure.ingress direct), then synth fails under the default bound unless accepted knowingly", () => {
    const direct = { azure: { ingress: "direct" }, waf: { disabledOn: ["azure"] } };
    expect(() => resolve({}, direct)).toThrow(/edge: received "azure-eastus"; allowed: an edge that closes open connections within routing\.maxFailoverSeconds \(there: Container Apps ingress \(azure\.ingress "direct"\) has no setting that closes an open connection\), or edge\.unboundedConnections "accept"/);
    const accepted = resolve({}, { ...direct, edge: { unboundedConnections: "accept" } });
    expect(openConnectionBounds(accepted.datacentres, accepted.clouds, accepted.edge).find((b) => b.datacentre === "azure-eastus")?.seconds).toBeUndefined();
    expect(() => resolve({}, { edge: { unboundedConnections: "maybe" } })).toThrow(/edge\.unboundedConnections: received "maybe"/);
  });
});

describe("the summary prints both failover figures", () => {
  it("given the default app, then it shows each layer's new-connection worst case, the open-connection bound and each edge's setting", () => {
    const summary = renderServiceSummary(buildService().service);
    expect(summary).toContain("    worst-case failover route53: 111 s = 3 x 10 s + 6 s probe + 60 s propagation + 15 s TTL\n");
    expect(summary).toContain("    failover bound 300 s: new connections 111 s (route53), open connections 240 s\n");
    expect(summary).toContain(
      "    open connections: aws-us-east-1, aws-eu-west-1: ALB client_keep_alive 240 s closes every connection; azure-eastus, azure-westeurope: Application Gateway public IP idle_timeout_in_minutes 240 s closes idle connections",
    );
  });

  it("given an accepted unbounded edge, then the summary says so", () => {
    const { service } = buildService({ azure: { ingress: "direct" }, waf: { disabledOn: ["azure"] }, edge: { unboundedConnections: "accept" } });
    expect(renderServiceSummary(service)).toContain("open connections unbounded (edge.unboundedConnections accept)");
  });
});

describeWithGcp("every edge applies edge.keepAliveSeconds", () => {
  it("given a five-datacentre service with 600 s, then the ALB, the GCP HTTPS proxy and the Azure gateway's public IP carry it", () => {
    const { service } = buildService({ datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" }, edge: { keepAliveSeconds: 600 }, routing: { maxFailoverSeconds: 600 } });
    const stacks = synthService(service);
    expect(resourcesOfType(stacks["orders-aws-us-east-1"], "aws_lb").map((lb) => lb.client_keep_alive)).toEqual([600]);
    expect(resourcesOfType(stacks["orders-gcp-europe-west1"], "google_compute_target_https_proxy").map((p) => p.http_keep_alive_timeout_sec)).toEqual([600]);
    expect(resourcesOfType(stacks["orders-azure-eastus"], "azurerm_public_ip").map((ip) => ip.idle_timeout_in_minutes)).toEqual([10]);
  });
});
