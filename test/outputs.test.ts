import { readFileSync } from "fs";
import { join } from "path";
import { buildService, FIVE_DATACENTRES, StackJson, synthService } from "./support/synth";
import { describeWithGcp } from "./support/core";

const KEYS = ["aws-us-east-1", "aws-eu-west-1", "azure-eastus", "azure-westeurope", "gcp-europe-west1"];

/** The kinds of docs/outputs.md's "Stacks" column a synthesized stack belongs to. */
function kindsOf(name: string, json: StackJson): string[] {
  if (name.endsWith("-global-aws")) return ["global-aws"];
  if (name.endsWith("-global-azure")) return ["global-azure"];
  const cloud = String(json.output.cloud.value);
  return ["datacentre", cloud, ...(json.resource?.google_dns_managed_zone ? ["gcp owner"] : [])];
}

/** `output kind` pairs documented in the table of docs/outputs.md. */
function documented(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^\| `([a-z_]+)` \| ([^|]+) \|/gm)) for (const kind of m[2].split(",").map((k) => k.trim())) out.add(`${m[1]} ${kind}`);
  return out;
}

/** `output kind` pairs of the synthesized stacks, one per output and the stack's most specific kind that documents it. */
function synthesized(stacks: Record<string, StackJson>, docs: Set<string>): { pairs: Set<string>; undocumented: string[] } {
  const pairs = new Set<string>();
  const undocumented: string[] = [];
  for (const [name, json] of Object.entries(stacks)) {
    for (const output of Object.keys(json.output ?? {})) {
      const kind = kindsOf(name, json).find((k) => docs.has(`${output} ${k}`));
      if (kind) pairs.add(`${output} ${kind}`);
      else undocumented.push(`${name}: ${output}`);
    }
  }
  return { pairs, undocumented };
}

describeWithGcp("stack outputs", () => {
  const { service } = buildService({
    datacentres: FIVE_DATACENTRES,
    gcp: { projectId: "acme-orders" },
    dns: { nameServers: { gcp: ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com", "ns-cloud-a3.googledomains.com", "ns-cloud-a4.googledomains.com"] } },
    secrets: ["DATABASE_URL"],
  });
  const stacks = synthService(service);
  const docs = documented(readFileSync(join(__dirname, "..", "docs", "outputs.md"), "utf8"));

  it("gives every datacentre stack its endpoint URL and health-check URL", () => {
    for (const json of Object.values(stacks).filter((j) => j.output.datacentre)) {
      const host = json.output.endpoint_hostname.value;
      expect(json.output.endpoint_url.value).toBe(`https://${host}`);
      expect(json.output.health_check_url.value).toBe(`https://${host}/health`);
    }
  });

  it("gives both global stacks the service URL and their name servers under the same output name", () => {
    for (const name of ["orders-global-aws", "orders-global-azure"]) {
      expect(stacks[name].output.endpoint_url.value).toBe("https://orders.example.com");
      expect(stacks[name].output.name_servers.value).toMatch(/^\$\{(tolist\()?data\.(aws_route53_zone|azurerm_dns_zone)\.[^.]+\.name_servers\)?\}$/);
    }
    expect(stacks["orders-global-azure"].output.azure_name_servers).toBeUndefined();
  });

  it("outputs the Route 53 health-check IDs and the Traffic Manager endpoint IDs per datacentre", () => {
    const hc = stacks["orders-global-aws"].output.health_check_ids.value as Record<string, string>;
    const ep = stacks["orders-global-azure"].output.endpoint_ids.value as Record<string, string>;
    expect(Object.keys(hc).sort()).toEqual([...KEYS].sort());
    expect(Object.keys(ep).sort()).toEqual([...KEYS].sort());
    expect(ep["gcp-europe-west1"]).toMatch(/^\$\{azurerm_traffic_manager_external_endpoint\.traffic-manager_gcp-europe-west1_[0-9A-F]{8}\.id\}$/);
    expect(hc["azure-eastus"]).toMatch(/^\$\{aws_route53_health_check\.route53_health-check-azure-eastus_[0-9A-F]{8}\.id\}$/);
  });

  it("documents every output of every stack in docs/outputs.md, and nothing that no stack outputs", () => {
    const { pairs, undocumented } = synthesized(stacks, docs);
    expect(undocumented).toEqual([]);
    expect([...docs].filter((d) => !pairs.has(d))).toEqual([]);
  });

  it("the documentation check fails on an undocumented output and on a documented one no stack has", () => {
    const extra = { ...stacks, "orders-aws-us-east-1": { ...stacks["orders-aws-us-east-1"], output: { ...stacks["orders-aws-us-east-1"].output, brand_new: { value: 1 } } } };
    expect(synthesized(extra, docs).undocumented).toEqual(["orders-aws-us-east-1: brand_new"]);
    const stale = new Set([...docs, "retired_output aws"]);
    expect([...stale].filter((d) => !synthesized(stacks, stale).pairs.has(d))).toEqual(["retired_output aws"]);
  });
});
