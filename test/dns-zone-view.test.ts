import { DualCloudServiceProps } from "../lib";
import { synthesizeStacks } from "../lib/checks";
import { DnsViewRecord, DnsZoneCopy, DnsZoneView, buildDnsZoneView, describeDnsValue, renderZoneFile } from "../lib/dns";
import { itWithGcp } from "./support/core";
import { awsStack, azureStack, data, merge, resource } from "./support/fixtures";
import { buildService, FIVE_DATACENTRES } from "./support/synth";

const NS = {
  aws: ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net", "ns-1025.awsdns-03.co.uk", "ns-1537.awsdns-04.com"],
  azure: ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"],
  gcp: ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com", "ns-cloud-a3.googledomains.com", "ns-cloud-a4.googledomains.com"],
};

function viewOf(props: Partial<DualCloudServiceProps> = {}): DnsZoneView {
  const { app } = buildService(props);
  return buildDnsZoneView(synthesizeStacks(app));
}
function copyOf(view: DnsZoneView, provider: string): DnsZoneCopy {
  const c = view.copies.find((x) => x.provider === provider);
  if (!c) throw new Error(`no ${provider} copy`);
  return c;
}
function at(copy: DnsZoneCopy, name: string, type?: string): DnsViewRecord {
  const r = copy.records.find((x) => x.name === name && (type === undefined || x.type === type));
  if (!r) throw new Error(`no ${name} ${type ?? ""} in ${copy.provider}`);
  return r;
}
const ENDPOINTS = ["us-east-1.aws", "eu-west-1.aws", "eastus.azure", "westeurope.azure"].map((h) => `${h}.orders.example.com.`);

describe("buildDnsZoneView", () => {
  describe("given the default app (latency routing, no name servers)", () => {
    const view = viewOf();
    const route53 = copyOf(view, "route53");
    const azure = copyOf(view, "azure-dns");

    it("has one Route 53 and one Azure DNS copy of example.com and nothing else", () => {
      expect(view.copies.map((c) => `${c.provider} ${c.zone}`)).toEqual(["route53 example.com.", "azure-dns example.com."]);
    });

    it("collapses the latency aliases and weighted pools of the service hostname into one CNAME whose possible answers are the four endpoints", () => {
      const service = at(route53, "orders.example.com.");
      expect(service).toMatchObject({ type: "CNAME", ttl: 15, answers: "one-of", routingInternal: false });
      expect([...service.values].sort()).toEqual([...ENDPOINTS].sort());
      expect(service.sources).toHaveLength(3);
    });

    it("marks the latency pools as routing internals, each answering one of its endpoints", () => {
      const pool = at(route53, "us-east-1.latency.orders.example.com.");
      expect(pool).toMatchObject({ type: "CNAME", ttl: 15, answers: "one-of", routingInternal: true, values: ["us-east-1.aws.orders.example.com.", "eastus.azure.orders.example.com."] });
      expect(route53.records.filter((r) => r.routingInternal).map((r) => r.name)).toEqual([
        "eu-west-1.latency.orders.example.com.",
        "eu-west-2.latency.orders.example.com.",
        "us-east-1.latency.orders.example.com.",
      ]);
    });

    it("answers an AWS endpoint name with the load balancer's addresses, unknown until an apply, at the ELB alias TTL of 60 s", () => {
      const endpoint = at(route53, "us-east-1.aws.orders.example.com.");
      expect(endpoint).toMatchObject({ type: "A", ttl: 60, answers: "all" });
      expect(endpoint.values).toEqual([{ unknown: "${aws_lb.aws-us-east-1_alb_00BC7BC2.dns_name}", note: "addresses of alias target ${aws_lb.aws-us-east-1_alb_00BC7BC2.dns_name}" }]);
    });

    it("lists the ACM validation records once per certificate domain, with name, type and value unknown", () => {
      const acm = route53.records.filter((r) => typeof r.name !== "string");
      expect(acm.map((r) => describeDnsValue(r.name)).sort()).toEqual([
        "<known after apply: ACM validation record of eu-west-1.aws.orders.example.com>",
        "<known after apply: ACM validation record of orders.example.com>",
        "<known after apply: ACM validation record of orders.example.com>",
        "<known after apply: ACM validation record of us-east-1.aws.orders.example.com>",
      ]);
      expect(acm.every((r) => r.ttl === 300 && typeof r.type !== "string")).toBe(true);
      expect(acm[0].sources[0]).toMatch(/^orders-aws-[a-z0-9-]+:aws_route53_record\.aws-[a-z0-9-]+_certificate-validation-record_[0-9A-F]{8}\["[a-z0-9.-]+"\]$/);
    });

    it("with direct Azure ingress, writes the Azure verification CNAME in Route 53 and the asuid TXT records in Azure DNS", () => {
      const direct = viewOf({ azure: { ingress: "direct" }, waf: { disabledOn: ["azure"] }, edge: { unboundedConnections: "accept" } });
      expect(at(copyOf(direct, "route53"), "asuid.orders.example.com.")).toMatchObject({ type: "CNAME", ttl: 3600, values: ["asuid.azure.orders.example.com."] });
      expect(at(copyOf(direct, "azure-dns"), "asuid.orders.example.com.", "TXT").values).toEqual([{ unknown: "${azurerm_container_app_environment.azure-eastus_environment_56FFCD72.custom_domain_verification_id}" }]);
    });

    it("answers the service hostname in Azure DNS with a CNAME to the Traffic Manager profile, unknown until an apply", () => {
      expect(at(azure, "orders.example.com.")).toMatchObject({ type: "CNAME", ttl: 15, answers: "all", values: [{ unknown: "${azurerm_traffic_manager_profile.traffic-manager_profile_57EE1FF5.fqdn}" }] });
    });

    it("leaves private DNS zones (Key Vault, registry private endpoints) out", () => {
      const names = view.copies.flatMap((c) => c.records.map((r) => describeDnsValue(r.name)));
      expect(names.filter((n) => n.includes("privatelink"))).toEqual([]);
      expect(azure.records.map((r) => r.name)).toEqual([
        "orders.example.com.",
        "eastus.azure.orders.example.com.",
        "westeurope.azure.orders.example.com.",
      ]);
    });
  });

  it("adds each copy's delegation of the other clouds' subtrees once dns.nameServers are given, with absolute name-server names", () => {
    const view = viewOf({ dns: { nameServers: { aws: NS.aws, azure: NS.azure } } });
    expect(at(copyOf(view, "route53"), "azure.orders.example.com.")).toMatchObject({ type: "NS", ttl: 3600, values: NS.azure.map((n) => `${n}.`) });
    expect(at(copyOf(view, "azure-dns"), "aws.orders.example.com.")).toMatchObject({ type: "NS", values: NS.aws.map((n) => `${n}.`) });
  });

  itWithGcp("adds the Cloud DNS copy of gcp.<domain> for a GCP datacentre, with its endpoint and _acme-challenge records", () => {
    const view = viewOf({ datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" }, dns: { nameServers: NS } });
    expect(view.copies.map((c) => `${c.provider} ${c.zone}`)).toEqual(["route53 example.com.", "azure-dns example.com.", "cloud-dns gcp.orders.example.com."]);
    const gcp = copyOf(view, "cloud-dns");
    expect(gcp.records.map((r) => `${describeDnsValue(r.name)} ${describeDnsValue(r.type)}`)).toEqual([
      "_acme-challenge.gcp.orders.example.com. CNAME",
      "europe-west1.gcp.orders.example.com. A",
      "_acme-challenge.europe-west1.gcp.orders.example.com. CNAME",
    ]);
    expect(at(copyOf(view, "route53"), "gcp.orders.example.com.").values).toEqual(NS.gcp.map((n) => `${n}.`));
    expect(at(copyOf(view, "route53"), "orders.example.com.").values).toContain("europe-west1.gcp.orders.example.com.");
  });

  it("under weighted routing, answers the service hostname with one of the endpoints directly (no pools)", () => {
    const view = viewOf({ routing: { policy: "weighted" } });
    const route53 = copyOf(view, "route53");
    expect(at(route53, "orders.example.com.")).toMatchObject({ type: "CNAME", answers: "one-of", routingInternal: false });
    expect(route53.records.filter((r) => r.routingInternal)).toEqual([]);
  });

  it("under failover routing, collapses the primary and secondary pools into the service hostname", () => {
    const view = viewOf({ routing: { policy: "failover", primaryCloud: "aws" } });
    const route53 = copyOf(view, "route53");
    expect([...at(route53, "orders.example.com.").values].sort()).toEqual([...ENDPOINTS].sort());
    expect(route53.records.filter((r) => r.routingInternal).map((r) => r.name)).toEqual(["primary.orders.example.com.", "secondary.orders.example.com."]);
  });

  describe("fixtures", () => {
    const zone = data("aws_route53_zone", "z", { name: "Example.com", private_zone: false });
    const rec = (name: string, config: Record<string, unknown>) => resource("aws_route53_record", name, { zone_id: "${data.aws_route53_zone.z.zone_id}", ...config });

    it("appends the zone to a Route 53 name without it, as the provider's expandRecordName does, and lower-cases names", () => {
      const view = buildDnsZoneView([awsStack("s", merge(zone, rec("a", { name: "WWW", type: "a", ttl: 30, records: ["192.0.2.1"] })))]);
      expect(view.copies[0]).toEqual({
        provider: "route53",
        zone: "example.com.",
        records: [{ name: "www.example.com.", type: "A", ttl: 30, values: ["192.0.2.1"], answers: "all", routingInternal: false, sources: ["s:aws_route53_record.a"] }],
      });
    });

    it("gives an alias to a target outside the zone (not a load balancer) an unknown TTL, and an alias to a missing same-zone record an unknown value", () => {
      const view = buildDnsZoneView([
        awsStack(
          "s",
          merge(
            zone,
            rec("cdn", { name: "cdn.example.com", type: "A", alias: { name: "d111.cloudfront.net", zone_id: "Z2FDTNDATAQYW2", evaluate_target_health: false } }),
            rec("dangling", { name: "x.example.com", type: "CNAME", alias: { name: "nowhere.example.com", zone_id: "${data.aws_route53_zone.z.zone_id}", evaluate_target_health: true } }),
          ),
        ),
      ]);
      const [cdn, dangling] = view.copies[0].records;
      expect(cdn).toMatchObject({ name: "cdn.example.com.", ttl: { unknown: "d111.cloudfront.net" }, values: [{ note: "addresses of alias target d111.cloudfront.net." }] });
      expect(dangling.values).toEqual([{ unknown: "nowhere.example.com.", note: "alias target nowhere.example.com., not a CNAME record of example.com." }]);
    });

    it("reads Azure DNS names relative to the zone, @ as the apex, and TXT, MX and CNAME values", () => {
      const z = data("azurerm_dns_zone", "z", { name: "example.com", resource_group_name: "dns" });
      const az = (type: string, name: string, config: Record<string, unknown>) => resource(type, name, { zone_name: "${data.azurerm_dns_zone.z.name}", resource_group_name: "dns", ttl: 60, ...config });
      const view = buildDnsZoneView([
        azureStack(
          "s",
          merge(
            z,
            az("azurerm_dns_txt_record", "apex", { name: "@", record: [{ value: "v=spf1 -all" }] }),
            az("azurerm_dns_mx_record", "mx", { name: "@", record: [{ preference: 10, exchange: "mail.example.net" }] }),
            az("azurerm_dns_cname_record", "www", { name: "www", record: "Target.Example.net" }),
          ),
        ),
      ]);
      expect(view.copies[0].records.map((r) => [r.name, r.type, r.values])).toEqual([
        ["example.com.", "MX", ["10 mail.example.net"]],
        ["example.com.", "TXT", ["v=spf1 -all"]],
        ["www.example.com.", "CNAME", ["target.example.net."]],
      ]);
    });
  });
});

describe("renderZoneFile", () => {
  const copy: DnsZoneCopy = {
    provider: "route53",
    zone: "example.com.",
    records: [
      { name: "orders.example.com.", type: "CNAME", ttl: 15, values: ["a.example.com.", "b.example.com."], answers: "one-of", routingInternal: false, sources: ["s:r1"] },
      { name: "a.example.com.", type: "A", ttl: 60, values: [{ unknown: "${aws_lb.x.dns_name}" }], answers: "all", routingInternal: false, sources: ["s:r2"] },
      { name: "t.example.com.", type: "TXT", ttl: 60, values: [`say "hi" ${"x".repeat(300)}`], answers: "all", routingInternal: false, sources: ["s:r3"] },
      { name: { unknown: "${each.value.resource_record_name}", note: "ACM validation record of orders.example.com" }, type: "CNAME", ttl: 300, values: ["v.acm."], answers: "all", routingInternal: false, sources: ["s:r4"] },
    ],
  };

  it("writes SOA and apex NS, absolute owner names, the first routed answer, quoted and split TXT, and leaves unknown values out as comments", () => {
    expect(renderZoneFile(copy, { nameServers: ["ns1.test"] }).split("\n")).toEqual([
      "; route53 copy of example.com., rendered by dualcloud from the synthesized stacks",
      "$ORIGIN example.com.",
      "$TTL 300",
      "example.com. 3600 IN SOA ns1.test. hostmaster.example.com. 1 3600 600 604800 300",
      "example.com. 3600 IN NS ns1.test.",
      "; s:r1; one of: a.example.com., b.example.com.",
      "orders.example.com. 15 IN CNAME a.example.com.",
      "; left out, known only after an apply (value <known after apply: ${aws_lb.x.dns_name}>): s:r2",
      "; s:r3",
      `t.example.com. 60 IN TXT "say \\"hi\\" ${"x".repeat(246)}" "${"x".repeat(54)}"`,
      "; left out, known only after an apply (name <known after apply: ACM validation record of orders.example.com>): s:r4",
      "",
    ]);
  });

  it("uses resolveUnknown for values known after an apply, and pick for the routed answer", () => {
    const text = renderZoneFile(copy, {
      nameServers: ["ns1.test."],
      resolveUnknown: (v, _r, field) => (field === "name" ? "_x.orders.example.com" : v.unknown.includes("aws_lb") ? "192.0.2.10" : undefined),
      pick: (r) => r.values[1],
    });
    expect(text).toContain("orders.example.com. 15 IN CNAME b.example.com.\n");
    expect(text).toContain("a.example.com. 60 IN A 192.0.2.10\n");
    expect(text).toContain("_x.orders.example.com. 300 IN CNAME v.acm.\n");
  });

  it("refuses an empty name-server list", () => {
    expect(() => renderZoneFile(copy, { nameServers: [] })).toThrow(/nameServers must list at least one name server/);
  });
});
