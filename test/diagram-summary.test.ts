import { prerequisitesSummarySection } from "../lib/summary/prerequisites-summary";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing } from "cdktf";
import { DualCloudService, policySummaryLines, renderSynthSummary } from "../lib";
import { ALL_RULES, applicableRules } from "../lib/policy";
import { mermaidId, mermaidLabel, renderTopologyMermaid } from "../lib/diagram/topology-mermaid";
import { topologyFileName, writeTopologyDiagrams } from "../lib/diagram/write-topology";
import { renderCapacitySummary } from "../lib/summary/capacity-summary";
import { BASE_PROPS, buildService } from "./support/synth";

describe("renderTopologyMermaid", () => {
  describe("given the default topology with eu-west-1 drained", () => {
    const { service } = buildService({
      datacentres: [
        { cloud: "aws", region: "us-east-1" },
        { cloud: "aws", region: "eu-west-1", drain: true },
        { cloud: "azure", region: "eastus" },
        { cloud: "azure", region: "westeurope" },
      ],
    });
    const diagram = renderTopologyMermaid(service.model);
    const lines = diagram.trimEnd().split("\n");

    it("is a top-down flowchart ending with a newline", () => {
      expect(lines[0]).toBe("flowchart TB");
      expect(diagram.endsWith("\n")).toBe(true);
    });

    it("shows the clients and both global stacks by their stack names", () => {
      expect(lines).toContain(`  clients_orders(["clients: https://orders.example.com"])`);
      expect(lines).toContain(`  subgraph global_orders["global DNS: latency routing, TTL 15 s"]`);
      expect(lines).toContain(`    orders_global_aws["orders-global-aws<br/>Route 53 health checks + records"]`);
      expect(lines).toContain(`    orders_global_azure["orders-global-azure<br/>Traffic Manager behind Azure DNS"]`);
      expect(lines).toContain("  clients_orders --> orders_global_aws");
      expect(lines).toContain("  clients_orders --> orders_global_azure");
    });

    it("groups every datacentre stack under its cloud with its endpoint hostname", () => {
      const aws = lines.indexOf(`  subgraph orders_aws["AWS"]`);
      const azure = lines.indexOf(`  subgraph orders_azure["Azure"]`);
      expect(aws).toBeGreaterThan(0);
      expect(azure).toBeGreaterThan(aws);
      expect(lines.slice(aws + 1, aws + 4)).toEqual([
        `    orders_aws_us_east_1["orders-aws-us-east-1<br/>us-east-1.aws.orders.example.com"]`,
        `    orders_aws_eu_west_1["orders-aws-eu-west-1<br/>eu-west-1.aws.orders.example.com<br/>drained"]`,
        "  end",
      ]);
      expect(lines.slice(azure + 1, azure + 4)).toEqual([
        `    orders_azure_eastus["orders-azure-eastus<br/>eastus.azure.orders.example.com"]`,
        `    orders_azure_westeurope["orders-azure-westeurope<br/>westeurope.azure.orders.example.com"]`,
        "  end",
      ]);
    });

    it("draws an edge from each global layer to every datacentre, dotted when drained", () => {
      for (const global of ["orders_global_aws", "orders_global_azure"]) {
        const edges = lines.filter((l) => l.startsWith(`  ${global} `) && !l.endsWith(" alerts_orders"));
        expect(edges).toEqual([
          `  ${global} -->|"HTTPS 443 /health"| orders_aws_us_east_1`,
          `  ${global} -.->|"drained"| orders_aws_eu_west_1`,
          `  ${global} -->|"HTTPS 443 /health"| orders_azure_eastus`,
          `  ${global} -->|"HTTPS 443 /health"| orders_azure_westeurope`,
        ]);
      }
    });

    it("shows where alerts go: from each global layer and from each cloud's datacentres to the alerts node", () => {
      expect(lines).toContain(`  alerts_orders>"alerts: nobody subscribed"]`);
      expect(lines.filter((l) => l.endsWith(" alerts_orders"))).toEqual([
        `  orders_global_aws -.->|"alarm per health check into an SNS topic (us-east-1)"| alerts_orders`,
        `  orders_global_azure -.->|"alert per endpoint into an action group"| alerts_orders`,
        `  orders_aws -.->|"each datacentre into its own SNS topic"| alerts_orders`,
        `  orders_azure -.->|"each datacentre into its own action group"| alerts_orders`,
      ]);
    });

    it("opens and closes every subgraph", () => {
      expect(lines.filter((l) => l.trim().startsWith("subgraph ")).length).toBe(3);
      expect(lines.filter((l) => l.trim() === "end").length).toBe(3);
    });
  });

  describe("given a single-cloud-per-region topology in other regions and weighted routing", () => {
    const { service } = buildService(
      {
        domain: "api.shop.example.org",
        healthCheckPath: "/ready",
        datacentres: [
          { cloud: "azure", region: "northeurope" },
          { cloud: "aws", region: "ap-southeast-2" },
          { cloud: "aws", region: "us-west-2" },
          { cloud: "azure", region: "australiaeast" },
        ],
        routing: { policy: "weighted" },
      },
      "shop-api",
    );
    const lines = renderTopologyMermaid(service.model).split("\n");

    it("lists AWS before Azure, each in the order declared", () => {
      const nodes = lines.filter((l) => /^ {4}shop_api_(aws|azure)_/.test(l)).map((l) => l.trim().split("[")[0]);
      expect(nodes).toEqual(["shop_api_aws_ap_southeast_2", "shop_api_aws_us_west_2", "shop_api_azure_northeurope", "shop_api_azure_australiaeast"]);
    });

    it("labels the probe with the service's own path and the routing policy", () => {
      expect(lines).toContain(`  shop_api_global_aws -->|"HTTPS 443 /ready"| shop_api_azure_northeurope`);
      expect(lines).toContain(`  subgraph global_shop_api["global DNS: weighted routing, TTL 15 s"]`);
      expect(lines.some((l) => l.includes("drained"))).toBe(false);
    });
  });
});

describe("mermaid escaping", () => {
  it("keeps letters and digits in IDs and replaces everything else", () => {
    expect(mermaidId("orders-aws-us-east-1")).toBe("orders_aws_us_east_1");
    expect(mermaidId("a.b c\"d")).toBe("a_b_c_d");
  });

  it("turns quotes, angle brackets and # into entity codes so a label cannot close early", () => {
    expect(mermaidLabel(`say "hi" <b>#1`)).toBe("say #quot;hi#quot; #lt;b#gt;#35;1");
    expect(mermaidLabel("/health")).toBe("/health");
  });
});

describe("writeTopologyDiagrams", () => {
  describe("given an app with two services", () => {
    const outdir = mkdtempSync(join(tmpdir(), "dualcloud-diagram-"));
    afterAll(() => rmSync(outdir, { recursive: true, force: true }));
    const app = Testing.app({ outdir });
    const orders = new DualCloudService(app, "orders", BASE_PROPS);
    const billing = new DualCloudService(app, "billing", { ...BASE_PROPS, domain: "billing.example.com" });
    app.synth();
    const written = writeTopologyDiagrams(app, outdir);

    it("writes one <service>-topology.mmd per service next to the synthesized stacks", () => {
      expect(written).toEqual([join(outdir, "orders-topology.mmd"), join(outdir, "billing-topology.mmd")]);
      expect(readdirSync(outdir).sort()).toEqual(["billing-topology.mmd", "manifest.json", "orders-topology.mmd", "stacks"]);
      expect(topologyFileName("orders")).toBe("orders-topology.mmd");
    });

    it("writes exactly what renderTopologyMermaid returns", () => {
      expect(readFileSync(join(outdir, "orders-topology.mmd"), "utf8")).toBe(renderTopologyMermaid(orders.model));
      expect(readFileSync(join(outdir, "billing-topology.mmd"), "utf8")).toBe(renderTopologyMermaid(billing.model));
    });
  });

  it("given an app with no service, writes nothing", () => {
    const outdir = mkdtempSync(join(tmpdir(), "dualcloud-diagram-"));
    try {
      expect(writeTopologyDiagrams(Testing.app({ outdir }), outdir)).toEqual([]);
      expect(readdirSync(outdir).filter((f) => f.endsWith(".mmd"))).toEqual([]);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe("renderSynthSummary", () => {
  describe("given the default topology", () => {
    const { app, service } = buildService({ datacentres: [
      { cloud: "aws", region: "us-east-1" },
      { cloud: "aws", region: "eu-west-1" },
      { cloud: "azure", region: "eastus", drain: true },
      { cloud: "azure", region: "westeurope", stage: "foundation" },
    ] });

    it("lists each datacentre's cloud, region, stack and endpoint, its stage when foundation, and the global layer", () => {
      expect(renderSynthSummary(app, { serviceSections: [], suppressions: () => [] }).split("\n")).toEqual([
        `dualcloud: orders (https://orders.example.com), image ${BASE_PROPS.image}`,
        "  datacentres:",
        "    AWS    us-east-1        orders-aws-us-east-1               us-east-1.aws.orders.example.com     waf block",
        "    AWS    eu-west-1        orders-aws-eu-west-1               eu-west-1.aws.orders.example.com     waf block",
        "    Azure  eastus           orders-azure-eastus                eastus.azure.orders.example.com      waf block [drained]",
        "    Azure  westeurope       orders-azure-westeurope            westeurope.azure.orders.example.com  waf block [foundation: no workload]",
        "  global: orders-global-aws (Route 53), orders-global-azure (Traffic Manager); routing latency",
        "    worst-case failover route53: 111 s = 3 x 10 s + 6 s probe + 60 s propagation + 15 s TTL",
        "    worst-case failover traffic-manager: 110 s = (2 + 1) x 10 s + 5 s timeout + 60 s propagation + 15 s TTL",
        "    failover bound 300 s: new connections 111 s (route53), open connections 240 s",
        "    open connections: aws-us-east-1, aws-eu-west-1: ALB client_keep_alive 240 s closes every connection; azure-eastus, azure-westeurope: Application Gateway public IP idle_timeout_in_minutes 240 s closes idle connections",
        "    latency placement (both layers, one location map): us-east-1/eastus: aws-us-east-1; eu-west-1/northeurope: aws-eu-west-1; eu-west-2/uksouth: azure-westeurope",
        "  alerts: nobody subscribed (set alerts.emails or alerts.webhooks)",
        "    orders-global-aws (Route 53): alarm per health check into an SNS topic (us-east-1), for all 4 datacentres",
        "    orders-global-azure (Traffic Manager): alert per endpoint into an action group, for all 4 datacentres",
        "    each datacentre: 5xx, unhealthy backends, cannot start, each into its own AWS SNS topic, Azure action group",
      ]);
    });

    it("adds the capacity under each failure, then the prerequisites, by default", () => {
      const lines = renderSynthSummary(app, { suppressions: () => [] }).split("\n");
      const head = renderSynthSummary(app, { serviceSections: [], suppressions: () => [] }).split("\n");
      expect(lines.slice(0, head.length)).toEqual(head);
      const capacity = renderCapacitySummary(service.model);
      expect(lines.slice(head.length, head.length + capacity.length)).toEqual(capacity);
      expect(lines.slice(head.length + capacity.length)).toEqual(prerequisitesSummarySection(service));
      expect(lines[head.length]).toMatch(/^ {2}capacity: no peak declared/);
    });

    it("ends with how many of the pack's rules apply to the app, and every suppression, by default", () => {
      const lines = renderSynthSummary(app).split("\n");
      const start = lines.findIndex((l) => l.startsWith("  policy: "));
      expect(lines[start - 1]).toBe("");
      const [, applicable, total] = /^ {2}policy: (\d+) of (\d+) rules apply to this app's resources; 6 suppressions$/.exec(lines[start]) ?? [];
      expect([Number(applicable), Number(total)]).toEqual([applicableRules(app).length, ALL_RULES.length]);
      expect(Number(applicable)).toBeLessThan(Number(total));
      expect(lines.slice(start + 1)).toEqual(policySummaryLines(app).slice(1));
      expect(lines[start + 1]).toMatch(/^ {4}aws-sg-no-public-ingress at orders\/orders-aws-us-east-1\/aws-us-east-1\/alb-ingress-443: /);
    });

    it("appends each service section, then the suppressions section once", () => {
      const text = renderSynthSummary(app, {
        serviceSections: [(s) => [`  capacity: ${s.model.name} ok`], () => []],
        suppressions: () => ["policy suppressions: none"],
      });
      const lines = text.split("\n");
      expect(lines.slice(-3)).toEqual(["  capacity: orders ok", "", "policy suppressions: none"]);
    });
  });

  it("given no service, is empty", () => {
    expect(renderSynthSummary(Testing.app())).toBe("");
  });

  it("given region and stack names longer than the default columns, keeps every column aligned", () => {
    const { app } = buildService({
      datacentres: [
        { cloud: "aws", region: "us-west-2" },
        { cloud: "aws", region: "ap-southeast-2" },
        { cloud: "azure", region: "westus2" },
        { cloud: "azure", region: "germanywestcentral" },
      ],
    }, "checkout");
    const rows = renderSynthSummary(app, { serviceSections: [], suppressions: () => [] }).split("\n").slice(2, 6);
    expect(rows[3]).toBe("    Azure  germanywestcentral checkout-azure-germanywestcentral  germanywestcentral.azure.orders.example.com  waf block");
    const starts = (row: string): number[] => [...row.matchAll(/ (?=\S)/g)].map((m) => m.index + 1);
    for (const row of rows) expect(starts(row)).toEqual(starts(rows[3]));
  });
});
