import { mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App } from "cdktf";
import { DualCloudService, DualCloudServiceProps, DualCloudValidationError } from "../lib";
import { AZURE_DATACENTRE_RESOURCE_PROVIDERS } from "../lib/constructs/azure/azure-resource-providers";
import { cloudRunReservedPathReason } from "../lib/constructs/gcp/cloud-run-reserved-paths";
import { REQUIRED_TERRAFORM_VERSION } from "../lib/constructs/terraform-version";
import { addExampleService } from "../stacks/example-service";
import { BASE_PROPS, buildService, FIVE_DATACENTRES, synthService } from "./support/synth";
import { describeWithGcp } from "./support/core";

/**
 * What a first `terraform init` / `apply` in an empty account, subscription
 * and project needs from the synthesized stacks themselves (issue #14).
 */
const FIVE_PROPS: Partial<DualCloudServiceProps> = { datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" }, secrets: ["DATABASE_URL"] };

describe("first deployment", () => {
  describeWithGcp("given the example app and a five-datacentre app", () => {
    const example = synthService(addExampleService(new App()));
    const five = synthService(buildService(FIVE_PROPS).service);

    it("pins required_version in every stack (S3 use_lockfile is GA from Terraform 1.11)", () => {
      expect(REQUIRED_TERRAFORM_VERSION).toBe(">= 1.11");
      for (const [name, json] of [...Object.entries(example), ...Object.entries(five)]) {
        expect({ name, required: json.terraform.required_version }).toEqual({ name, required: ">= 1.11" });
      }
      expect(Object.keys(five)).toHaveLength(7);
    });

    it("registers Microsoft.App and every namespace an Azure datacentre uses, and no preset set", () => {
      for (const name of ["orders-azure-eastus", "orders-azure-westeurope"]) {
        const provider = five[name].provider.azurerm[0];
        expect(provider.resource_provider_registrations).toBe("none");
        expect(provider.resource_providers_to_register).toEqual([...AZURE_DATACENTRE_RESOURCE_PROVIDERS]);
        expect(provider.resource_providers_to_register).toContain("Microsoft.App");
      }
      expect(five["orders-global-azure"].provider.azurerm[0]).toMatchObject({ resource_provider_registrations: "none", resource_providers_to_register: ["Microsoft.Insights", "Microsoft.Network", "Microsoft.Resources"] });
    });

    it("lists a namespace for every azurerm resource type a datacentre stack creates", () => {
      const namespaceOf: Record<string, string> = {
        monitor: "Microsoft.Insights", container_app: "Microsoft.App", container_registry: "Microsoft.ContainerRegistry", key_vault: "Microsoft.KeyVault", log_analytics: "Microsoft.OperationalInsights",
        user_assigned_identity: "Microsoft.ManagedIdentity", role_assignment: "Microsoft.Authorization", resource_group: "Microsoft.Resources",
        dns: "Microsoft.Network", private: "Microsoft.Network", network: "Microsoft.Network", subnet: "Microsoft.Network", virtual_network: "Microsoft.Network",
        // Application Gateway, its WAF policy (ApplicationGatewayWebApplicationFirewallPolicies) and its public IP are Microsoft.Network types.
        application_gateway: "Microsoft.Network", web_application_firewall_policy: "Microsoft.Network", public_ip: "Microsoft.Network",
      };
      const types = Object.keys(five["orders-azure-eastus"].resource).map((t) => t.replace(/^azurerm_/, ""));
      for (const type of types) {
        const prefix = Object.keys(namespaceOf).find((p) => type.startsWith(p));
        expect({ type, known: prefix !== undefined }).toEqual({ type, known: true });
        expect(AZURE_DATACENTRE_RESOURCE_PROVIDERS).toContain(namespaceOf[prefix!]);
      }
    });
  });

  describeWithGcp("health path rules per cloud", () => {
    it.each(["/healthz", "/livez", "/_ah/health", "/eventlog", "/status/readyz?full=1"])("refuses %s when a GCP datacentre exists, naming the path and what to use", (path) => {
      expect(() => buildService({ ...FIVE_PROPS, healthCheckPath: path })).toThrow(DualCloudValidationError);
      expect(() => buildService({ ...FIVE_PROPS, healthCheckPath: path })).toThrow(
        new RegExp(`healthCheckPath: received "${path.replace(/[?]/g, "\\?")}"; allowed: a path Cloud Run does not reserve, because datacentres include gcp .*: e\\.g\\. /`),
      );
    });

    it("suggests the path without its trailing z", () => {
      expect(() => buildService({ ...FIVE_PROPS, healthCheckPath: "/healthz" })).toThrow(/e\.g\. \/health$/);
      expect(() => buildService({ ...FIVE_PROPS, healthCheckPath: "/_ah/health" })).toThrow(/starting with \/_ah\/\): e\.g\. \/health$/);
    });

    it("accepts the same paths without a GCP datacentre, and unreserved paths with one", () => {
      expect(() => buildService({ healthCheckPath: "/healthz" })).not.toThrow();
      for (const path of ["/health", "/healthz/", "/ready", "/status?deep=1"]) {
        expect(cloudRunReservedPathReason(path)).toBeUndefined();
        expect(() => buildService({ ...FIVE_PROPS, healthCheckPath: path })).not.toThrow();
      }
    });

    it("fails before any file is written", () => {
      const outdir = mkdtempSync(join(tmpdir(), "dualcloud-health-path-"));
      try {
        const app = new App({ outdir });
        expect(() => new DualCloudService(app, "orders", { ...BASE_PROPS, ...FIVE_PROPS, healthCheckPath: "/healthz" })).toThrow(DualCloudValidationError);
        expect(readdirSync(join(outdir, "stacks"))).toEqual([]);
        expect(app.node.findAll().some((c) => c.node.id === "orders-gcp-europe-west1")).toBe(false);
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    });
  });
});

