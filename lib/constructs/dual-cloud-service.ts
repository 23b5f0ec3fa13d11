import { Annotations, TerraformStack } from "cdktf";
import { GLOBAL_LAYERS } from "../clouds/registry";
import { Construct } from "constructs";
import { checkFutureFlags } from "../core/future-flags";
import { alertsGoNowhere } from "../model/alerts";
import { cloudsOf } from "../model/cloud";
import { DualCloudServiceProps } from "../model/props";
import { ServiceModel } from "../model/service-model";
import { disableTokenStackTraces } from "../private/token-stack-traces";
import { DualCloudPolicy, PolicyPack } from "../policy/policy-pack";
import { FieldChecker } from "../validation/checker";
import { resolveServiceModel, SERVICE_NAME, SERVICE_NAME_ALLOWED } from "../validation/resolve-service";
import { STAGE_CONTEXT, STAGE_ENV, StageOverride } from "../validation/stage-override";
import { loadAdapter } from "./adapters";
import { DatacentreStack } from "./datacentre-stack";
import type { Route53GlobalStack } from "./aws/route53-global-stack";
import type { TrafficManagerGlobalStack } from "./azure/traffic-manager-global-stack";

/**
 * One containerised HTTP service in every datacentre, behind health-checked
 * DNS failover answered by both AWS and Azure.
 *
 * Creates one Terraform stack per datacentre, named `<service>-<cloud>-<region>`,
 * and two global stacks, `<service>-global-aws` and `<service>-global-azure`,
 * which deploy after every regional stack.
 *
 * @example
 * new DualCloudService(app, "orders", {
 *   image: "ghcr.io/acme/orders@sha256:<64 hex>",
 *   port: 8080,
 *   healthCheckPath: "/health",
 *   domain: "orders.example.com",
 * });
 */
export class DualCloudService extends Construct {
  /** The validated service with every default applied. */
  public readonly model: ServiceModel;
  /** One stack per datacentre, in the order of `datacentres`. */
  public readonly datacentreStacks: readonly DatacentreStack[];
  /** One stack per global DNS layer, by layer ID (`route53`, `traffic-manager`), in registry order. */
  public readonly globalStacks: Readonly<Record<string, TerraformStack>>;
  /**
   * The security policy pack, applied to every stack of the service. An
   * unsuppressed error finding fails synth; use `suppressPolicy` with a reason
   * for an intended exception. Its `findings` fill in at synth.
   */
  public readonly policy: DualCloudPolicy;

  /**
   * @param scope the cdktf App (a service owns its stacks, so it cannot sit inside a stack)
   * @param id the service name: 2-24 lower-case letters, digits and hyphens
   * @param props the service
   */
  constructor(scope: Construct, id: string, props: DualCloudServiceProps) {
    super(scope, checkServiceName(scope, id));
    const check = new FieldChecker(this.node.path);
    if (this.node.scopes.some((s) => TerraformStack.isStack(s))) {
      check.fail("scope", this.node.scopes.find((s) => TerraformStack.isStack(s))!.node.path, "the cdktf App or a plain construct under it: DualCloudService creates its own stacks");
    }
    checkFutureFlags(this, check);
    disableTokenStackTraces();
    this.model = resolveServiceModel(id, this.node.path, props, this.stageOverride());
    const clouds = cloudsOf(this.model.datacentres);
    const adapters = clouds.map((c) => loadAdapter(c, check));
    for (const adapter of adapters) adapter.validate(this.model, check);
    this.warnAboutEnvironment();

    this.datacentreStacks = this.model.datacentres.map((dc) => adapters.find((a) => a.cloud === dc.cloud)!.createStack(this, this.model, dc));
    for (const adapter of adapters) adapter.connect?.(this.datacentreStacks.filter((s) => s.datacentre.cloud === adapter.cloud), this.model);
    const globalStacks: Record<string, TerraformStack> = {};
    for (const layer of GLOBAL_LAYERS) {
      const stack = layer.createStack(this, this.model);
      for (const regional of this.datacentreStacks) stack.addDependency(regional);
      globalStacks[layer.id] = stack;
    }
    this.globalStacks = globalStacks;
    this.policy = PolicyPack.applyTo(this);
  }

  /** The Route 53 global stack (`globalStacks.route53`). */
  public get route53Stack(): Route53GlobalStack {
    return this.globalStacks.route53 as Route53GlobalStack;
  }

  /** The Traffic Manager global stack (`globalStacks["traffic-manager"]`). */
  public get trafficManagerStack(): TrafficManagerGlobalStack {
    return this.globalStacks["traffic-manager"] as TrafficManagerGlobalStack;
  }

  /** The one-synth stage override: `DUALCLOUD_STAGE`, else the cdktf context `dualcloud:stage` (docs/first-deployment.md#stages). */
  private stageOverride(): StageOverride | undefined {
    const fromEnv = process.env[STAGE_ENV];
    if (fromEnv !== undefined && fromEnv !== "") return { source: STAGE_ENV, text: fromEnv };
    const fromContext: unknown = this.node.tryGetContext(STAGE_CONTEXT);
    return fromContext === undefined ? undefined : { source: `context ${STAGE_CONTEXT}`, text: String(fromContext) };
  }

  private warnAboutEnvironment(): void {
    if (this.model.image.digest === undefined) {
      Annotations.of(this).addWarning(
        `dualcloud: image ${this.model.image.uri} is referenced by tag (allowMutableImageTag). A tag can move, so datacentres may run different code; pin a digest.`,
      );
    }
    if (alertsGoNowhere(this.model.alerts)) {
      Annotations.of(this).addWarning(
        "dualcloud: alerts is not set, so every alarm notifies nobody: the SNS topics, action groups and alert policies exist without subscribers. Set alerts.emails or alerts.webhooks.",
      );
    }
  }
}

/**
 * Checks the service name before the construct exists: the constructs library
 * itself throws on an empty ID, and on `constructor` (a key its child map
 * already answers), which would bypass DualCloudValidationError.
 */
function checkServiceName(scope: Construct, id: unknown): string {
  const check = new FieldChecker([scope.node.path, String(id)].filter((p) => p.length > 0).join("/"));
  const name = check.string("name", id, SERVICE_NAME, SERVICE_NAME_ALLOWED, 2, 24);
  if (name === "constructor") check.fail("name", name, `${SERVICE_NAME_ALLOWED}, other than "constructor"`);
  return name;
}
