import { azureOptions } from "../lib/constructs/azure/azure-options";
import { TerraformStack, Testing } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { NAME_RULES } from "../lib/clouds/registry";
import { DualCloudValidationError } from "../lib/errors";
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
  // The direct-ingress opt-in (the design before the WAF gateway); the default gateway is tested in test/azure-gateway.test.ts.
  describe("given the default topology with env and secrets, with direct ingress", () => {
    const { service } = buildService({ env: { LOG_LEVEL: "info" }, secrets: ["DATABASE_URL", "API_KEY"], tags: { team: "payments" }, edge: { unboundedConnections: "accept" }, azure: { ingress: "direct" }, waf: { disabledOn: ["azure"] } });
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
        expect(container[probe][0]).toMatchObject({ transport: "HTTP", port: 8080, path: "/health" });
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
      expect(vault.network_acls).toEqual({ default_action: "Deny", bypass: "AzureServices", ip_rules: [], virtual_network_subnet_ids: [] });
      expect(vault.public_network_access_enabled).toBe(false);
      expect(vault.enable_rbac_authorization).toBeUndefined();
    });

    it("keeps the registry Premium, zone-redundant, admin off, closed to the internet and protected from destroy", () => {
      expect(only(eastus, "azurerm_container_registry")).toMatchObject({
        sku: "Premium",
        admin_enabled: false,
        anonymous_pull_enabled: false,
        zone_redundancy_enabled: true,
        public_network_access_enabled: false,
        network_rule_bypass_option: "AzureServices",
        network_rule_set: [{ default_action: "Deny", ip_rule: [] }],
        lifecycle: { prevent_destroy: true },
      });
    });

    it("builds the VNet from the datacentre CIDR with a delegated /23 and an associated NSG that admits only 443 and 80", () => {
      const dc = service.model.datacentres.find((d) => d.key === "azure-eastus")!;
      expect(only(eastus, "azurerm_virtual_network").address_space).toEqual([dc.cidr]);
      const subnet = byName(eastus, "azurerm_subnet", "container-apps");
      expect(dc.cidr).toBe("10.64.0.0/16");
      expect(subnet.address_prefixes).toEqual(["10.64.0.0/23"]);
      expect(subnet.service_endpoints).toBeUndefined();
      expect(subnet.delegation).toEqual([
        { name: "container-apps", service_delegation: { name: "Microsoft.App/environments", actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] } },
      ]);
      const nsg = byName(eastus, "azurerm_network_security_group", "orders-eastus-apps");
      const inbound = nsg.security_rule.filter((r: StackJson) => r.direction === "Inbound");
      const allows = inbound.filter((r: StackJson) => r.access === "Allow");
      expect(allows.map((r: StackJson) => [r.source_address_prefix, r.destination_port_range, r.direction])).toEqual([
        ["Internet", "443", "Inbound"],
        ["Internet", "80", "Inbound"],
      ]);
      expect(inbound.find((r: StackJson) => r.access === "Deny")).toMatchObject({ source_address_prefix: "Internet", destination_port_range: "*" });
      const appsSubnet = addressOf(eastus, "azurerm_subnet", (r) => r.name === "container-apps");
      const assoc = resourcesOfType(eastus, "azurerm_subnet_network_security_group_association").find((a) => a.subnet_id === `\${${appsSubnet}.id}`)!;
      expect(assoc.network_security_group_id).toBe(`\${${addressOf(eastus, "azurerm_network_security_group", (r) => r.name === "orders-eastus-apps")}.id}`);
    });

    it("integrates a zone-redundant external environment with the subnet and Log Analytics", () => {
      const env = only(eastus, "azurerm_container_app_environment");
      expect(env).toMatchObject({
        internal_load_balancer_enabled: false,
        zone_redundancy_enabled: true,
        logs_destination: "log-analytics",
        infrastructure_subnet_id: `\${${addressOf(eastus, "azurerm_subnet", (r) => r.name === "container-apps")}.id}`,
        workload_profile: [{ name: "Consumption", workload_profile_type: "Consumption" }],
      });
      expect(only(eastus, "azurerm_log_analytics_workspace").retention_in_days).toBe(30);
    });

    it("creates the environment only after the apps NSG is associated with its subnet, not merely after the NSG exists (both update the delegated subnet)", () => {
      const appsSubnet = addressOf(eastus, "azurerm_subnet", (r) => r.name === "container-apps");
      const association = addressOf(eastus, "azurerm_subnet_network_security_group_association", (r) => r.subnet_id === `\${${appsSubnet}.id}`);
      expect(only(eastus, "azurerm_container_app_environment").depends_on).toEqual([association]);
    });

    it("tags every taggable resource with the service tags and the datacentre", () => {
      const taggable = ["azurerm_resource_group", "azurerm_virtual_network", "azurerm_network_security_group", "azurerm_log_analytics_workspace", "azurerm_user_assigned_identity",
        "azurerm_container_app_environment", "azurerm_container_registry", "azurerm_key_vault", "azurerm_container_app", "azurerm_dns_a_record", "azurerm_dns_txt_record",
        "azurerm_container_app_environment_certificate", "azurerm_private_dns_zone", "azurerm_private_dns_zone_virtual_network_link", "azurerm_private_endpoint"];
      for (const type of taggable) {
        expect(resourcesOfType(eastus, type).length).toBeGreaterThan(0);
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
        ["alert_action_group_id", "app_fqdn", "cloud", "custom_domain_verification_id", "datacentre", "endpoint_hostname", "endpoint_url", "environment_static_ip", "health_check_url", "key_vault_uri", "region", "registry_login_server"],
      );
    });

    it("carves a /27 private-endpoint subnet right after the Container Apps /23, with an NSG admitting only 443 from the VNet", () => {
      const endpoints = byName(eastus, "azurerm_subnet", "private-endpoints");
      expect(endpoints.address_prefixes).toEqual(["10.64.2.0/27"]);
      expect(endpoints.private_endpoint_network_policies).toBe("Enabled");
      expect(endpoints.default_outbound_access_enabled).toBe(false);
      expect(endpoints.delegation).toBeUndefined();
      expect(byName(eastus, "azurerm_subnet", "container-apps").address_prefixes).toEqual(["10.64.0.0/23"]);
      const nsg = byName(eastus, "azurerm_network_security_group", "orders-eastus-endpoints");
      expect(nsg.security_rule.map((r: StackJson) => [r.name, r.priority, r.access, r.source_address_prefix, r.destination_address_prefix, r.destination_port_range])).toEqual([
        ["allow-https-from-vnet", 100, "Allow", "VirtualNetwork", "10.64.2.0/27", "443"],
        ["deny-other-inbound", 4000, "Deny", "*", "*", "*"],
      ]);
      const subnet = addressOf(eastus, "azurerm_subnet", (r) => r.name === "private-endpoints");
      const assoc = resourcesOfType(eastus, "azurerm_subnet_network_security_group_association").find((a) => a.subnet_id === `\${${subnet}.id}`)!;
      expect(assoc.network_security_group_id).toBe(`\${${addressOf(eastus, "azurerm_network_security_group", (r) => r.name === "orders-eastus-endpoints")}.id}`);
    });

    it("reaches the vault through a private endpoint (subresource vault) with its record in privatelink.vaultcore.azure.net linked to the VNet", () => {
      const rg = addressOf(eastus, "azurerm_resource_group", () => true);
      const vnet = addressOf(eastus, "azurerm_virtual_network", () => true);
      const vault = addressOf(eastus, "azurerm_key_vault", () => true);
      const subnet = addressOf(eastus, "azurerm_subnet", (r) => r.name === "private-endpoints");
      const zone = addressOf(eastus, "azurerm_private_dns_zone", (r) => r.name === "privatelink.vaultcore.azure.net");
      expect(byName(eastus, "azurerm_private_dns_zone", "privatelink.vaultcore.azure.net").resource_group_name).toBe(`\${${rg}.name}`);
      expect(byName(eastus, "azurerm_private_dns_zone_virtual_network_link", "orders-eastus-key-vault")).toMatchObject({
        resource_group_name: `\${${rg}.name}`,
        private_dns_zone_name: `\${${zone}.name}`,
        virtual_network_id: `\${${vnet}.id}`,
        registration_enabled: false,
      });
      const endpoint = byName(eastus, "azurerm_private_endpoint", "orders-eastus-key-vault");
      expect(endpoint).toMatchObject({ location: "eastus", resource_group_name: `\${${rg}.name}`, subnet_id: `\${${subnet}.id}` });
      expect(endpoint.private_service_connection).toEqual({ name: "key-vault", private_connection_resource_id: `\${${vault}.id}`, subresource_names: ["vault"], is_manual_connection: false });
      expect(endpoint.private_dns_zone_group).toEqual({ name: "key-vault", private_dns_zone_ids: [`\${${zone}.id}`] });
      expect(only(eastus, "azurerm_key_vault").public_network_access_enabled).toBe(false);
    });

    it("pulls images through a registry private endpoint (subresource registry) with its records in privatelink.azurecr.io linked to the VNet", () => {
      const vnet = addressOf(eastus, "azurerm_virtual_network", () => true);
      const registry = addressOf(eastus, "azurerm_container_registry", () => true);
      const subnet = addressOf(eastus, "azurerm_subnet", (r) => r.name === "private-endpoints");
      const zone = addressOf(eastus, "azurerm_private_dns_zone", (r) => r.name === "privatelink.azurecr.io");
      expect(byName(eastus, "azurerm_private_dns_zone_virtual_network_link", "orders-eastus-registry")).toMatchObject({
        private_dns_zone_name: `\${${zone}.name}`,
        virtual_network_id: `\${${vnet}.id}`,
        registration_enabled: false,
      });
      const endpoint = byName(eastus, "azurerm_private_endpoint", "orders-eastus-registry");
      expect(endpoint.subnet_id).toBe(`\${${subnet}.id}`);
      expect(endpoint.private_service_connection).toEqual({ name: "registry", private_connection_resource_id: `\${${registry}.id}`, subresource_names: ["registry"], is_manual_connection: false });
      expect(endpoint.private_dns_zone_group).toEqual({ name: "registry", private_dns_zone_ids: [`\${${zone}.id}`] });
      expect(resourcesOfType(eastus, "azurerm_private_endpoint")).toHaveLength(2);
    });

    it("leaves the VNet on Azure-provided DNS so the linked private zones answer for the environment", () => {
      expect(only(eastus, "azurerm_virtual_network").dns_servers).toBeUndefined();
    });

    it("creates the app and the certificate only after the endpoints and zone links exist", () => {
      const after = (type: string, name: string) => addressOf(eastus, type, (r) => r.name === name);
      const vaultPath = [after("azurerm_private_endpoint", "orders-eastus-key-vault"), after("azurerm_private_dns_zone_virtual_network_link", "orders-eastus-key-vault")];
      const registryPath = [after("azurerm_private_endpoint", "orders-eastus-registry"), after("azurerm_private_dns_zone_virtual_network_link", "orders-eastus-registry")];
      expect(app.depends_on).toEqual(expect.arrayContaining([...vaultPath, ...registryPath]));
      expect(only(eastus, "azurerm_container_app_environment_certificate").depends_on).toEqual(expect.arrayContaining(vaultPath));
    });

    it("gives each datacentre stack its own private zones in its own resource group", () => {
      const rg = addressOf(westeurope, "azurerm_resource_group", () => true);
      expect(resourcesOfType(westeurope, "azurerm_private_dns_zone").map((z) => [z.name, z.resource_group_name]).sort()).toEqual([
        ["privatelink.azurecr.io", `\${${rg}.name}`],
        ["privatelink.vaultcore.azure.net", `\${${rg}.name}`],
      ]);
      expect(resourcesOfType(westeurope, "azurerm_private_endpoint").map((e) => e.name).sort()).toEqual(["orders-westeurope-key-vault", "orders-westeurope-registry"]);
    });

    it("reports the runtime contract read back from the container app", () => {
      const stack = service.datacentreStacks.find((s) => s.node.id === "orders-azure-eastus") as AzureDatacentreStack;
      expect(stack.runtimeContract()).toEqual({
        port: 8080, healthCheckPath: "/health", envNames: ["LOG_LEVEL"], secretNames: ["API_KEY", "DATABASE_URL"], cpu: 0.5, memoryMiB: 1024, minReplicas: 2, maxReplicas: 10,
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
      for (const endpoint of resourcesOfType(json, "azurerm_private_endpoint")) {
        expect(endpoint.name.length).toBeLessThanOrEqual(NAME_RULES.privateEndpointName.maxLength);
        expect(endpoint.name).toMatch(NAME_RULES.privateEndpointName.pattern);
      }
      for (const link of resourcesOfType(json, "azurerm_private_dns_zone_virtual_network_link")) {
        expect(link.name.length).toBeLessThanOrEqual(NAME_RULES.privateDnsZoneLinkName.maxLength);
        expect(link.name).toMatch(NAME_RULES.privateDnsZoneLinkName.pattern);
      }
    });

    it("gives two services with the same name but different domains different vault and registry names", () => {
      const a = synthService(buildService({}, "orders").service)["orders-azure-eastus"];
      const b = synthService(buildService({ domain: "orders.other.org" }, "orders").service)["orders-azure-eastus"];
      expect(only(a, "azurerm_key_vault").name).not.toBe(only(b, "azurerm_key_vault").name);
      expect(only(a, "azurerm_container_registry").name).not.toBe(only(b, "azurerm_container_registry").name);
    });
  });

  describe("given a /20 datacentre CIDR", () => {
    it("keeps the Container Apps /23 first and puts the private-endpoint /27 right after it", () => {
      const { service } = buildService({ datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "eastus", cidr: "172.16.16.0/20" }] });
      const json = synthService(service)["orders-azure-eastus"];
      expect(byName(json, "azurerm_subnet", "container-apps").address_prefixes).toEqual(["172.16.16.0/23"]);
      expect(byName(json, "azurerm_subnet", "private-endpoints").address_prefixes).toEqual(["172.16.18.0/27"]);
    });
  });

  describe("given operator CIDRs", () => {
    const { service } = buildService({ azure: { operatorCidrs: ["203.0.113.7/32", "198.51.100.0/24"] } });
    const json = synthService(service)["orders-azure-westeurope"];

    it("opens the vault's public endpoint only to those ranges, still default-deny", () => {
      const vault = only(json, "azurerm_key_vault");
      expect(vault.public_network_access_enabled).toBe(true);
      expect(vault.network_acls).toEqual({ default_action: "Deny", bypass: "AzureServices", ip_rules: ["203.0.113.7/32", "198.51.100.0/24"], virtual_network_subnet_ids: [] });
    });

    it("opens the registry's public endpoint only to those ranges, still default-deny", () => {
      const registry = only(json, "azurerm_container_registry");
      expect(registry.public_network_access_enabled).toBe(true);
      expect(registry.network_rule_set).toEqual([
        { default_action: "Deny", ip_rule: [{ action: "Allow", ip_range: "203.0.113.7/32" }, { action: "Allow", ip_range: "198.51.100.0/24" }] },
      ]);
    });

    it("keeps the private endpoints the app uses", () => {
      expect(resourcesOfType(json, "azurerm_private_endpoint").map((e) => e.private_service_connection.subresource_names[0]).sort()).toEqual(["registry", "vault"]);
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

  describe("given staged first deploys, with direct ingress", () => {
    const { service } = buildService({ azure: { ingress: "direct", stages: { eastus: "foundation", westeurope: "workload" } }, waf: { disabledOn: ["azure"] }, edge: { unboundedConnections: "accept" } });
    const stacks = synthService(service);

    it("creates no app, certificate or binding at the foundation stage, but keeps the vault, registry and records", () => {
      const json = stacks["orders-azure-eastus"];
      for (const type of ["azurerm_container_app", "azurerm_container_app_environment_certificate", "azurerm_container_app_custom_domain"]) {
        expect(resourcesOfType(json, type)).toEqual([]);
      }
      expect(resourcesOfType(json, "azurerm_key_vault")).toHaveLength(1);
      expect(resourcesOfType(json, "azurerm_dns_txt_record")).toHaveLength(3);
      const stack = service.datacentreStacks.find((s) => s.node.id === "orders-azure-eastus") as AzureDatacentreStack;
      expect(() => stack.runtimeContract()).toThrow(DualCloudValidationError);
      expect(() => stack.runtimeContract()).toThrow(/azure\.stages\.eastus: received "foundation"; allowed: a stage that runs the container app \("serving"\)/);
    });

    it("creates the app without bindings at the workload stage", () => {
      const json = stacks["orders-azure-westeurope"];
      expect(resourcesOfType(json, "azurerm_container_app")).toHaveLength(1);
      expect(resourcesOfType(json, "azurerm_container_app_custom_domain")).toEqual([]);
    });

    it("does not change the addresses of resources that exist at every stage", () => {
      const full = synthService(buildService({ edge: { unboundedConnections: "accept" }, azure: { ingress: "direct" }, waf: { disabledOn: ["azure"] } }).service)["orders-azure-eastus"];
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

    it("accepts public canonical operator CIDRs and an empty list", () => {
      expect(() => buildService({ azure: { operatorCidrs: ["203.0.113.7/32", "198.51.100.0/24", "20.0.0.0/8"] } })).not.toThrow();
      expect(() => buildService({ azure: { operatorCidrs: [] } })).not.toThrow();
      expect(buildService({ azure: { operatorCidrs: [] } }).service.model.clouds.azure?.options).toMatchObject({ operatorCidrs: [] });
      expect(azureOptions(buildService({ azure: { operatorCidrs: [] } }).service.model).operatorCidrs).toEqual([]);
    });

    it("refuses operator CIDRs that are private, not canonical, wider than /8, repeated, bare addresses, or too many", () => {
      const allowed = "allowed: a canonical public IPv4 CIDR from /8 to /32";
      expect(() => buildService({ azure: { operatorCidrs: ["10.1.2.3/32"] } })).toThrow(new RegExp(`azure\\.operatorCidrs\\[0\\]: received "10\\.1\\.2\\.3/32"; ${allowed}`));
      expect(() => buildService({ azure: { operatorCidrs: ["203.0.113.7/24"] } })).toThrow(/azure\.operatorCidrs\[0\]: received "203\.0\.113\.7\/24"/);
      expect(() => buildService({ azure: { operatorCidrs: ["0.0.0.0/0"] } })).toThrow(/azure\.operatorCidrs\[0\]: received "0\.0\.0\.0\/0"/);
      expect(() => buildService({ azure: { operatorCidrs: ["203.0.113.7"] } })).toThrow(/azure\.operatorCidrs\[0\]: received "203\.0\.113\.7"/);
      expect(() => buildService({ azure: { operatorCidrs: ["203.0.113.7/32", "203.0.113.7/32"] } })).toThrow(/azure\.operatorCidrs\[1\]: received "203\.0\.113\.7\/32"/);
      expect(() => buildService({ azure: { operatorCidrs: Array.from({ length: 21 }, (_, i) => `203.0.113.${i}/32`) } })).toThrow(/azure\.operatorCidrs: .*allowed: an array of 0 to 20 entries/);
      expect(() => buildService({ azure: { operatorCidrs: "203.0.113.7/32" as never } })).toThrow(/azure\.operatorCidrs: received "203\.0\.113\.7\/32"; allowed: an array of 0 to 20 entries/);
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
      expect(resourcesOfType(json, "azurerm_dns_txt_record")).toEqual([]);
      expect(resourcesOfType(json, "azurerm_application_gateway")).toHaveLength(1);
      expect(azure.runtimeContract().port).toBe(8080);
    });

    it("refuses a datacentre of another cloud with the library's error", () => {
      const stack = new TerraformStack(Testing.app(), "platform");
      const model = resolveServiceModel("orders", "orders", BASE_PROPS);
      const aws = model.datacentres.find((d) => d.key === "aws-us-east-1")!;
      expect(() => new AzureDatacentre(stack, aws.key, { service: model, datacentre: aws, ownsSharedVerificationRecords: false })).toThrow(
        /\[platform\/aws-us-east-1\] datacentre\.cloud: received "aws"; allowed: "azure": AzureDatacentre builds azure datacentres only \(received the datacentre aws-us-east-1\)/,
      );
    });
  });
});
