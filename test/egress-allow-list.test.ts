import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App } from "cdktf";
import { DualCloudService, DualCloudServiceProps, DualCloudValidationError } from "../lib";
import { evaluateStack } from "../lib/policy";
import { EXAMPLE_SERVICE_PROPS } from "../stacks/example-service";
import { describeWithGcp } from "./support/core";
import { BASE_PROPS, buildService, FIVE_DATACENTRES, resourcesOfType, StackJson, synthService } from "./support/synth";

const FIVE: Partial<DualCloudServiceProps> = { datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" } };
/** Four datacentres, two per cloud, no GCP (the default app's clouds). */
const FOUR: Partial<DualCloudServiceProps> = {};
const DATABASE = { cidr: "10.200.0.0/16", ports: 5432, description: "orders database (Postgres)" } as const;
const STATSD = { cidr: "192.168.10.0/24", ports: [8125, 8126], protocol: "udp", description: "metrics relay" } as const;

function nsgRules(json: StackJson): StackJson[] {
  const nsg = Object.entries(json.resource.azurerm_network_security_group as Record<string, StackJson>).find(([n]) => n.includes("apps-nsg"))![1];
  return nsg.security_rule as StackJson[];
}

function taskEgress(json: StackJson): StackJson[] {
  return resourcesOfType(json, "aws_vpc_security_group_egress_rule").filter((r) => String(r.security_group_id).includes("task-security-group"));
}

function firewalls(json: StackJson): StackJson[] {
  return resourcesOfType(json, "google_compute_firewall").sort((a, b) => Number(a.priority) - Number(b.priority) || String(a.name).localeCompare(String(b.name)));
}

/** What a validation error says about the allow-list, one line per problem. */
function problemsOf(props: Partial<DualCloudServiceProps>): string[] {
  try {
    buildService(props);
  } catch (e) {
    expect(e).toBeInstanceOf(DualCloudValidationError);
    return (e as Error).message.split("\n").filter((l) => l.includes("network."));
  }
  throw new Error("the service was accepted");
}

describe("the egress allow-list (network.allowOutbound)", () => {
  describe("given no declared destination, on AWS and Azure", () => {
    const json = synthService(buildService(FOUR).service);

    it("lets AWS tasks out on TCP 443 only, with no inline allow-all egress on the group", () => {
      expect(taskEgress(json["orders-aws-us-east-1"]).map((r) => [r.ip_protocol, r.from_port, r.to_port, r.cidr_ipv4])).toEqual([["tcp", 443, 443, "0.0.0.0/0"]]);
      const group = resourcesOfType(json["orders-aws-us-east-1"], "aws_security_group").find((g) => String(g.name).includes("tasks"));
      expect(group?.egress).toBeUndefined();
    });

    it("lets the Azure Container Apps subnet out on Microsoft's table and 443, and denies everything else to the internet", () => {
      const appsCidr = resourcesOfType(json["orders-azure-westeurope"], "azurerm_subnet").find((r) => r.name === "container-apps")!.address_prefixes[0];
      const outbound = nsgRules(json["orders-azure-westeurope"]).filter((r) => r.direction === "Outbound");
      expect(outbound.map((r) => [r.priority, r.access, r.protocol, r.source_address_prefix, r.destination_address_prefix, r.destination_port_range])).toEqual([
        [100, "Allow", "*", appsCidr, "168.63.129.16", "53"],
        [110, "Allow", "*", appsCidr, appsCidr, "*"],
        [120, "Allow", "Tcp", appsCidr, "MicrosoftContainerRegistry", "443"],
        [130, "Allow", "Tcp", appsCidr, "AzureFrontDoor.FirstParty", "443"],
        [140, "Allow", "Tcp", appsCidr, "AzureActiveDirectory", "443"],
        [150, "Allow", "Tcp", appsCidr, "AzureMonitor", "443"],
        [160, "Allow", "Tcp", appsCidr, "*", "443"],
        [4000, "Deny", "*", "*", "Internet", "*"],
      ]);
    });

    it("keeps the same outbound rules with direct ingress", () => {
      const direct = synthService(buildService({ azure: { ingress: "direct" }, waf: { disabledOn: ["azure"] }, edge: { unboundedConnections: "accept" } }).service);
      const outbound = (j: StackJson) => nsgRules(j).filter((r) => r.direction === "Outbound");
      expect(outbound(direct["orders-azure-westeurope"])).toEqual(outbound(json["orders-azure-westeurope"]));
    });
  });

  describeWithGcp("given no declared destination, on GCP", () => {
    const json = synthService(buildService(FIVE).service);

    it("denies all egress but TCP 443 on the Cloud Run network, above the implied allow-all", () => {
      const rules = firewalls(json["orders-gcp-europe-west1"]);
      expect(rules.map((r) => [r.direction, r.priority, r.destination_ranges, r.allow, r.deny, r.disabled])).toEqual([
        ["EGRESS", 1000, ["0.0.0.0/0"], [{ protocol: "tcp", ports: ["443"] }], undefined, undefined],
        ["EGRESS", 65534, ["0.0.0.0/0"], undefined, [{ protocol: "all" }], undefined],
      ]);
      const network = Object.keys(json["orders-gcp-europe-west1"].resource.google_compute_network)[0];
      for (const r of rules) expect([r.network, r.source_ranges, r.target_tags]).toEqual([`\${google_compute_network.${network}.id}`, undefined, undefined]);
    });
  });

  describeWithGcp("given a declared database and a UDP range, on every cloud", () => {
    const json = synthService(buildService({ ...FIVE, network: { allowOutbound: [DATABASE, STATSD] } }).service);

    it("adds an AWS task egress rule per entry, besides 443", () => {
      expect(taskEgress(json["orders-aws-eu-west-1"]).map((r) => [r.ip_protocol, r.from_port, r.to_port, r.cidr_ipv4, r.description])).toEqual([
        ["tcp", 443, 443, "0.0.0.0/0", expect.any(String)],
        ["tcp", 5432, 5432, "10.200.0.0/16", "network.allowOutbound: orders database (Postgres)"],
        ["udp", 8125, 8126, "192.168.10.0/24", "network.allowOutbound: metrics relay"],
      ]);
    });

    it("adds an Azure NSG allow per entry, in order, before the deny", () => {
      const declared = nsgRules(json["orders-azure-westeurope"]).filter((r) => String(r.name).startsWith("allow-outbound-"));
      expect(declared.map((r) => [r.name, r.priority, r.direction, r.access, r.protocol, r.destination_address_prefix, r.destination_port_range])).toEqual([
        ["allow-outbound-1", 200, "Outbound", "Allow", "Tcp", "10.200.0.0/16", "5432"],
        ["allow-outbound-2", 201, "Outbound", "Allow", "Udp", "192.168.10.0/24", "8125-8126"],
      ]);
    });

    it("adds a GCP egress allow per entry at the allow priority", () => {
      const declared = firewalls(json["orders-gcp-europe-west1"]).filter((r) => r.allow !== undefined && r.destination_ranges[0] !== "0.0.0.0/0");
      expect(declared.map((r) => [r.name, r.direction, r.priority, r.destination_ranges, r.allow])).toEqual([
        ["orders-europe-west1-egress-tcp-5432-10-200-0-0-16", "EGRESS", 1000, ["10.200.0.0/16"], [{ protocol: "tcp", ports: ["5432"] }]],
        ["orders-europe-west1-egress-udp-8125-8126-192-168-10-0-24", "EGRESS", 1000, ["192.168.10.0/24"], [{ protocol: "udp", ports: ["8125-8126"] }]],
      ]);
    });

    it("keeps every existing Terraform address: the declared rules only add", () => {
      const plain = synthService(buildService(FIVE).service);
      for (const [stack, body] of Object.entries(plain)) {
        for (const [type, byName] of Object.entries((body.resource ?? {}) as Record<string, Record<string, unknown>>)) {
          for (const name of Object.keys(byName)) expect([stack, type, name, json[stack].resource[type]?.[name] !== undefined]).toEqual([stack, type, name, true]);
        }
      }
    });
  });

  describeWithGcp("given the example app, whose DATABASE_URL points at Postgres", () => {
    const [database] = EXAMPLE_SERVICE_PROPS.network!.allowOutbound!;
    const json = synthService(buildService({ ...EXAMPLE_SERVICE_PROPS, ...FIVE }).service);

    it("declares the database's range and port", () => {
      expect(EXAMPLE_SERVICE_PROPS.secrets).toContain("DATABASE_URL");
      expect([database.cidr, database.ports, database.protocol ?? "tcp"]).toEqual(["10.100.0.0/16", 5432, "tcp"]);
    });

    it("lets every datacentre reach it: an AWS egress rule, an Azure allow before the deny, a GCP allow before the deny", () => {
      for (const stack of ["orders-aws-us-east-1", "orders-aws-eu-west-1"]) {
        expect(taskEgress(json[stack])).toContainEqual(expect.objectContaining({ ip_protocol: "tcp", from_port: 5432, to_port: 5432, cidr_ipv4: "10.100.0.0/16" }));
      }
      for (const stack of ["orders-azure-eastus", "orders-azure-westeurope"]) {
        const rules = nsgRules(json[stack]);
        const allow = rules.find((r) => r.direction === "Outbound" && r.access === "Allow" && r.destination_address_prefix === "10.100.0.0/16");
        const deny = rules.find((r) => r.direction === "Outbound" && r.access === "Deny")!;
        expect([allow?.protocol, allow?.destination_port_range, Number(allow?.priority) < Number(deny.priority)]).toEqual(["Tcp", "5432", true]);
      }
      const rules = firewalls(json["orders-gcp-europe-west1"]);
      const allow = rules.find((r) => r.allow !== undefined && r.destination_ranges.includes("10.100.0.0/16"));
      const deny = rules.find((r) => r.deny !== undefined)!;
      expect([allow?.allow, Number(allow?.priority) < Number(deny.priority)]).toEqual([[{ protocol: "tcp", ports: ["5432"] }], true]);
    });
  });

  describe("given allowOutboundToInternet and a non-443 port to 0.0.0.0/0", () => {
    const { service } = buildService({ network: { allowOutbound: [{ cidr: "0.0.0.0/0", ports: 587, description: "mail submission" }], allowOutboundToInternet: true } });

    it("opens it, and records the AWS rule's suppression instead of failing it", () => {
      const stack = service.datacentreStacks.find((s) => s.datacentre.cloud === "aws")!;
      const findings = evaluateStack(stack).filter((f) => f.ruleId === "aws-sg-egress-allow-list");
      expect(findings.map((f) => [f.message, f.suppressedReason !== undefined])).toEqual([[expect.stringContaining("tcp 587-587"), true]]);
    });
  });

  describe("validation", () => {
    it.each<[string, unknown, RegExp]>([
      ["a hostname", [{ cidr: "db.internal", ports: 5432, description: "db" }], /network\.allowOutbound\[0\]\.cidr: received "db\.internal"; allowed: an IPv4 CIDR with no host bits set.*not a hostname/],
      ["a CIDR with host bits set", [{ cidr: "10.20.0.1/16", ports: 5432, description: "db" }], /network\.allowOutbound\[0\]\.cidr: received "10\.20\.0\.1\/16"; allowed: an IPv4 CIDR with no host bits set/],
      ["an IPv6 range", [{ cidr: "::/0", ports: 5432, description: "db" }], /network\.allowOutbound\[0\]\.cidr: received "::\/0"; allowed: an IPv4 CIDR/],
      ["a port of 0", [{ cidr: "10.20.0.0/16", ports: 0, description: "db" }], /network\.allowOutbound\[0\]\.ports: received 0; allowed: an integer from 1 to 65535/],
      ["a port of 70000 in a range", [{ cidr: "10.20.0.0/16", ports: [5432, 70000], description: "db" }], /network\.allowOutbound\[0\]\.ports\[1\]: received 70000; allowed: an integer from 1 to 65535/],
      ["a port as a string", [{ cidr: "10.20.0.0/16", ports: "5432", description: "db" }], /network\.allowOutbound\[0\]\.ports: received "5432"; allowed: a port \(an integer from 1 to 65535\) or a range \[from, to\]/],
      ["a reversed range", [{ cidr: "10.20.0.0/16", ports: [6000, 5000], description: "db" }], /network\.allowOutbound\[0\]\.ports: received .*; allowed: a range \[from, to\] with from <= to/],
      ["a protocol other than tcp or udp", [{ cidr: "10.20.0.0/16", ports: 5432, protocol: "icmp", description: "db" }], /network\.allowOutbound\[0\]\.protocol: received "icmp"; allowed: one of "tcp", "udp"/],
      ["an empty description", [{ cidr: "10.20.0.0/16", ports: 5432, description: "" }], /network\.allowOutbound\[0\]\.description: received ""; allowed: 1-100 characters/],
      ["a description with a quote and a dollar", [{ cidr: "10.20.0.0/16", ports: 5432, description: 'db" ${var.x}' }], /network\.allowOutbound\[0\]\.description: received .*; allowed: 1-100 characters: letters, digits, spaces/],
      ["an unknown field", [{ cidr: "10.20.0.0/16", ports: 5432, description: "db", host: "db" }], /network\.allowOutbound\[0\]\.host: received "db"; allowed: no such field/],
      ["0.0.0.0/0 on 5432 without the opt-in", [{ cidr: "0.0.0.0/0", ports: 5432, description: "db" }], /network\.allowOutbound\[0\]\.cidr: received "0\.0\.0\.0\/0"; allowed: a narrower range than 0\.0\.0\.0\/0 for a port other than TCP 443 \(or set network\.allowOutboundToInternet: true/],
      ["0.0.0.0/0 on UDP 443 without the opt-in", [{ cidr: "0.0.0.0/0", ports: 443, protocol: "udp", description: "QUIC" }], /network\.allowOutbound\[0\]\.cidr: received "0\.0\.0\.0\/0"; allowed: a narrower range/],
      ["TCP 443 to 0.0.0.0/0, already allowed", [{ cidr: "0.0.0.0/0", ports: 443, description: "https" }], /network\.allowOutbound\[0\]\.cidr: received "0\.0\.0\.0\/0"; allowed: a destination other than TCP 443 to 0\.0\.0\.0\/0, which every datacentre already allows/],
      ["the same destination twice", [DATABASE, { ...DATABASE, description: "again" }], /network\.allowOutbound\[1\]: received "tcp 5432-5432 to 10\.200\.0\.0\/16"; allowed: a destination not already listed \(network\.allowOutbound\[0\]/],
      ["not an array", { cidr: "10.20.0.0/16" }, /network\.allowOutbound: received an object; allowed: an array of 0 to 50 entries/],
    ])("refuses %s, naming the field, the value and what is allowed", (_, allowOutbound, message) => {
      const problems = problemsOf({ network: { allowOutbound } as DualCloudServiceProps["network"] });
      expect(problems.join("\n")).toMatch(message);
    });

    it("refuses an allowOutboundToInternet that is not a boolean", () => {
      expect(problemsOf({ network: { allowOutboundToInternet: "yes" as unknown as boolean } }).join("\n")).toMatch(/network\.allowOutboundToInternet: received "yes"; allowed: true or false/);
    });

    it("reports every problem of every entry at once, with the other fields' problems", () => {
      const allowOutbound = [
        { cidr: "db.internal", ports: 0, description: "db" },
        { cidr: "10.20.0.0/16", ports: 5432, protocol: "sctp", description: "" },
      ];
      let error: unknown;
      try {
        buildService({ logRetentionDays: 0, network: { egress: "none" as "single", allowOutbound } as DualCloudServiceProps["network"] });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DualCloudValidationError);
      expect((error as DualCloudValidationError).problems.map((p) => p.field).sort()).toEqual([
        "logRetentionDays",
        "network.allowOutbound[0].cidr",
        "network.allowOutbound[0].ports",
        "network.allowOutbound[1].description",
        "network.allowOutbound[1].protocol",
        "network.egress",
      ]);
    });

    it("refuses before any Terraform is written: the output directory gets no new file", () => {
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "dualcloud-egress-"));
      try {
        const app = new App({ outdir, skipValidation: false });
        expect(() => {
          new DualCloudService(app, "orders", { ...BASE_PROPS, network: { allowOutbound: [{ cidr: "0.0.0.0/0", ports: 5432, description: "db" }] } });
          app.synth();
        }).toThrow(DualCloudValidationError);
        expect(fs.readdirSync(outdir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())).toEqual([]);
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    });
  });
});
