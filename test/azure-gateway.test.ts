import { DualCloudServiceProps, DualCloudValidationError } from "../lib";
import { AzureDatacentre } from "../lib/constructs/azure/azure-datacentre";
import { policyFindings } from "../lib/policy";
import { suppressionReason } from "../lib/policy/suppressions";
import { BASE_PROPS, buildService, resourcesOfType, StackJson, synthStack } from "./support/synth";

function azure(props: Partial<DualCloudServiceProps> = {}, stackName = "orders-azure-eastus") {
  const { service } = buildService(props);
  const stack = service.datacentreStacks.find((s) => s.node.id === stackName)!;
  const dc = stack.node.children.find((c): c is AzureDatacentre => c instanceof AzureDatacentre)!;
  return { stack, dc, json: synthStack(stack) };
}

function only(json: StackJson, type: string): [string, StackJson] {
  const all = Object.entries((json.resource?.[type] ?? {}) as Record<string, StackJson>);
  expect(all).toHaveLength(1);
  return all[0];
}

function named(json: StackJson, type: string, fragment: string): [string, StackJson] {
  const all = Object.entries((json.resource?.[type] ?? {}) as Record<string, StackJson>).filter(([n]) => n.includes(fragment));
  expect(all).toHaveLength(1);
  return all[0];
}

describe("Azure edge: Application Gateway WAF_v2 in front of an internal environment", () => {
  describe("given the default service at the serving stage", () => {
    const { stack, json } = azure();
    const [gatewayName, gateway] = only(json, "azurerm_application_gateway");
    const [appName] = only(json, "azurerm_container_app");

    it("then the gateway is a zone-redundant WAF_v2 with the WAF policy, autoscaling from two instances", () => {
      const [policyName] = only(json, "azurerm_web_application_firewall_policy");
      expect(gateway).toMatchObject({
        sku: { name: "WAF_v2", tier: "WAF_v2" },
        zones: ["1", "2", "3"],
        autoscale_configuration: { min_capacity: 2, max_capacity: 10 },
        firewall_policy_id: `\${azurerm_web_application_firewall_policy.${policyName}.id}`,
        ssl_policy: { policy_type: "Predefined", policy_name: "AppGwSslPolicy20220101S" },
      });
    });

    it("then one HTTPS listener serves <domain> and <region>.azure.<domain> with the Key Vault certificate, read by the gateway's identity", () => {
      const [identityName] = named(json, "azurerm_user_assigned_identity", "gateway-identity");
      const [vaultName] = only(json, "azurerm_key_vault");
      expect(gateway.identity).toEqual({ type: "UserAssigned", identity_ids: [`\${azurerm_user_assigned_identity.${identityName}.id}`] });
      expect(gateway.ssl_certificate).toEqual([{ name: "tls", key_vault_secret_id: `\${azurerm_key_vault.${vaultName}.vault_uri}secrets/tls` }]);
      expect(gateway.http_listener).toEqual([
        { name: "https", frontend_ip_configuration_name: "public", frontend_port_name: "https", protocol: "Https", host_names: ["orders.example.com", "eastus.azure.orders.example.com"], ssl_certificate_name: "tls" },
        { name: "http-redirect", frontend_ip_configuration_name: "public", frontend_port_name: "http", protocol: "Http", host_names: ["orders.example.com", "eastus.azure.orders.example.com"] },
      ]);
      expect(named(json, "azurerm_role_assignment", "gateway-key-vault-secrets-user")[1]).toMatchObject({ scope: `\${azurerm_key_vault.${vaultName}.id}`, role_definition_name: "Key Vault Secrets User", principal_type: "ServicePrincipal" });
    });

    it("then the backend is the app's default FQDN over HTTPS, Host picked from it, probed on the health path", () => {
      expect(gateway.backend_address_pool).toEqual([{ name: "container-app", fqdns: [`\${azurerm_container_app.${appName}.ingress[0].fqdn}`] }]);
      expect(gateway.backend_http_settings[0]).toMatchObject({ protocol: "Https", port: 443, pick_host_name_from_backend_address: true, probe_name: "health" });
      expect(gateway.probe[0]).toMatchObject({ protocol: "Https", path: BASE_PROPS.healthCheckPath, pick_host_name_from_backend_http_settings: true, interval: 10, timeout: 5, unhealthy_threshold: 3, match: { status_code: ["200-399"] } });
      expect(gateway.redirect_configuration).toEqual([{ name: "to-https", redirect_type: "Permanent", target_listener_name: "https", include_path: true, include_query_string: true }]);
    });

    it("then the environment is internal, its default domain resolves privately to its static IP, and nothing is bound as a custom domain", () => {
      const [envName, env] = only(json, "azurerm_container_app_environment");
      expect(env.internal_load_balancer_enabled).toBe(true);
      expect(named(json, "azurerm_private_dns_zone", "environment-dns-zone")[1].name).toBe(`\${azurerm_container_app_environment.${envName}.default_domain}`);
      expect(resourcesOfType(json, "azurerm_private_dns_a_record").map((r) => [r.name, r.records]).sort()).toEqual([
        ["*", [`\${azurerm_container_app_environment.${envName}.static_ip_address}`]],
        ["@", [`\${azurerm_container_app_environment.${envName}.static_ip_address}`]],
      ]);
      expect(resourcesOfType(json, "azurerm_container_app_custom_domain")).toEqual([]);
      expect(resourcesOfType(json, "azurerm_container_app_environment_certificate")).toEqual([]);
      expect(resourcesOfType(json, "azurerm_dns_txt_record")).toEqual([]);
    });

    it("then <region>.azure.<domain> points at the gateway's zone-redundant static public IP", () => {
      const [ipName, ip] = only(json, "azurerm_public_ip");
      expect(ip).toMatchObject({ sku: "Standard", allocation_method: "Static", zones: ["1", "2", "3"] });
      expect(only(json, "azurerm_dns_a_record")[1]).toMatchObject({ name: "eastus.azure.orders", records: [`\${azurerm_public_ip.${ipName}.ip_address}`] });
      expect(gateway.frontend_ip_configuration).toEqual([{ name: "public", public_ip_address_id: `\${azurerm_public_ip.${ipName}.id}` }]);
    });

    it("then the gateway subnet's NSG has Microsoft's v2 rules: 443/80 from the internet, GatewayManager 65200-65535, AzureLoadBalancer, then deny", () => {
      const nsg = named(json, "azurerm_network_security_group", "gateway-nsg")[1];
      expect(nsg.security_rule.map((r: StackJson) => [r.priority, r.access, r.source_address_prefix, r.destination_port_range])).toEqual([
        [100, "Allow", "Internet", "443"],
        [110, "Allow", "Internet", "80"],
        [120, "Allow", "GatewayManager", "65200-65535"],
        [130, "Allow", "AzureLoadBalancer", "*"],
        [4000, "Deny", "*", "*"],
      ]);
      expect(named(json, "azurerm_subnet", "gateway-subnet")[1].address_prefixes).toEqual(["10.64.3.0/24"]);
    });

    it("then the environment subnet's NSG admits the gateway subnet on 80/31080 and 443/31443 and the Azure load balancer, with no inbound deny rule", () => {
      const nsg = named(json, "azurerm_network_security_group", "apps-nsg")[1];
      expect(nsg.security_rule.filter((r: StackJson) => r.direction === "Inbound").map((r: StackJson) => [r.priority, r.access, r.source_address_prefix, r.destination_port_range ?? r.destination_port_ranges])).toEqual([
        [100, "Allow", "10.64.3.0/24", ["443", "31443"]],
        [110, "Allow", "10.64.3.0/24", ["80", "31080"]],
        [120, "Allow", "AzureLoadBalancer", "30000-32767"],
      ]);
    });

    it("then the WAF policy runs DRS 2.1 in Prevention with a per-client rate limit", () => {
      const policy = only(json, "azurerm_web_application_firewall_policy")[1];
      expect(policy.policy_settings).toMatchObject({ enabled: true, mode: "Prevention", request_body_check: true });
      expect(policy.managed_rules.managed_rule_set).toEqual([{ type: "Microsoft_DefaultRuleSet", version: "2.1", rule_group_override: [] }]);
      expect(policy.custom_rules[0]).toMatchObject({ rule_type: "RateLimitRule", action: "Block", rate_limit_duration: "FiveMins", rate_limit_threshold: 2000, group_rate_limit_by: "ClientAddr" });
    });

    it("then no edge policy rule fires", () => {
      const ids = ["azure-application-gateway-waf", "azure-container-app-environment-internal", "azure-nsg-no-internet-ingress"];
      expect(policyFindings(stack).filter((f) => ids.includes(f.ruleId))).toEqual([]);
    });

    it("then the gateway waits for its Key Vault grant, the vault's private endpoint and the environment's private DNS", () => {
      const deps = gateway.depends_on as string[];
      for (const fragment of ["gateway-key-vault-secrets-user", "key-vault-endpoint", "key-vault-dns-link", "environment-dns-link", "environment-dns-wildcard"]) {
        expect(deps.some((d) => d.includes(fragment))).toBe(true);
      }
      expect(gatewayName).toContain("application-gateway");
    });
  });

  describe("given the foundation stage", () => {
    const { json } = azure({ azure: { stages: { eastus: "foundation" } } });
    it("then the gateway's network, address, identity and the environment's private DNS exist, the gateway and WAF policy do not", () => {
      expect(resourcesOfType(json, "azurerm_public_ip")).toHaveLength(1);
      expect(resourcesOfType(json, "azurerm_private_dns_a_record")).toHaveLength(2);
      expect(resourcesOfType(json, "azurerm_application_gateway")).toEqual([]);
      expect(resourcesOfType(json, "azurerm_web_application_firewall_policy")).toEqual([]);
    });
  });

  describe("given count mode and an exclusion", () => {
    const { json } = azure({ waf: { mode: "count", exclusions: { azure: ["SQLI/942430"] } } });
    it("then the policy is in Detection and the rule is disabled in its group", () => {
      const policy = only(json, "azurerm_web_application_firewall_policy")[1];
      expect(policy.policy_settings.mode).toBe("Detection");
      expect(policy.managed_rules.managed_rule_set[0].rule_group_override).toEqual([{ rule_group_name: "SQLI", rule: [{ id: "942430", enabled: false }] }]);
    });
  });

  describe("given waf.disabledOn azure", () => {
    const { dc, json } = azure({ waf: { disabledOn: ["azure"] } });
    it("then the gateway is Standard_v2 without a policy, and the missing WAF is a recorded suppression", () => {
      expect(only(json, "azurerm_application_gateway")[1].sku).toEqual({ name: "Standard_v2", tier: "Standard_v2" });
      expect(resourcesOfType(json, "azurerm_web_application_firewall_policy")).toEqual([]);
      expect(suppressionReason(dc.applicationGateway!, "azure-application-gateway-waf")).toMatch(/waf\.disabledOn lists azure/);
    });
  });

  describe("given the explicit direct-ingress opt-in", () => {
    const { dc, json } = azure({ azure: { ingress: "direct" }, waf: { disabledOn: ["azure"] }, edge: { unboundedConnections: "accept" } });
    it("then the old path is kept: a public environment binding <domain>, no gateway, and the exception is recorded", () => {
      expect(only(json, "azurerm_container_app_environment")[1].internal_load_balancer_enabled).toBe(false);
      expect(resourcesOfType(json, "azurerm_application_gateway")).toEqual([]);
      expect(resourcesOfType(json, "azurerm_container_app_custom_domain").map((d) => d.name)).toEqual(["eastus.azure.orders.example.com", "orders.example.com"]);
      expect(suppressionReason(dc.environment, "azure-container-app-environment-internal")).toMatch(/azure\.ingress is direct/);
    });

    it("then without waf.disabledOn listing azure it is refused, naming the field", () => {
      expect(() => buildService({ azure: { ingress: "direct" }, edge: { unboundedConnections: "accept" } })).toThrow(DualCloudValidationError);
      expect(() => buildService({ azure: { ingress: "direct" }, edge: { unboundedConnections: "accept" } })).toThrow(/azure\.ingress.*direct.*waf\.disabledOn listing "azure"/);
      expect(() => buildService({ azure: { ingress: "public" as never } })).toThrow(/azure\.ingress.*"gateway", "direct"/);
    });
  });
});
