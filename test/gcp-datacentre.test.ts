import { DatacentreSpec, DualCloudServiceProps, renderServiceSummary, renderTopologyMermaid } from "../lib";
import { checkOneCloudPerStack, checkStableAddresses, expectedStackClouds, synthesizeStacks, terraformAddresses } from "../lib/checks";
import { cloudRunSize } from "../lib/constructs/gcp/cloud-run-sizing";
import { TerraformStack, Testing } from "cdktf";
import { GcpDatacentre, GcpDatacentreStack } from "../lib/gcp";
import { policyFindings } from "../lib/policy";
import { resolveServiceModel } from "../lib/validation/resolve-service";
import { BASE_PROPS, buildService, resourcesOfType, StackJson, synthService } from "./support/synth";

const FOUR: DatacentreSpec[] = [
  { cloud: "aws", region: "us-east-1" },
  { cloud: "aws", region: "eu-west-1" },
  { cloud: "azure", region: "eastus" },
  { cloud: "azure", region: "westeurope" },
];
const FIVE: DatacentreSpec[] = [...FOUR, { cloud: "gcp", region: "europe-west1" }];
const GCP = { projectId: "acme-orders" };
const PROPS: Partial<DualCloudServiceProps> = { datacentres: FIVE, gcp: GCP, secrets: ["DATABASE_URL"], env: { LOG_LEVEL: "info" } };

/** The one resource of `type` whose address contains `_<fragment>_`. */
function at(json: StackJson, type: string, fragment: string): StackJson {
  const hits = Object.entries((json.resource?.[type] ?? {}) as Record<string, StackJson>).filter(([n]) => n.includes(`_${fragment}_`));
  expect(hits.map(([n]) => n)).toHaveLength(1);
  return hits[0][1];
}

function ref(json: StackJson, type: string, fragment: string, attr: string): string {
  const hits = Object.keys(json.resource[type]).filter((n) => n.includes(`_${fragment}_`));
  expect(hits).toHaveLength(1);
  return `\${${type}.${hits[0]}.${attr}}`;
}

describe("GcpDatacentreStack", () => {
  describe("given five datacentres (2 AWS, 2 Azure, 1 GCP)", () => {
    const { app, service } = buildService(PROPS);
    const all = synthService(service);
    const json = all["orders-gcp-europe-west1"];

    it("creates a stack per datacentre plus the two global stacks, each of one cloud", () => {
      expect(Object.keys(all).sort()).toEqual([
        "orders-aws-eu-west-1", "orders-aws-us-east-1", "orders-azure-eastus", "orders-azure-westeurope", "orders-gcp-europe-west1", "orders-global-aws", "orders-global-azure",
      ]);
      expect(service.datacentreStacks[4]).toBeInstanceOf(GcpDatacentreStack);
      expect(checkOneCloudPerStack(synthesizeStacks(app), expectedStackClouds(app))).toEqual([]);
      expect(Object.keys(json.provider)).toEqual(["google"]);
      expect(Object.keys(json.terraform.required_providers)).toEqual(["google"]);
    });

    it("configures the google provider with the project, the region and the tags as labels", () => {
      expect(json.provider.google).toEqual([{ project: "acme-orders", region: "europe-west1", default_labels: { service: "orders", managed_by: "dualcloud", datacentre: "gcp-europe-west1" } }]);
    });

    it("runs the same image digest, port, env, secrets, size and instance bounds on Cloud Run, reachable only from the load balancer", () => {
      const run = at(json, "google_cloud_run_v2_service", "service");
      expect(run).toMatchObject({ name: "orders", location: "europe-west1", ingress: "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER", invoker_iam_disabled: true });
      const template = run.template;
      expect(template.service_account).toBe(ref(json, "google_service_account", "service-account", "email"));
      expect(template.scaling).toEqual({ min_instance_count: 2, max_instance_count: 10 });
      expect(template.max_instance_request_concurrency).toBe(50);
      expect(template.vpc_access).toEqual({
        egress: "ALL_TRAFFIC",
        network_interfaces: [{ network: ref(json, "google_compute_network", "network", "id"), subnetwork: ref(json, "google_compute_subnetwork", "subnet", "id") }],
      });
      const [container] = template.containers;
      expect(container.image).toBe(`europe-west1-docker.pkg.dev/acme-orders/orders/acme/orders@sha256:${"a".repeat(64)}`);
      expect(container.ports).toEqual({ container_port: 8080 });
      expect(container.resources).toEqual({ limits: { cpu: "1", memory: "1024Mi" }, cpu_idle: false, startup_cpu_boost: true });
      expect(container.env).toEqual([
        { name: "LOG_LEVEL", value: "info" },
        { name: "DATABASE_URL", value_source: { secret_key_ref: { secret: ref(json, "google_secret_manager_secret", "secret-DATABASE_URL", "secret_id"), version: "latest" } } },
      ]);
      expect(container.startup_probe).toEqual({ http_get: { path: "/health", port: 8080 }, period_seconds: 5, timeout_seconds: 3, failure_threshold: 48 });
      // Cloud Run's maximum startup window is 240 s (docs/gcp.md#startup-probe-budget): all of it, for Direct VPC egress's slow first connections.
      expect(container.startup_probe.period_seconds * container.startup_probe.failure_threshold).toBe(240);
      expect(container.liveness_probe).toEqual({ http_get: { path: "/health", port: 8080 }, period_seconds: 10, timeout_seconds: 5, failure_threshold: 3 });
    });

    it("reports the same runtime contract as the other clouds", () => {
      const contracts = service.datacentreStacks.map((s) => s.runtimeContract());
      expect(contracts).toHaveLength(5);
      for (const c of contracts) expect(c).toEqual(contracts[0]);
    });

    it("declares each secret by name only, replicated in the region, readable by the service account alone", () => {
      expect(at(json, "google_secret_manager_secret", "secret-DATABASE_URL")).toEqual({
        secret_id: "orders-europe-west1-DATABASE_URL",
        replication: { user_managed: { replicas: [{ location: "europe-west1" }] } },
        deletion_protection: true,
        annotations: { purpose: expect.stringContaining("gcloud secrets versions add") },
      });
      expect(resourcesOfType(json, "google_secret_manager_secret_version")).toEqual([]);
      expect(resourcesOfType(json, "google_secret_manager_secret_iam_member")).toEqual([
        { secret_id: ref(json, "google_secret_manager_secret", "secret-DATABASE_URL", "id"), role: "roles/secretmanager.secretAccessor", member: ref(json, "google_service_account", "service-account", "member") },
      ]);
      expect(Object.keys(json.resource).filter((t) => /iam_(member|binding|policy)$/.test(t))).toEqual(["google_kms_crypto_key_iam_member", "google_secret_manager_secret_iam_member"]);
      expect(at(json, "google_service_account", "service-account").account_id).toBe("orders-europe-west1");
    });

    it("keeps the image in an immutable Docker repository protected from destroy", () => {
      expect(at(json, "google_artifact_registry_repository", "repository")).toMatchObject({
        location: "europe-west1",
        repository_id: "orders",
        format: "DOCKER",
        docker_config: { immutable_tags: true },
        lifecycle: { prevent_destroy: true },
      });
    });

    it("encrypts the repository with a 90-day-rotated key in its region, which the Artifact Registry service agent may use before the repository exists", () => {
      const ring = at(json, "google_kms_key_ring", "key-ring");
      expect(ring).toMatchObject({ name: "orders-europe-west1", location: "europe-west1" });
      expect(at(json, "google_kms_crypto_key", "registry-key")).toMatchObject({
        name: "orders-registry",
        key_ring: ref(json, "google_kms_key_ring", "key-ring", "id"),
        purpose: "ENCRYPT_DECRYPT",
        rotation_period: "7776000s",
        lifecycle: { prevent_destroy: true },
      });
      const project = Object.keys(json.data.google_project)[0];
      expect(at(json, "google_kms_crypto_key_iam_member", "registry-key-access")).toMatchObject({
        crypto_key_id: ref(json, "google_kms_crypto_key", "registry-key", "id"),
        role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
        member: `serviceAccount:service-\${data.google_project.${project}.number}@gcp-sa-artifactregistry.iam.gserviceaccount.com`,
      });
      const repository = at(json, "google_artifact_registry_repository", "repository");
      expect(repository.kms_key_name).toBe(ref(json, "google_kms_crypto_key", "registry-key", "id"));
      expect(repository.depends_on).toEqual([expect.stringMatching(/^google_kms_crypto_key_iam_member\..*registry-key-access/)]);
    });

    it("keeps the service's logs in a regional bucket for logRetentionDays", () => {
      expect(at(json, "google_logging_project_bucket_config", "log-bucket")).toMatchObject({ project: "acme-orders", location: "europe-west1", bucket_id: "orders-europe-west1", retention_days: 30 });
      expect(at(json, "google_logging_project_sink", "log-sink")).toMatchObject({
        destination: "logging.googleapis.com/projects/acme-orders/locations/europe-west1/buckets/orders-europe-west1",
        filter: 'resource.type="cloud_run_revision" AND resource.labels.service_name="orders" AND resource.labels.location="europe-west1"',
        unique_writer_identity: true,
      });
    });

    it("serves HTTPS through a global external load balancer with a TLS 1.2 policy, and HTTP only redirects", () => {
      expect(at(json, "google_compute_region_network_endpoint_group", "neg")).toMatchObject({ region: "europe-west1", network_endpoint_type: "SERVERLESS", cloud_run: { service: ref(json, "google_cloud_run_v2_service", "service", "name") } });
      expect(at(json, "google_compute_backend_service", "backend")).toMatchObject({
        load_balancing_scheme: "EXTERNAL_MANAGED",
        backend: [{ group: ref(json, "google_compute_region_network_endpoint_group", "neg", "id") }],
        log_config: { enable: true, sample_rate: 1 },
      });
      expect(at(json, "google_compute_ssl_policy", "ssl-policy")).toMatchObject({ profile: "MODERN", min_tls_version: "TLS_1_2" });
      expect(at(json, "google_compute_target_https_proxy", "https-proxy")).toMatchObject({
        url_map: ref(json, "google_compute_url_map", "url-map", "id"),
        ssl_policy: ref(json, "google_compute_ssl_policy", "ssl-policy", "id"),
        certificate_map: `//certificatemanager.googleapis.com/${ref(json, "google_certificate_manager_certificate_map", "certificate-map", "id")}`,
      });
      const address = ref(json, "google_compute_global_address", "address", "id");
      expect(at(json, "google_compute_global_forwarding_rule", "https-forwarding-rule")).toMatchObject({ port_range: "443", ip_address: address, load_balancing_scheme: "EXTERNAL_MANAGED", target: ref(json, "google_compute_target_https_proxy", "https-proxy", "id") });
      expect(at(json, "google_compute_global_forwarding_rule", "http-forwarding-rule")).toMatchObject({ port_range: "80", ip_address: address, target: ref(json, "google_compute_target_http_proxy", "http-proxy", "id") });
      expect(at(json, "google_compute_url_map", "redirect-url-map").default_url_redirect).toEqual({ https_redirect: true, strip_query: false, redirect_response_code: "MOVED_PERMANENTLY_DEFAULT" });
      expect(at(json, "google_compute_url_map", "redirect-url-map").default_service).toBeUndefined();
    });

    it("certifies <domain> and the endpoint hostname through DNS authorizations that work wherever the name resolves", () => {
      expect(at(json, "google_certificate_manager_certificate", "certificate")).toMatchObject({ name: "orders-europe-west1", managed: {
        domains: ["europe-west1.gcp.orders.example.com"],
        dns_authorizations: [ref(json, "google_certificate_manager_dns_authorization", "endpoint-dns-authorization", "id")],
      } });
      expect(at(json, "google_certificate_manager_certificate", "domain-certificate")).toMatchObject({ name: "orders-europe-west1-domain", managed: {
        domains: ["orders.example.com"],
        dns_authorizations: [ref(json, "google_certificate_manager_dns_authorization", "domain-dns-authorization", "id")],
      } });
      expect(at(json, "google_certificate_manager_dns_authorization", "domain-dns-authorization")).toMatchObject({ domain: "orders.example.com", location: "global", type: "FIXED_RECORD" });
      expect(at(json, "google_dns_record_set", "domain-dns-authorization-record")).toMatchObject({
        name: "_acme-challenge.gcp.orders.example.com.",
        type: "CNAME",
        rrdatas: [expect.stringMatching(/dns_resource_record\[0\]\.data\}$/)],
      });
      expect(at(json, "google_dns_record_set", "endpoint-dns-authorization-record")).toMatchObject({ name: "_acme-challenge.europe-west1.gcp.orders.example.com.", type: "CNAME" });
      const entries = resourcesOfType(json, "google_certificate_manager_certificate_map_entry");
      expect(entries.map((e) => e.hostname ?? e.matcher).sort()).toEqual(["PRIMARY", "europe-west1.gcp.orders.example.com", "orders.example.com"]);
    });

    it("serves the endpoint hostname and SNI-less clients from the endpoint certificate, so the health-checked name never waits for the <domain> authorization", () => {
      const endpointCertificate = ref(json, "google_certificate_manager_certificate", "certificate", "id");
      const domainCertificate = ref(json, "google_certificate_manager_certificate", "domain-certificate", "id");
      expect(at(json, "google_certificate_manager_certificate_map_entry", "certificate-map-endpoint")).toMatchObject({ hostname: "europe-west1.gcp.orders.example.com", certificates: [endpointCertificate] });
      expect(at(json, "google_certificate_manager_certificate_map_entry", "certificate-map-primary")).toMatchObject({ matcher: "PRIMARY", certificates: [endpointCertificate] });
      expect(at(json, "google_certificate_manager_certificate_map_entry", "certificate-map-domain")).toMatchObject({ hostname: "orders.example.com", certificates: [domainCertificate] });
    });

    it("hosts gcp.<domain> in a DNSSEC-signed Cloud DNS zone protected from destroy, with the endpoint's A record on the load balancer", () => {
      expect(at(json, "google_dns_managed_zone", "zone")).toMatchObject({ name: "orders-gcp", dns_name: "gcp.orders.example.com.", visibility: "public", dnssec_config: { state: "on" }, lifecycle: { prevent_destroy: true } });
      expect(at(json, "google_dns_record_set", "endpoint-record")).toMatchObject({
        managed_zone: "orders-gcp",
        name: "europe-west1.gcp.orders.example.com.",
        type: "A",
        ttl: 60,
        rrdatas: [ref(json, "google_compute_global_address", "address", "address")],
      });
      expect(json.output.name_servers.value).toBe(ref(json, "google_dns_managed_zone", "zone", "name_servers"));
    });

    it("sends egress through a private subnet from the datacentre CIDR with flow logs, Private Google Access and Cloud NAT", () => {
      expect(service.model.datacentres[4].cidr).toBe("10.142.0.0/16");
      expect(at(json, "google_compute_network", "network")).toMatchObject({ auto_create_subnetworks: false });
      expect(at(json, "google_compute_subnetwork", "subnet")).toMatchObject({
        ip_cidr_range: "10.142.0.0/20",
        private_ip_google_access: true,
        log_config: { aggregation_interval: "INTERVAL_5_SEC", flow_sampling: 0.5, metadata: "INCLUDE_ALL_METADATA" },
      });
      expect(at(json, "google_compute_router_nat", "nat")).toMatchObject({ source_subnetwork_ip_ranges_to_nat: "LIST_OF_SUBNETWORKS", nat_ip_allocate_option: "AUTO_ONLY" });
    });

    it("keeps state locally and warns when stateBackend.gcp is not set", () => {
      expect(json.terraform.backend).toBeUndefined();
      const warnings = service.datacentreStacks[4].node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
      expect(warnings).toEqual([expect.stringContaining("stateBackend.gcp is not set")]);
    });

    it("is health-checked and routed by both global layers like any other datacentre", () => {
      const r53 = all["orders-global-aws"];
      const checks = resourcesOfType(r53, "aws_route53_health_check");
      expect(checks.map((c) => c.fqdn).sort()).toEqual([
        "eastus.azure.orders.example.com", "eu-west-1.aws.orders.example.com", "europe-west1.gcp.orders.example.com", "us-east-1.aws.orders.example.com", "westeurope.azure.orders.example.com",
      ]);
      expect(checks.every((c) => c.type === "HTTPS" && c.port === 443 && c.resource_path === "/health")).toBe(true);
      expect(at(r53, "aws_route53_record", "answer-gcp-europe-west1")).toMatchObject({ records: ["europe-west1.gcp.orders.example.com"], name: "eu-west-3.latency.orders.example.com" });
      const tm = all["orders-global-azure"];
      expect(Object.values(tm.resource.azurerm_traffic_manager_external_endpoint as Record<string, StackJson>).map((e) => e.target)).toHaveLength(5);
      expect(at(tm, "azurerm_traffic_manager_external_endpoint", "gcp-europe-west1")).toMatchObject({ target: "europe-west1.gcp.orders.example.com", endpoint_location: "francecentral", enabled: true });
    });

    it("has both global layers CNAME _acme-challenge.<domain> to the GCP subtree, and warn until gcp.<domain> can be delegated", () => {
      expect(at(all["orders-global-aws"], "aws_route53_record", "gcp-verification")).toMatchObject({ name: "_acme-challenge.orders.example.com", type: "CNAME", ttl: 3600, records: ["_acme-challenge.gcp.orders.example.com"] });
      expect(at(all["orders-global-azure"], "azurerm_dns_cname_record", "gcp-verification")).toMatchObject({ name: "_acme-challenge.orders", ttl: 3600, record: "_acme-challenge.gcp.orders.example.com" });
      const warnings = [service.route53Stack, service.trafficManagerStack].flatMap((s) => s.node.findAll()).flatMap((c) => c.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data)));
      expect(warnings.filter((w) => w.includes("dns.nameServers.gcp is empty"))).toHaveLength(2);
    });

    it("shows the GCP datacentre in the summary and the topology diagram", () => {
      expect(renderServiceSummary(service)).toMatch(/\n {4}GCP {4}europe-west1 +orders-gcp-europe-west1 +europe-west1\.gcp\.orders\.example\.com {2}waf block\n/);
      const diagram = renderTopologyMermaid(service.model);
      expect(diagram).toContain('  subgraph orders_gcp["GCP"]\n    orders_gcp_europe_west1["orders-gcp-europe-west1<br/>europe-west1.gcp.orders.example.com"]\n  end');
      expect(diagram).toContain('  orders_global_aws -->|"HTTPS 443 /health"| orders_gcp_europe_west1');
      expect(diagram).toContain('  orders_global_azure -->|"HTTPS 443 /health"| orders_gcp_europe_west1');
    });

    it("delegates gcp.<domain> from Route 53 and Azure DNS once dns.nameServers.gcp is set", () => {
      const ns = ["ns-cloud-a1.googledomains.com.", "ns-cloud-a2.googledomains.com.", "ns-cloud-a3.googledomains.com.", "ns-cloud-a4.googledomains.com."];
      const withNs = synthService(buildService({ ...PROPS, dns: { nameServers: { gcp: ns } } }).service);
      expect(at(withNs["orders-global-aws"], "aws_route53_record", "gcp-delegation")).toMatchObject({ name: "gcp.orders.example.com", type: "NS", records: ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com", "ns-cloud-a3.googledomains.com", "ns-cloud-a4.googledomains.com"] });
      expect(at(withNs["orders-global-azure"], "azurerm_dns_ns_record", "gcp-delegation")).toMatchObject({ name: "gcp.orders", records: ns });
    });
  });

  describe("given a second GCP datacentre", () => {
    const { service } = buildService({ ...PROPS, datacentres: [...FIVE, { cloud: "gcp", region: "us-central1" }] });
    const all = synthService(service);
    const second = all["orders-gcp-us-central1"];

    it("writes its records into the first one's zone and uses the shared <domain> authorization by ID, deploying after it", () => {
      expect(second.resource.google_dns_managed_zone).toBeUndefined();
      expect(second.resource.google_certificate_manager_dns_authorization).toBeDefined();
      expect(at(second, "google_dns_record_set", "endpoint-record")).toMatchObject({ managed_zone: "orders-gcp", name: "us-central1.gcp.orders.example.com." });
      expect(at(second, "google_certificate_manager_certificate", "domain-certificate").managed.dns_authorizations).toEqual(["projects/acme-orders/locations/global/dnsAuthorizations/orders-domain"]);
      expect(at(second, "google_certificate_manager_certificate", "certificate").managed.dns_authorizations).toEqual([ref(second, "google_certificate_manager_dns_authorization", "endpoint-dns-authorization", "id")]);
      const stack = service.datacentreStacks[5];
      expect(stack.dependencies.map((d) => d.node.id)).toEqual(["orders-gcp-europe-west1"]);
      expect(second.data?.terraform_remote_state).toBeUndefined();
      expect(second.output.name_servers).toBeUndefined();
    });

    it("moves nothing when gcp.dnsZoneRegion pins the owner and a new GCP datacentre is listed first", () => {
      const before = terraformAddresses(synthesizeStacks(buildService({ ...PROPS, datacentres: [...FIVE, { cloud: "gcp", region: "us-central1" }] }).app));
      const reordered = [{ cloud: "gcp", region: "asia-east1" } as const, ...FIVE, { cloud: "gcp", region: "us-central1" } as const];
      const after = terraformAddresses(synthesizeStacks(buildService({ ...PROPS, datacentres: reordered, gcp: { ...GCP, dnsZoneRegion: "europe-west1" } }).app));
      expect(checkStableAddresses(before, after)).toEqual([]);
    });
  });

  describe("the AWS and Azure stacks", () => {
    it("keep every Terraform address when a GCP datacentre is added", () => {
      const before = terraformAddresses(synthesizeStacks(buildService({ datacentres: FOUR, secrets: ["DATABASE_URL"] }).app));
      const after = terraformAddresses(synthesizeStacks(buildService({ datacentres: FIVE, gcp: GCP, secrets: ["DATABASE_URL"] }).app));
      for (const stack of Object.keys(before).filter((s) => !s.includes("global"))) expect([stack, after[stack]]).toEqual([stack, before[stack]]);
      expect(checkStableAddresses(before, after)).toEqual([]);
    });
  });

  describe("given a datacentre of another cloud", () => {
    it("refuses it with the library's error", () => {
      const model = resolveServiceModel("orders", "orders", { ...BASE_PROPS, ...PROPS });
      const aws = model.datacentres.find((d) => d.cloud === "aws")!;
      const stack = new TerraformStack(Testing.app(), "platform");
      expect(() => new GcpDatacentre(stack, aws.key, { service: model, datacentre: aws })).toThrow(
        /\[platform\/aws-us-east-1\] datacentre\.cloud: received "aws"; allowed: "gcp": GcpDatacentre builds gcp datacentres only/,
      );
    });
  });

  describe("given an image by tag (allowMutableImageTag)", () => {
    it("accepts moved tags in the repository and records the intended exception, as on AWS", () => {
      const { service } = buildService({ ...PROPS, image: "ghcr.io/acme/orders:1.2.3", allowMutableImageTag: true });
      const json = synthService(service)["orders-gcp-europe-west1"];
      expect(at(json, "google_artifact_registry_repository", "repository").docker_config).toEqual({ immutable_tags: false });
      const gcp = service.datacentreStacks.find((s) => s instanceof GcpDatacentreStack) as GcpDatacentreStack;
      expect(policyFindings(gcp).filter((f) => f.ruleId === "gcp-artifact-registry-immutable-tags")).toEqual([]);
    });
  });

  describe("given the foundation stage", () => {
    it("creates secrets, registry, certificate and DNS but no Cloud Run service or load balancer", () => {
      const { service } = buildService({ ...PROPS, gcp: { ...GCP, stages: { "europe-west1": "foundation" } } });
      const json = synthService(service)["orders-gcp-europe-west1"];
      expect(json.resource.google_cloud_run_v2_service).toBeUndefined();
      expect(json.resource.google_compute_global_forwarding_rule).toBeUndefined();
      expect(Object.keys(json.resource)).toEqual(expect.arrayContaining(["google_secret_manager_secret", "google_artifact_registry_repository", "google_certificate_manager_certificate", "google_dns_record_set"]));
      expect(() => (service.datacentreStacks[4] as GcpDatacentreStack).runtimeContract()).toThrow(/gcp\.stages\.europe-west1: received "foundation"; allowed: a stage that runs the Cloud Run service \("serving"\)/);
    });
  });

  describe("given remote state", () => {
    it("keeps each stack's state in the region's GCS bucket", () => {
      const { service } = buildService({ ...PROPS, stateBackend: { gcp: { bucketNamePrefix: "acme-tfstate" } } });
      expect(synthService(service)["orders-gcp-europe-west1"].terraform.backend).toEqual({ gcs: { bucket: "acme-tfstate-europe-west1", prefix: "dualcloud/orders-gcp-europe-west1" } });
    });
  });

  describe("validation", () => {
    it("requires gcp.projectId when a GCP datacentre is listed, naming the field", () => {
      expect(() => buildService({ datacentres: FIVE })).toThrow(/gcp\.projectId: received undefined; allowed: a Google Cloud project ID.*required because datacentres include gcp europe-west1/);
      expect(() => buildService({ datacentres: FIVE, gcp: { projectId: "Acme" } })).toThrow(/gcp\.projectId: received "Acme"/);
      expect(() => buildService({ datacentres: FIVE, gcp: { ...GCP, dnsZoneRegion: "us-central1" } })).toThrow(/gcp\.dnsZoneRegion: received "us-central1"; allowed: one of "europe-west1"/);
      expect(() => buildService({ datacentres: FIVE, gcp: { ...GCP, stages: { "us-central1": "foundation" } } })).toThrow(/gcp\.stages\.us-central1/);
      expect(buildService({ datacentres: FOUR, gcp: GCP }).service.model.clouds.gcp).toBeUndefined();
    });

    it("refuses an unknown GCP region with the nearest names, and a bad state bucket prefix", () => {
      expect(() => buildService({ ...PROPS, datacentres: [...FOUR, { cloud: "gcp", region: "europe-west99" }] })).toThrow(/datacentres\[4\]\.region: received "europe-west99"; allowed: a known gcp region; nearest: europe-west/);
      expect(() => buildService({ ...PROPS, stateBackend: { gcp: { bucketNamePrefix: "google-state" } } })).toThrow(/stateBackend\.gcp\.bucketNamePrefix: received "google-state"/);
    });

    it("refuses tags that collide as Google Cloud labels", () => {
      expect(() => buildService({ ...PROPS, tags: { CostCentre: "a", costcentre: "b" } })).toThrow(/tags\.costcentre: received "costcentre"; allowed: a tag key that stays distinct from tags\.CostCentre/);
      expect(() => buildService({ datacentres: FOUR, tags: { CostCentre: "a", costcentre: "b" } })).not.toThrow();
    });
  });
});

describe("cloudRunSize", () => {
  it.each([
    [0.25, 512, "1", "512Mi"],
    [0.5, 1024, "1", "1024Mi"],
    [2, 4096, "2", "4096Mi"],
    [1, 6144, "2", "6144Mi"],
    [4, 1024, "4", "2048Mi"],
    [2, 20480, "6", "20480Mi"],
    [4, 30720, "8", "30720Mi"],
  ])("gives %s vCPU / %s MiB the Cloud Run limits %s / %s", (cpu, memory, wantCpu, wantMemory) => {
    expect(cloudRunSize(cpu, memory).limits).toEqual({ cpu: wantCpu, memory: wantMemory });
  });
});
