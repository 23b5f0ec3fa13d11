import { TerraformStack, Testing } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { NAME_RULES } from "../lib/naming/name-rules";
import { resolveServiceModel } from "../lib/validation/resolve-service";
import { AzureDatacentre } from "../lib/constructs/azure/azure-datacentre";
import { AzureDatacentreStack } from "../lib/constructs/azure/azure-datacentre-stack";
import { BASE_PROPS, buildService, resourcesOfType, StackJson, synthService, synthStack } from "./support/synth";

function only(json: StackJson, type: string): StackJson {
  const all = resourcesOfType(json, type);
  expect(all).toHaveLength(1);
  return all[0];
}

function byName(json: StackJson, type: string, name: string): StackJson {
  const found = resourcesOfType(json, type).filter((r) => r.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

function addressOf(json: StackJson, type: string, match: (r: StackJson) => boolean): string {
  const entry = Object.entries(json.resource[type] as Record<string, StackJson>).find(([, r]) => match(r));
  if (!entry) throw new Error(`no ${type} matched`);
  return `${type}.${entry[0]}`;
}

describe("AzureDatacentre", () => {
  describe("given the default topology with env and secrets", () => {
    const { service } = buildService({ env: { LOG_LEVEL: "info" }, secrets: ["DATABASE_URL", "API_KEY"], tags: { team: "payments" } });
    const stacks = synthService(service);
    const eastus = stacks["orders-azure-eastus"];
    const westeurope = stacks["orders-azure-westeurope"];
    const app = only(eastus, "azurerm_container_app");
    const container = app.template.container[0];

    it("runs the app with external HTTPS-only ingress on the service port", () => {
      expect(app.ingress).toEqual({
        external_enabled: true,
        target_port: 8080,
        transport: "auto",
        allow_insecure_connections: false,
        traffic_weight: [{ latest_revision: true, percentage: 100 }],
      });
      expect(app.revision_mode).toBe("Single");
      expect(app.workload_profile_name).toBe("Consumption");
    });

    it("probes the health path for liveness, readiness and startup", () => {
      for (const probe of ["liveness_probe", "readiness_probe", "startup_probe"]) {
        expect(container[probe]).toHaveLength(1);
        expect(container[probe][0]).toMatchObject({ transport: "HTTP", port: 8080, path: "/healthz" });
      }
    });

    it("maps the size to a Container Apps pair and the replicas and scale rule to the capacity", () => {
      expect(container.cpu).toBe(0.5);
      expect(container.memory).toBe("1Gi");
      expect(app.template.min_replicas).toBe(2);
      expect(app.template.max_replicas).toBe(10);
      expect(app.template.http_scale_rule).toEqual([{ name: "http-concurrency", concurrent_requests: "50" }]);
    });

    it("pulls the image by digest from its own registry with the user-assigned identity", () => {
      const identity = addressOf(eastus, "azurerm_user_assigned_identity", () => true);
      const registry = addressOf(eastus, "azurerm_container_registry", () => true);
      expect(container.image).toBe(`\${${registry}.login_server}/acme/orders@sha256:${"a".repeat(64)}`);
      expect(app.registry).toEqual([{ server: `\${${registry}.login_server}`, identity: `\${${identity}.id}` }]);
      expect(app.identity).toEqual({ type: "UserAssigned", identity_ids: [`\${${identity}.id}`] });
    });

    it("injects env values and references secrets in Key Vault by versionless ID, never by value", () => {
      const vault = addressOf(eastus, "azurerm_key_vault", () => true);
      const identity = addressOf(eastus, "azurerm_user_assigned_identity", () => true);
      expect(container.env).toEqual([
        { name: "LOG_LEVEL", value: "info" },
        { name: "DATABASE_URL", secret_name: "database-url" },
        { name: "API_KEY", secret_name: "api-key" },
      ]);
      expect(app.secret).toEqual([
        { name: "database-url", key_vault_secret_id: `\${${vault}.vault_uri}secrets/database-url`, identity: `\${${identity}.id}` },
        { name: "api-key", key_vault_secret_id: `\${${vault}.vault_uri}secrets/api-key`, identity: `\${${identity}.id}` },
      ]);
      for (const json of [eastus, westeurope]) {
        expect(resourcesOfType(json, "azurerm_key_vault_secret")).toEqual([]);
        const values = JSON.stringify(json.resource).match(/"value":"[^"]*"/g) ?? [];
        expect(values.filter((v) => v !== '"value":"info"' && !v.startsWith('"value":"${'))).toEqual([]);
      }
    });

    it("scopes AcrPull to this registry and Key Vault Secrets User to this vault, nothing else", () => {
      const assignments = resourcesOfType(eastus, "azurerm_role_assignment");
      const vault = addressOf(eastus, "azurerm_key_vault", () => true);
      const registry = addressOf(eastus, "azurerm_container_registry", () => true);
      const identity = addressOf(eastus, "azurerm_user_assigned_identity", () => true);
      expect(assignments.map((a) => [a.role_definition_name, a.scope, a.principal_id]).sort()).toEqual([
        ["AcrPull", `\${${registry}.id}`, `\${${identity}.principal_id}`],
        ["Key Vault Secrets User", `\${${vault}.id}`, `\${${identity}.principal_id}`],
      ]);
    });

    it("protects the vault: RBAC, purge protection, soft delete, default-deny network rules, no destroy", () => {
      const vault = only(eastus, "azurerm_key_vault");
      expect(vault).toMatchObject({
        rbac_authorization_enabled: true,
        purge_protection_enabled: true,
        soft_delete_retention_days: 90,
        sku_name: "standard",
        lifecycle: { prevent_destroy: true },
      });
      expect(vault.network_acls.default_action).toBe("Deny");
      expect(vault.network_acls.bypass).toBe("AzureServices");
      expect(vault.enable_rbac_authorization).toBeUndefined();
    });

    it("keeps the registry Premium, zone-redundant, admin off and protected from destroy", () => {
      expect(only(eastus, "azurerm_container_registry")).toMatchObject({
        sku: "Premium",
        admin_enabled: false,
        anonymous_pull_enabled: false,
        zone_redundancy_enabled: true,
        lifecycle: { prevent_destroy: true },
      });
    });

    it("builds the VNet from the datacentre CIDR with a delegated /23 and an associated NSG that admits only 443 and 80", () => {
      const dc = service.model.datacentres.find((d) => d.key === "azure-eastus")!;
      expect(only(eastus, "azurerm_virtual_network").address_space).toEqual([dc.cidr]);
      const subnet = only(eastus, "azurerm_subnet");
      const base = dc.cidr.split("/")[0];
      expect(subnet.address_prefixes).toEqual([`${base}/23`]);
      expect(subnet.delegation).toEqual([
        { name: "container-apps", service_delegation: { name: "Microsoft.App/environments", actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] } },
      ]);
      const nsg = only(eastus, "azurerm_network_security_group");
      const allows = nsg.security_rule.filter((r: StackJson) => r.access === "Allow");
      expect(allows.map((r: StackJson) => [r.source_address_prefix, r.destination_port_range, r.direction])).toEqual([
        ["Internet", "443", "Inbound"],
        ["Internet", "80", "Inbound"],
      ]);
      expect(nsg.security_rule.find((r: StackJson) => r.access === "Deny")).toMatchObject({ source_address_prefix: "Internet", destination_port_range: "*" });
      const assoc = only(eastus, "azurerm_subnet_network_security_group_association");
      expect(assoc.subnet_id).toBe(`\${${addressOf(eastus, "azurerm_subnet", () => true)}.id}`);
      expect(assoc.network_security_group_id).toBe(`\${${addressOf(eastus, "azurerm_network_security_group", () => true)}.id}`);
    });

    it("integrates a zone-redundant external environment with the subnet and Log Analytics", () => {
      const env = only(eastus, "azurerm_container_app_environment");
      expect(env).toMatchObject({
        internal_load_balancer_enabled: false,
        zone_redundancy_enabled: true,
        logs_destination: "log-analytics",
        infrastructure_subnet_id: `\${${addressOf(eastus, "azurerm_subnet", () => true)}.id}`,
        workload_profile: [{ name: "Consumption", workload_profile_type: "Consumption" }],
      });
      expect(only(eastus, "azurerm_log_analytics_workspace").retention_in_days).toBe(30);
    });

    it("tags every taggable resource with the service tags and the datacentre", () => {
      const taggable = ["azurerm_resource_group", "azurerm_virtual_network", "azurerm_network_security_group", "azurerm_log_analytics_workspace", "azurerm_user_assigned_identity",
        "azurerm_container_app_environment", "azurerm_container_registry", "azurerm_key_vault", "azurerm_container_app", "azurerm_dns_a_record", "azurerm_dns_txt_record",
        "azurerm_container_app_environment_certificate"];
      for (const type of taggable) {
        for (const r of resourcesOfType(eastus, type)) {
          expect(r.tags).toEqual({ team: "payments", service: "orders", "managed-by": "dualcloud", datacentre: "azure-eastus" });
        }
      }
    });

    it("publishes the endpoint name and its verification record in Azure DNS", () => {
      const env = addressOf(eastus, "azurerm_container_app_environment", () => true);
      expect(byName(eastus, "azurerm_dns_a_record", "eastus.azure.orders")).toMatchObject({
        zone_name: "example.com",
        resource_group_name: "dns",
        records: [`\${${env}.static_ip_address}`],
      });
      expect(byName(eastus, "azurerm_dns_txt_record", "asuid.eastus.azure.orders").record).toEqual([{ value: `\${${env}.custom_domain_verification_id}` }]);
    });

    it("lets only the first Azure datacentre own the shared verification records, and orders the others after it", () => {
      expect(resourcesOfType(eastus, "azurerm_dns_txt_record").map((r) => r.name).sort()).toEqual(["asuid.azure.orders", "asuid.eastus.azure.orders", "asuid.orders"]);
      expect(resourcesOfType(westeurope, "azurerm_dns_txt_record").map((r) => r.name)).toEqual(["asuid.westeurope.azure.orders"]);
      const west = service.datacentreStacks.find((s) => s.node.id === "orders-azure-westeurope")!;
      expect(west.dependencies.map((d) => d.node.id)).toEqual(["orders-azure-eastus"]);
      expect(JSON.stringify(westeurope)).not.toMatch(/terraform_remote_state/);
    });

    it("binds both hostnames with one Key Vault certificate, after the verification records", () => {
      const cert = only(eastus, "azurerm_container_app_environment_certificate");
      const vault = addressOf(eastus, "azurerm_key_vault", () => true);
      expect(cert.name).toBe("tls");
      expect(cert.certificate_key_vault.key_vault_secret_id).toBe(`\${${vault}.vault_uri}secrets/tls`);
      expect(cert.certificate_blob_base64).toBeUndefined();
      const domains = resourcesOfType(eastus, "azurerm_container_app_custom_domain");
      expect(domains.map((d) => d.name).sort()).toEqual(["eastus.azure.orders.example.com", "orders.example.com"]);
      const service_ = domains.find((d) => d.name === "orders.example.com")!;
      expect(service_.certificate_binding_type).toBe("SniEnabled");
      expect(service_.depends_on).toEqual(expect.arrayContaining([addressOf(eastus, "azurerm_dns_txt_record", (r) => r.name === "asuid.orders")]));
      const endpoint = domains.find((d) => d.name === "eastus.azure.orders.example.com")!;
      expect(endpoint.depends_on).toEqual(expect.arrayContaining([addressOf(eastus, "azurerm_dns_txt_record", (r) => r.name === "asuid.eastus.azure.orders")]));
    });

    it("outputs what the global layer and operators need", () => {
      expect(Object.keys(eastus.output).sort()).toEqual(
        ["app_fqdn", "cloud", "custom_domain_verification_id", "datacentre", "endpoint_hostname", "environment_static_ip", "key_vault_uri", "region", "registry_login_server"],
      );
    });

    it("reports the runtime contract read back from the container app", () => {
      const stack = service.datacentreStacks.find((s) => s.node.id === "orders-azure-eastus") as AzureDatacentreStack;
      expect(stack.runtimeContract()).toEqual({
        port: 8080, healthCheckPath: "/healthz", envNames: ["LOG_LEVEL"], secretNames: ["API_KEY", "DATABASE_URL"], cpu: 0.5, memoryMiB: 1024, minReplicas: 2, maxReplicas: 10,
      });
    });
  });

  describe("given the longest service name", () => {
    const name = "abcdefghijklmnopqrstuvwx";
    it("keeps every Azure-limited name within its limits and globally unique names suffixed", () => {
      const { service } = buildService({ datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "germanywestcentral" }] }, name);
      const json = synthService(service)[`${name}-azure-germanywestcentral`];
      const vault = only(json, "azurerm_key_vault").name as string;
      const registry = only(json, "azurerm_container_registry").name as string;
      const app = only(json, "azurerm_container_app").name as string;
      expect(vault.length).toBeLessThanOrEqual(24);
      expect(vault).toMatch(NAME_RULES.keyVaultName.pattern);
      expect(vault).not.toMatch(/--/);
      expect(registry.length).toBeGreaterThanOrEqual(5);
      expect(registry.length).toBeLessThanOrEqual(50);
      expect(registry).toMatch(/^[a-z0-9]+$/);
      expect(app.length).toBeLessThanOrEqual(32);
      expect(app).toMatch(NAME_RULES.containerAppName.pattern);
    });

    it("gives two services with the same name but different domains different vault and registry names", () => {
      const a = synthService(buildService({}, "orders").service)["orders-azure-eastus"];
      const b = synthService(buildService({ domain: "orders.other.org" }, "orders").service)["orders-azure-eastus"];
      expect(only(a, "azurerm_key_vault").name).not.toBe(only(b, "azurerm_key_vault").name);
      expect(only(a, "azurerm_container_registry").name).not.toBe(only(b, "azurerm_container_registry").name);
    });
  });

  describe("given a region without availability zones", () => {
    it("turns zone redundancy off", () => {
      const { service } = buildService({ datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "westus" }] });
      const json = synthService(service)["orders-azure-westus"];
      expect(only(json, "azurerm_container_app_environment").zone_redundancy_enabled).toBe(false);
      expect(only(json, "azurerm_container_registry").zone_redundancy_enabled).toBe(false);
    });
  });

  describe("given staged first deploys", () => {
    const { service } = buildService({ azure: { stages: { eastus: "foundation", westeurope: "workload" } } });
    const stacks = synthService(service);

    it("creates no app, certificate or binding at the foundation stage, but keeps the vault, registry and records", () => {
      const json = stacks["orders-azure-eastus"];
      for (const type of ["azurerm_container_app", "azurerm_container_app_environment_certificate", "azurerm_container_app_custom_domain"]) {
        expect(resourcesOfType(json, type)).toEqual([]);
      }
      expect(resourcesOfType(json, "azurerm_key_vault")).toHaveLength(1);
      expect(resourcesOfType(json, "azurerm_dns_txt_record")).toHaveLength(3);
      const stack = service.datacentreStacks.find((s) => s.node.id === "orders-azure-eastus") as AzureDatacentreStack;
      expect(() => stack.runtimeContract()).toThrow(/foundation stage/);
    });

    it("creates the app without bindings at the workload stage", () => {
      const json = stacks["orders-azure-westeurope"];
      expect(resourcesOfType(json, "azurerm_container_app")).toHaveLength(1);
      expect(resourcesOfType(json, "azurerm_container_app_custom_domain")).toEqual([]);
    });

    it("does not change the addresses of resources that exist at every stage", () => {
      const full = synthService(buildService().service)["orders-azure-eastus"];
      const staged = stacks["orders-azure-eastus"];
      for (const type of Object.keys(staged.resource)) {
        for (const address of Object.keys(staged.resource[type])) expect(full.resource[type][address]).toBeDefined();
      }
    });

    it("refuses a stage for a region that is not an Azure datacentre, and an unknown stage", () => {
      expect(() => buildService({ azure: { stages: { northeurope: "foundation" } } })).toThrow(/azure\.stages\.northeurope: received "northeurope"; allowed: an Azure datacentre region/);
      expect(() => buildService({ azure: { stages: { eastus: "half" as never } } })).toThrow(/azure\.stages\.eastus/);
    });
  });

  describe("adapter validation", () => {
    it("accepts 30 and 365 days of log retention and refuses 1 and 731 (values CloudWatch accepts, so Azure is what refuses them)", () => {
      expect(() => buildService({ logRetentionDays: 30 })).not.toThrow();
      expect(() => buildService({ logRetentionDays: 365 })).not.toThrow();
      expect(() => buildService({ logRetentionDays: 1 })).toThrow(/logRetentionDays: received 1; allowed: 30 to 730 days/);
      expect(() => buildService({ logRetentionDays: 731 })).toThrow(/logRetentionDays: received 731; allowed: 30 to 730 days/);
    });

    it("refuses a secret whose Key Vault name would start with a hyphen", () => {
      expect(() => buildService({ secrets: ["TOKEN_"] })).toThrow(/secrets\[0\]: received "TOKEN_"; allowed: a name whose Key Vault form \(token-\)/);
      expect(() => buildService({ secrets: ["TOKEN_A"] })).not.toThrow();
    });
  });

  describe("used on its own in a user's stack", () => {
    it("synthesizes under the datacentre key with the user's azurerm provider", () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, "platform");
      new AzurermProvider(stack, "azurerm", { features: [{}] });
      const model = resolveServiceModel("orders", "orders", BASE_PROPS);
      const dc = model.datacentres.find((d) => d.key === "azure-westeurope")!;
      const azure = new AzureDatacentre(stack, dc.key, { service: model, datacentre: dc, ownsSharedVerificationRecords: false });
      const json = synthStack(stack);
      expect(azure.node.path).toBe("platform/azure-westeurope");
      expect(resourcesOfType(json, "azurerm_container_app")).toHaveLength(1);
      expect(resourcesOfType(json, "azurerm_dns_txt_record").map((r) => r.name)).toEqual(["asuid.westeurope.azure.orders"]);
      expect(azure.runtimeContract().port).toBe(8080);
    });
  });
});
