import { Testing } from "cdktf";
import { DatacentreSpec, DualCloudService, DualCloudServiceProps, DualCloudValidationError, STAGE_ENV } from "../lib";
import { describeWithGcp, itWithGcp } from "./support/core";
import { BASE_PROPS, FIVE_DATACENTRES, resourceAddresses, StackJson, synthService } from "./support/synth";

/** One rollout model on every cloud: `stage` on the service and on each datacentre (issue #14, item 5). */
const SECRETS: Partial<DualCloudServiceProps> = { secrets: ["DATABASE_URL"] };
const FIVE: Partial<DualCloudServiceProps> = { ...SECRETS, datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" } };
const DEFAULT_KEYS = ["aws-us-east-1", "aws-eu-west-1", "azure-eastus", "azure-westeurope"];
const FIVE_KEYS = FIVE_DATACENTRES.map((d) => `${d.cloud}-${d.region}`);

/** Per cloud: the workload; what it needs and must exist first (registry, secret containers, identity); its public edge. */
const WORKLOAD: Record<string, string> = { aws: "aws_ecs_service", azure: "azurerm_container_app", gcp: "google_cloud_run_v2_service" };
const CONTAINERS: Record<string, string[]> = {
  aws: ["aws_ecr_repository", "aws_secretsmanager_secret", "aws_iam_role", "aws_kms_key", "aws_ecs_cluster", "aws_acm_certificate"],
  azure: ["azurerm_container_registry", "azurerm_key_vault", "azurerm_user_assigned_identity", "azurerm_role_assignment", "azurerm_container_app_environment"],
  gcp: ["google_artifact_registry_repository", "google_secret_manager_secret", "google_service_account", "google_certificate_manager_certificate"],
};
const EDGE: Record<string, string[]> = {
  aws: ["aws_lb", "aws_wafv2_web_acl", "aws_route53_record"],
  azure: ["azurerm_application_gateway", "azurerm_web_application_firewall_policy"],
  gcp: ["google_compute_global_forwarding_rule", "google_compute_security_policy"],
};

function build(props: Partial<DualCloudServiceProps>, options: { context?: Record<string, string> } = {}): DualCloudService {
  return new DualCloudService(Testing.app({ ...options }), "orders", { ...BASE_PROPS, ...props });
}

function types(json: StackJson): string[] {
  return Object.keys(json.resource ?? {});
}

/** `datacentre key: type` for every type in `wanted` the datacentre's stack has (present) or lacks. */
function inventory(all: Record<string, StackJson>, keys: readonly string[], wanted: (cloud: string) => string[], present: boolean): string[] {
  return keys.flatMap((key) => {
    const cloud = key.split("-")[0];
    const have = types(all[`orders-${key}`]);
    return wanted(cloud).filter((t) => have.includes(t) === present).map((t) => `${key}: ${t}`);
  });
}

/** Runs `fn` with DUALCLOUD_STAGE set to `value`, restoring it afterwards. */
function withStageEnv<T>(value: string, fn: () => T): T {
  const before = process.env[STAGE_ENV];
  process.env[STAGE_ENV] = value;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env[STAGE_ENV];
    else process.env[STAGE_ENV] = before;
  }
}

/** The check, for one app: no workload at foundation, everything at serving, foundation addresses kept. */
function stageChecks(props: Partial<DualCloudServiceProps>, keys: readonly string[]): void {
  const foundation = synthService(build({ ...props, stage: "foundation" }));
  const serving = synthService(build(props));

  it("at foundation: no datacentre contains a workload or its edge", () => {
    expect(inventory(foundation, keys, (c) => [WORKLOAD[c], ...EDGE[c].filter((t) => t !== "aws_route53_record")], true)).toEqual([]);
    expect(keys.filter((k) => k.startsWith("aws-")).flatMap((k) => resourceAddresses(foundation[`orders-${k}`]).filter((a) => a.includes("endpoint-record")))).toEqual([]);
  });

  it("at foundation: every datacentre contains its registry, secret containers, identity and keys", () => {
    expect(inventory(foundation, keys, (c) => CONTAINERS[c], false)).toEqual([]);
  });

  it("at serving (the default): every datacentre contains all of them, workload and edge included", () => {
    expect(inventory(serving, keys, (c) => [WORKLOAD[c], ...CONTAINERS[c], ...EDGE[c]], false)).toEqual([]);
  });

  it("keeps every foundation address at serving: going to serving only adds", () => {
    expect(keys.flatMap((k) => resourceAddresses(foundation[`orders-${k}`]).filter((a) => !resourceAddresses(serving[`orders-${k}`]).includes(a)))).toEqual([]);
    expect(keys.every((k) => resourceAddresses(serving[`orders-${k}`]).length > resourceAddresses(foundation[`orders-${k}`]).length)).toBe(true);
  });
}

describe("deploy stages", () => {
  describe("given the default app", () => stageChecks(SECRETS, DEFAULT_KEYS));
  describeWithGcp("given the five-datacentre app (AWS, Azure, GCP)", () => stageChecks(FIVE, FIVE_KEYS));

  describe("given the serving stage on AWS", () => {
    const all = synthService(build(SECRETS));

    it("makes the apply wait for a steady ECS service, so a service that cannot start fails the apply", () => {
      const services = Object.values(all["orders-aws-us-east-1"].resource.aws_ecs_service) as StackJson[];
      expect(services.map((s) => s.wait_for_steady_state)).toEqual([true]);
    });

    it("outputs the load balancer only when it exists", () => {
      const foundation = synthService(build({ ...SECRETS, stage: "foundation" }));
      expect(Object.keys(all["orders-aws-us-east-1"].output)).toEqual(expect.arrayContaining(["load_balancer_dns_name", "repository_url", "secret_arns"]));
      expect(Object.keys(foundation["orders-aws-us-east-1"].output)).not.toContain("load_balancer_dns_name");
      expect(Object.keys(foundation["orders-aws-us-east-1"].output)).toEqual(expect.arrayContaining(["repository_url", "secret_arns"]));
    });
  });

  describe("choosing the stage", () => {
    const stages = (service: DualCloudService) => Object.fromEntries(service.model.datacentres.map((d) => [d.key, d.stage]));

    it("defaults to serving, so an app written before stages existed plans no change", () => {
      expect(Object.values(stages(build({})))).toEqual(["serving", "serving", "serving", "serving"]);
    });

    itWithGcp("takes datacentres[].stage over the service-wide stage", () => {
      const datacentres: DatacentreSpec[] = [...FIVE_DATACENTRES.slice(0, 4), { cloud: "gcp", region: "europe-west1", stage: "foundation" }];
      expect(stages(build({ ...FIVE, datacentres }))).toEqual({ "aws-us-east-1": "serving", "aws-eu-west-1": "serving", "azure-eastus": "serving", "azure-westeurope": "serving", "gcp-europe-west1": "foundation" });
    });

    itWithGcp("takes DUALCLOUD_STAGE over both, for one synth: a bare stage for every datacentre, <datacentre>=<stage> for one", () => {
      expect(withStageEnv("foundation", () => Object.values(stages(build({ stage: "serving" }))))).toEqual(["foundation", "foundation", "foundation", "foundation"]);
      const one = withStageEnv("serving, gcp-europe-west1=foundation", () => stages(build({ ...FIVE, stage: "foundation" })));
      expect(one).toEqual({ "aws-us-east-1": "serving", "aws-eu-west-1": "serving", "azure-eastus": "serving", "azure-westeurope": "serving", "gcp-europe-west1": "foundation" });
    });

    it("reads the cdktf context dualcloud:stage when DUALCLOUD_STAGE is unset", () => {
      const before = process.env[STAGE_ENV];
      delete process.env[STAGE_ENV];
      try {
        expect(Object.values(stages(build({}, { context: { "dualcloud:stage": "azure-eastus=foundation" } })))).toEqual(["serving", "serving", "foundation", "serving"]);
      } finally {
        if (before !== undefined) process.env[STAGE_ENV] = before;
      }
    });

    it("refuses an unknown stage by field, value and the allowed values", () => {
      expect(() => build({ stage: "bound" as never })).toThrow(DualCloudValidationError);
      expect(() => build({ stage: "bound" as never })).toThrow(/\] stage: received "bound"; allowed: one of "foundation", "serving"/);
      expect(() => build({ datacentres: [{ ...FIVE_DATACENTRES[0], stage: "workload" as never }, FIVE_DATACENTRES[2]] })).toThrow(/datacentres\[0\]\.stage: received "workload"; allowed: one of "foundation", "serving"/);
    });

    it("refuses a malformed override, naming DUALCLOUD_STAGE, before any stack exists", () => {
      const app = Testing.app();
      expect(() => withStageEnv("fundation", () => new DualCloudService(app, "orders", BASE_PROPS))).toThrow(/\] DUALCLOUD_STAGE: received "fundation"; allowed: one of "foundation", "serving"/);
      expect(app.node.findAll().filter((c) => c.node.id.startsWith("orders-"))).toEqual([]);
      expect(() => withStageEnv("aws-us-west-2=foundation", () => build({}))).toThrow(/DUALCLOUD_STAGE: received "aws-us-west-2=foundation"; allowed: .*\(aws-us-east-1, aws-eu-west-1, azure-eastus, azure-westeurope\)/);
      expect(() => withStageEnv("foundation,serving", () => build({}))).toThrow(/DUALCLOUD_STAGE: received "foundation,serving"; allowed: .*at most one bare stage/);
      expect(() => withStageEnv("aws-us-east-1=foundation=serving", () => build({}))).toThrow(/DUALCLOUD_STAGE: received "aws-us-east-1=foundation=serving"/);
    });

    it("treats an empty DUALCLOUD_STAGE as unset", () => {
      expect(withStageEnv("", () => Object.values(stages(build({ stage: "foundation" }))))).toEqual(["foundation", "foundation", "foundation", "foundation"]);
    });
  });

  describe("the deprecated per-cloud stage maps", () => {
    itWithGcp("still apply, with a warning naming the new prop", () => {
      const service = build({ ...FIVE, azure: { stages: { eastus: "foundation" } }, gcp: { projectId: "acme-orders", stages: { "europe-west1": "foundation" } } });
      const all = synthService(service);
      expect(types(all["orders-azure-eastus"])).not.toContain("azurerm_container_app");
      expect(types(all["orders-azure-westeurope"])).toContain("azurerm_container_app");
      expect(types(all["orders-gcp-europe-west1"])).not.toContain("google_cloud_run_v2_service");
      const warnings = service.datacentreStacks.flatMap((s) => s.node.findAll()).flatMap((c) => c.node.metadata).filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
      expect(warnings.filter((w) => /deprecated/.test(w))).toEqual([
        expect.stringMatching(/azure\.stages\.eastus = "foundation" is deprecated .*use stage or datacentres\[\]\.stage/),
        expect.stringMatching(/gcp\.stages\.europe-west1 = "foundation" is deprecated .*use stage or datacentres\[\]\.stage/),
      ]);
    });

    it("name the deprecated field when a foundation datacentre is asked what it runs", () => {
      const legacy = build({ azure: { stages: { eastus: "foundation" } } });
      expect(() => legacy.datacentreStacks[2].runtimeContract()).toThrow(/azure\.stages\.eastus: received "foundation"; allowed: a stage that runs the container app \("serving"\)/);
      const current = build({ stage: "foundation" });
      expect(() => current.datacentreStacks[0].runtimeContract()).toThrow(/\] stage: received "foundation"; allowed: a stage that runs the ECS service \("serving"\)/);
    });
  });
});
