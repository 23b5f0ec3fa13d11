import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { SecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/secretsmanager-secret-version";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { DataTerraformRemoteStateAzurerm, Testing } from "cdktf";
import {
  assertInvariants, checkCapacity, checkHttpsOnly, checkNamesWithinLimits, checkNoPlaintextSecrets, checkOneCloudPerStack, expectedStackClouds, Finding,
  InvariantViolationError, readSynthesizedStacks, runInvariantChecks, synthesizeStacks, SynthesizedStack,
} from "../lib/checks";
import { DualCloudService } from "../lib";
import { awsStack, azureStack, data, merge, resource } from "./support/fixtures";
import { BASE_PROPS, buildService } from "./support/synth";

const BACKENDS = { aws: { bucketNamePrefix: "acme-tfstate" }, azure: { resourceGroupName: "tfstate", storageAccountNamePrefix: "acmetf" } };

function messages(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.stack} ${f.address ?? ""}: ${f.message}`);
}

describe("invariant checks", () => {
  describe("given the default app, with and without remote state", () => {
    it.each([["local state", {}], ["remote state in both clouds", { stateBackend: BACKENDS }]])("finds nothing with %s", (_label, props) => {
      const { app } = buildService({ ...props, secrets: ["DATABASE_URL", "API_KEY"], env: { LOG_LEVEL: "info" } });
      expect(messages(runInvariantChecks(app))).toEqual([]);
      expect(() => assertInvariants(app)).not.toThrow();
    });

    it("knows each stack's cloud, global stacks by their DNS cloud", () => {
      const { app } = buildService();
      expect(expectedStackClouds(app)).toEqual({
        "orders-aws-us-east-1": "aws", "orders-aws-eu-west-1": "aws", "orders-azure-eastus": "azure", "orders-azure-westeurope": "azure",
        "orders-global-aws": "aws", "orders-global-azure": "azure",
      });
    });

    it("gives the same result on the files cdktf synth writes", () => {
      const { app } = buildService({ stateBackend: BACKENDS });
      app.synth();
      const written = readSynthesizedStacks(app.outdir);
      expect(written.map((s) => s.name).sort()).toEqual(synthesizeStacks(app).map((s) => s.name).sort());
      expect(messages(checkOneCloudPerStack(written, expectedStackClouds(app)))).toEqual([]);
      expect(messages(checkHttpsOnly(written))).toEqual([]);
      expect(messages(checkNamesWithinLimits(written))).toEqual([]);
    });
  });

  describe("one cloud per stack", () => {
    it("passes a stack using its own cloud, neutral providers, local state and same-cloud remote state", () => {
      const stack = awsStack("a", merge(
        { provider: { random: [{}] }, terraform: { backend: { s3: { bucket: "b" } } } },
        resource("aws_vpc", "v", { cidr_block: "10.0.0.0/16" }),
        resource("random_id", "r", { byte_length: 4 }),
        data("terraform_remote_state", "peer", { backend: "s3", config: { bucket: "b" } }),
        data("aws_route53_zone", "z", { name: "example.com" }),
      ));
      expect(checkOneCloudPerStack([stack], { a: "aws" })).toEqual([]);
      expect(checkOneCloudPerStack([stack])).toEqual([]);
    });

    const cases: Array<[string, SynthesizedStack, RegExp]> = [
      ["a second cloud's provider", awsStack("s", { provider: { azurerm: [{ features: [{}] }] } }), /provider\.azurerm: provider azurerm in a aws stack/],
      ["a second cloud's required provider", awsStack("s", { terraform: { required_providers: { azurerm: { source: "azurerm" } } } }), /required_providers\.azurerm/],
      ["a second cloud's state backend", awsStack("s", { terraform: { backend: { azurerm: { key: "k" } } } }), /terraform\.backend\.azurerm: state backend azurerm in a aws stack/],
      ["a remote-state read from the other cloud", awsStack("s", data("terraform_remote_state", "azure", { backend: "azurerm", config: {} })), /data\.terraform_remote_state\.azure: remote state read from backend "azurerm"/],
      ["a remote-state read from a shared service (remote)", azureStack("s", data("terraform_remote_state", "tfc", { backend: "remote", config: {} })), /remote state read from backend "remote" in a azure stack/],
      ["a resource of the other cloud", azureStack("s", resource("aws_s3_bucket", "b", { bucket: "x" })), /^s aws_s3_bucket\.b: resource type aws_s3_bucket \(provider aws\) in a azure stack/m],
      ["a data source of the other cloud", azureStack("s", data("aws_route53_zone", "z", { name: "example.com" })), /data\.aws_route53_zone\.z: data source type aws_route53_zone/],
      ["a provider of no known cloud", awsStack("s", resource("google_dns_record_set", "r", { name: "x" })), /google_dns_record_set\.r: resource type google_dns_record_set \(provider google\)/],
      ["a module given the other cloud's provider", awsStack("s", { module: { m: { source: "./m", providers: { azurerm: "azurerm" } } } }), /module\.m: passes provider azurerm/],
    ];
    it.each(cases)("fails %s", (_label, stack, message) => {
      const findings = checkOneCloudPerStack([stack], { s: stack.json.provider && "aws" in (stack.json.provider as object) ? "aws" : "azure" });
      expect(findings.length).toBeGreaterThan(0);
      expect(messages(findings).join("\n")).toMatch(message);
      expect(findings.every((f) => f.check === "one-cloud-per-stack" && f.stack === "s")).toBe(true);
    });

    it("fails a stack with providers of two clouds when no cloud is expected", () => {
      const both = awsStack("s", { provider: { azurerm: [{ features: [{}] }] } });
      expect(messages(checkOneCloudPerStack([both]))).toEqual(["s provider: providers of more than one cloud (aws, azure); allowed: the providers of one cloud"]);
    });

    it("fails an own-cloud resource that names the other cloud's provider, and passes one naming its own", () => {
      const foreign = awsStack("s", resource("aws_vpc", "v", { cidr_block: "10.0.0.0/16", provider: "azurerm.west" }));
      expect(messages(checkOneCloudPerStack([foreign], { s: "aws" }))).toEqual([expect.stringMatching(/^s aws_vpc\.v: uses provider azurerm\.west in a aws stack; allowed: aws[ ,]/)]);
      const own = awsStack("s", resource("aws_vpc", "v", { cidr_block: "10.0.0.0/16", provider: "${aws.west}" }));
      expect(checkOneCloudPerStack([own], { s: "aws" })).toEqual([]);
    });

    it("fails a provider-less stack mixing two clouds' resources, and passes one holding a single cloud's", () => {
      const mixed = { name: "s", json: merge(resource("aws_vpc", "v", { cidr_block: "10.0.0.0/16" }), resource("azurerm_resource_group", "g", { name: "g", location: "eastus" })) };
      expect(messages(checkOneCloudPerStack([mixed]))).toEqual(["s resource: resources of more than one cloud (aws, azure) and no provider to tell which is its own"]);
      const single = { name: "s", json: merge(resource("aws_vpc", "v", { cidr_block: "10.0.0.0/16" }), resource("random_id", "r", { byte_length: 4 })) };
      expect(checkOneCloudPerStack([single])).toEqual([]);
    });

    it("holds a global stack to its DNS cloud", () => {
      const global = awsStack("orders-global-aws", resource("azurerm_dns_cname_record", "c", { name: "x" }));
      expect(messages(checkOneCloudPerStack([global], { "orders-global-aws": "aws" }))).toEqual([
        expect.stringMatching(/^orders-global-aws azurerm_dns_cname_record\.c: resource type azurerm_dns_cname_record \(provider azurerm\) in a aws stack/),
      ]);
    });

    it("catches a real app whose AWS datacentre reads Azure state and configures an Azure provider", () => {
      const { app, service } = buildService();
      const aws = service.datacentreStacks.find((s) => s.datacentre.cloud === "aws")!;
      new DataTerraformRemoteStateAzurerm(aws, "peek-azure", { resourceGroupName: "tfstate", storageAccountName: "acmetfeastus", containerName: "tfstate", key: "x" });
      new AzurermProvider(aws, "intruder", { features: [{}], alias: "intruder" });
      const found = runInvariantChecks(app).filter((f) => f.check === "one-cloud-per-stack");
      expect(found.map((f) => [f.stack, f.address])).toEqual(expect.arrayContaining([
        ["orders-aws-us-east-1", "provider.azurerm"],
        ["orders-aws-us-east-1", "data.terraform_remote_state.peek-azure"],
      ]));
      expect(() => assertInvariants(app)).toThrow(InvariantViolationError);
      expect(() => assertInvariants(app)).toThrow(/\[orders-aws-us-east-1\] one-cloud-per-stack: data\.terraform_remote_state\.peek-azure: remote state read from backend "azurerm"/);
    });
  });

  describe("names within limits", () => {
    it("passes names within their rules, and skips names Terraform computes", () => {
      const stack = awsStack("a", merge(
        resource("aws_lb", "alb", { name: "orders-us-east-1" }),
        resource("aws_s3_bucket", "b", { bucket: "orders-logs-abc123" }),
        resource("aws_lb_target_group", "tg", { name: "${var.anything_at_all_longer_than_thirty_two}" }),
      ));
      expect(checkNamesWithinLimits([stack])).toEqual([]);
    });

    const cases: Array<[string, SynthesizedStack[], RegExp]> = [
      ["an ALB name past 32 characters", [awsStack("s", resource("aws_lb", "alb", { name: "a".repeat(33) }))], /aws_lb\.alb\.name: "a{33}" \(33 characters\) is outside the limits of aws_lb; allowed: 1-32/],
      ["an ALB name starting internal-", [awsStack("s", resource("aws_lb", "alb", { name: "internal-orders" }))], /aws_lb\.alb\.name: "internal-orders"/],
      ["a Key Vault name with a double hyphen", [azureStack("s", resource("azurerm_key_vault", "kv", { name: "kv--orders", resource_group_name: "rg" }))], /azurerm_key_vault\.kv\.name: "kv--orders"/],
      ["an upper-case storage account", [azureStack("s", resource("azurerm_storage_account", "sa", { name: "OrdersState" }))], /azurerm_storage_account\.sa\.name/],
      ["an S3 bucket name with capitals", [awsStack("s", resource("aws_s3_bucket", "b", { bucket: "Orders" }))], /aws_s3_bucket\.b\.bucket: "Orders"/],
      ["a global name used twice across stacks", [
        azureStack("s1", resource("azurerm_key_vault", "kv", { name: "orders-kv-abc123", resource_group_name: "rg1" })),
        azureStack("s2", resource("azurerm_key_vault", "kv", { name: "orders-kv-abc123", resource_group_name: "rg2" })),
      ], /^s2 azurerm_key_vault\.kv\.name: "orders-kv-abc123" is already used by s1\/azurerm_key_vault\.kv; allowed: a name unique within its global scope/],
      ["an account-wide name used in two regions", [
        awsStack("s1", resource("aws_iam_role", "r", { name: "orders-task" }), "us-east-1"),
        awsStack("s2", resource("aws_iam_role", "r", { name: "orders-task" }), "eu-west-1"),
      ], /already used by s1\/aws_iam_role\.r; allowed: a name unique within its account scope/],
      ["a regional name used twice in one region", [
        awsStack("s1", resource("aws_lb", "a", { name: "orders" })),
        awsStack("s2", resource("aws_lb", "a", { name: "orders" })),
      ], /already used by s1\/aws_lb\.a; allowed: a name unique within its region scope/],
    ];
    it.each(cases)("fails %s", (_label, stacks, message) => {
      const findings = checkNamesWithinLimits(stacks);
      expect(findings).toHaveLength(1);
      expect(messages(findings)[0]).toMatch(message);
    });

    it("allows the same regional name in two regions and the same resource-group name in two groups", () => {
      expect(checkNamesWithinLimits([
        awsStack("s1", resource("aws_lb", "a", { name: "orders" }), "us-east-1"),
        awsStack("s2", resource("aws_lb", "a", { name: "orders" }), "eu-west-1"),
        azureStack("s3", resource("azurerm_container_app", "app", { name: "orders", resource_group_name: "orders-eastus" })),
        azureStack("s4", resource("azurerm_container_app", "app", { name: "orders", resource_group_name: "orders-westeurope" })),
      ])).toEqual([]);
    });
  });

  describe("no plaintext secrets", () => {
    const names = { secretNames: ["DATABASE_URL"], secretValues: ["s3cr3t-canary"] };

    it("passes secrets declared by name, values by reference, and other env vars", () => {
      const stack = awsStack("a", merge(
        resource("aws_secretsmanager_secret", "s", { name: "orders/database_url" }),
        resource("aws_secretsmanager_secret_version", "v", { secret_id: "${aws_secretsmanager_secret.s.id}", secret_string: "${var.database_url}" }),
        resource("aws_ecs_task_definition", "t", { family: "orders", container_definitions: JSON.stringify([{ name: "app", environment: [{ name: "LOG_LEVEL", value: "info" }], secrets: [{ name: "DATABASE_URL", valueFrom: "arn" }] }]) }),
      ));
      const azure = azureStack("z", resource("azurerm_container_app", "app", {
        name: "orders",
        secret: [{ name: "database-url", key_vault_secret_id: "${azurerm_key_vault.kv.vault_uri}secrets/database-url", identity: "id" }],
        template: { container: [{ env: [{ name: "DATABASE_URL", secret_name: "database-url" }, { name: "LOG_LEVEL", value: "info" }] }] },
      }));
      expect(checkNoPlaintextSecrets([stack, azure], names)).toEqual([]);
    });

    const cases: Array<[string, SynthesizedStack, RegExp]> = [
      ["a literal secret_string", awsStack("s", resource("aws_secretsmanager_secret_version", "v", { secret_id: "x", secret_string: "hunter2" })), /aws_secretsmanager_secret_version\.v\.secret_string: a secret value written into the configuration/],
      ["a literal write-only secret_string_wo", awsStack("s", resource("aws_secretsmanager_secret_version", "v", { secret_id: "x", secret_string_wo: "hunter2" })), /secret_string_wo: a secret value written/],
      ["a literal mixed with a reference", awsStack("s", resource("aws_secretsmanager_secret_version", "v", { secret_id: "x", secret_string: "postgres://u:pw@${var.host}" })), /secret_string: a secret value written/],
      ["a literal Key Vault secret value", azureStack("s", resource("azurerm_key_vault_secret", "k", { name: "db", value: "hunter2", key_vault_id: "x" })), /azurerm_key_vault_secret\.k\.value/],
      ["a literal Container Apps secret", azureStack("s", resource("azurerm_container_app", "app", { name: "o", secret: [{ name: "db", value: "hunter2" }] })), /azurerm_container_app\.app\.secret\[0\]\.value: secret db carries a literal value/],
      ["a secret as a plain ECS environment variable", awsStack("s", resource("aws_ecs_task_definition", "t", { family: "o", container_definitions: JSON.stringify([{ name: "app", environment: [{ name: "DATABASE_URL", value: "x" }] }]) })), /container_definitions\[app\]\.environment\[0\]: secret DATABASE_URL is a plain environment variable/],
      ["a secret as a plain Container Apps env var", azureStack("s", resource("azurerm_container_app", "app", { name: "o", template: { container: [{ env: [{ name: "DATABASE_URL", value: "x" }] }] } })), /template\.container\.env\[0\]: secret DATABASE_URL is a plain environment variable/],
      ["a secret value anywhere, e.g. an output", awsStack("s", { output: { leak: { value: "prefix-s3cr3t-canary" } } }), /output\.leak\.value: contains a secret value/],
    ];
    it.each(cases)("fails %s", (_label, stack, message) => {
      const findings = checkNoPlaintextSecrets([stack], names);
      expect(findings.length).toBeGreaterThan(0);
      expect(messages(findings).join("\n")).toMatch(message);
    });

    it("catches a real app that writes a secret version with a literal value", () => {
      const { app, service } = buildService({ secrets: ["DATABASE_URL"] });
      new SecretsmanagerSecretVersion(service.datacentreStacks[0], "careless", { secretId: "arn:aws:secretsmanager:us-east-1:1:secret:x", secretString: "hunter2" });
      expect(runInvariantChecks(app).map((f) => [f.check, f.stack, f.address])).toEqual([["no-plaintext-secrets", "orders-aws-us-east-1", "aws_secretsmanager_secret_version.careless.secret_string"]]);
    });

    it("catches a secret's value passed through env in a real app", () => {
      const { app } = buildService({ secrets: ["DATABASE_URL"], env: { DB: "postgres://canary-value-91" } });
      const found = runInvariantChecks(app, { secretValues: ["canary-value-91"] });
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.check === "no-plaintext-secrets" && /contains a secret value/.test(f.message))).toBe(true);
    });
  });

  describe("HTTPS only", () => {
    it("passes an HTTP listener that only redirects, a TLS 1.2+ HTTPS listener and internet ingress on 443 and 80", () => {
      const stack = awsStack("a", merge(
        resource("aws_lb_listener", "http", { port: 80, protocol: "HTTP", default_action: [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", status_code: "HTTP_301" } }] }),
        resource("aws_lb_listener", "https", { port: 443, protocol: "HTTPS", ssl_policy: "ELBSecurityPolicy-TLS13-1-2-2021-06", default_action: [{ type: "forward", target_group_arn: "x" }] }),
        resource("aws_vpc_security_group_ingress_rule", "i443", { cidr_ipv4: "0.0.0.0/0", from_port: 443, to_port: 443, ip_protocol: "tcp" }),
        resource("aws_vpc_security_group_ingress_rule", "i80", { cidr_ipv6: "::/0", from_port: 80, to_port: 80, ip_protocol: "tcp" }),
        resource("aws_vpc_security_group_ingress_rule", "app", { referenced_security_group_id: "sg", from_port: 8080, to_port: 8080, ip_protocol: "tcp" }),
        resource("aws_route53_health_check", "hc", { type: "HTTPS", port: 443 }),
      ));
      const azure = azureStack("z", merge(
        resource("azurerm_container_app", "app", { name: "o", ingress: { allow_insecure_connections: false, external_enabled: true } }),
        resource("azurerm_traffic_manager_profile", "tm", { name: "o", monitor_config: { protocol: "HTTPS", port: 443 } }),
        resource("azurerm_storage_account", "sa", { name: "o", min_tls_version: "TLS1_2" }),
      ));
      expect(checkHttpsOnly([stack, azure])).toEqual([]);
    });

    const cases: Array<[string, SynthesizedStack, RegExp]> = [
      ["an HTTP listener that forwards", awsStack("s", resource("aws_lb_listener", "http", { port: 80, protocol: "HTTP", default_action: [{ type: "forward", target_group_arn: "x" }] })), /aws_lb_listener\.http\.default_action\[0\]: an HTTP listener that forwards; allowed: only a redirect to HTTPS/],
      ["a redirect to HTTP", awsStack("s", resource("aws_lb_listener", "http", { port: 80, protocol: "HTTP", default_action: { type: "redirect", redirect: { protocol: "HTTP", port: "8080" } } })), /an HTTP listener that redirects/],
      ["a forward rule on the HTTP listener", awsStack("s", merge(
        resource("aws_lb_listener", "http", { port: 80, protocol: "HTTP", default_action: [{ type: "redirect", redirect: { protocol: "HTTPS" } }] }),
        resource("aws_lb_listener_rule", "r", { listener_arn: "${aws_lb_listener.http.arn}", action: [{ type: "forward", target_group_arn: "x" }] }),
      )), /aws_lb_listener_rule\.r\.action\[0\]: a rule on an HTTP listener that forwards/],
      ["an HTTPS listener allowing TLS 1.0", awsStack("s", resource("aws_lb_listener", "https", { port: 443, protocol: "HTTPS", ssl_policy: "ELBSecurityPolicy-2016-08" })), /ssl_policy: TLS policy "ELBSecurityPolicy-2016-08"; allowed: a TLS 1.2\+ policy/],
      ["an HTTPS listener with a TLS13 policy that still allows 1.0", awsStack("s", resource("aws_lb_listener", "https", { port: 443, protocol: "HTTPS", ssl_policy: "ELBSecurityPolicy-TLS13-1-0-2021-06" })), /TLS13-1-0/],
      ["an HTTPS listener with the provider's default policy", awsStack("s", resource("aws_lb_listener", "https", { port: 443, protocol: "HTTPS" })), /provider default, which allows TLS 1\.0/],
      ["SSH open to the internet", awsStack("s", resource("aws_vpc_security_group_ingress_rule", "ssh", { cidr_ipv4: "0.0.0.0/0", from_port: 22, to_port: 22, ip_protocol: "tcp" })), /internet ingress on tcp 22; allowed: tcp 443, and tcp 80 only to redirect/],
      ["all traffic open in an inline ingress block", awsStack("s", resource("aws_security_group", "sg", { ingress: [{ cidr_blocks: ["0.0.0.0/0"], from_port: 0, to_port: 0, protocol: "-1" }] })), /aws_security_group\.sg\.ingress\[0\]: internet ingress on -1/],
      ["a port range in a security group rule", awsStack("s", resource("aws_security_group_rule", "r", { type: "ingress", cidr_blocks: ["0.0.0.0/0"], from_port: 80, to_port: 443, protocol: "tcp" })), /internet ingress on tcp 80-443/],
      ["a Container App accepting HTTP", azureStack("s", resource("azurerm_container_app", "app", { name: "o", ingress: [{ allow_insecure_connections: true }] })), /ingress\[0\]\.allow_insecure_connections: the app accepts plain HTTP/],
      ["a storage account accepting HTTP", azureStack("s", resource("azurerm_storage_account", "sa", { name: "o", https_traffic_only_enabled: false })), /https_traffic_only_enabled/],
      ["a storage account allowing TLS 1.0", azureStack("s", resource("azurerm_storage_account", "sa", { name: "o", min_tls_version: "TLS1_0" })), /min_tls_version: TLS1_0; allowed: TLS1_2 or later/],
      ["a Route 53 probe over HTTP", awsStack("s", resource("aws_route53_health_check", "hc", { type: "HTTP", port: 80 })), /aws_route53_health_check\.hc\.type: a HTTP probe; allowed: HTTPS/],
      ["a Traffic Manager probe over HTTP", azureStack("s", resource("azurerm_traffic_manager_profile", "tm", { name: "o", monitor_config: { protocol: "HTTP", port: 80 } })), /monitor_config\[0\]\.protocol: a HTTP probe; allowed: HTTPS/],
    ];
    it.each(cases)("fails %s", (_label, stack, message) => {
      const findings = checkHttpsOnly([stack]);
      expect(findings).toHaveLength(1);
      expect(messages(findings)[0]).toMatch(message);
    });

    it("catches a real app given a plain HTTP listener that forwards", () => {
      const { app, service } = buildService();
      new LbListener(service.datacentreStacks[0], "plain-http", { loadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/x/1", port: 8080, protocol: "HTTP", defaultAction: [{ type: "forward", targetGroupArn: "arn:tg" }] });
      // The policy pack refuses it too, at synth; with validations off this suite reports it on its own.
      expect(() => runInvariantChecks(app)).toThrow(/aws-alb-http-redirects-to-https/);
      const found = runInvariantChecks(app, { runValidations: false });
      expect(found.map((f) => [f.check, f.stack, f.address])).toEqual([["https-only", "orders-aws-us-east-1", "aws_lb_listener.plain-http.default_action[0]"]]);
    });
  });

  describe("capacity", () => {
    it("passes a model that carries its peak", () => {
      const { service } = buildService({ capacity: { minInstancesPerDatacentre: 3, peak: { instances: 6 } } });
      expect(checkCapacity(service.model)).toEqual([]);
    });

    it("fails the same model once a datacentre is drained, naming the failure and the fix", () => {
      const { service } = buildService({ capacity: { minInstancesPerDatacentre: 3, peak: { instances: 6 } } });
      const drained = { ...service.model, datacentres: service.model.datacentres.map((d) => (d.key === "azure-eastus" ? { ...d, drained: true } : d)) };
      expect(checkCapacity(drained)).toEqual([{
        check: "capacity", stack: "orders", address: "capacity.peak",
        message: expect.stringContaining("losing cloud aws leaves 3 instances at minimum capacity for a peak of 6; raise capacity.minInstancesPerDatacentre to 6"),
      }]);
    });
  });

  describe("assertInvariants", () => {
    it("lists every finding in one error", () => {
      const app = Testing.app();
      const service = new DualCloudService(app, "orders", BASE_PROPS);
      new LbListener(service.datacentreStacks[0], "plain-http", { loadBalancerArn: "arn", port: 8080, protocol: "HTTP", defaultAction: [{ type: "forward", targetGroupArn: "arn:tg" }] });
      new AzurermProvider(service.datacentreStacks[0], "intruder", { features: [{}] });
      let error: unknown;
      try {
        assertInvariants(app, { runValidations: false });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvariantViolationError);
      const e = error as InvariantViolationError;
      expect(e.findings.map((f) => f.check).sort()).toEqual(["https-only", "one-cloud-per-stack", "one-cloud-per-stack"]);
      expect(e.message).toMatch(/^dualcloud invariant checks failed \(3 findings\):\n\[orders-aws-us-east-1\] one-cloud-per-stack: provider\.azurerm: /);
    });
  });
});
