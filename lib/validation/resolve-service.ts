import { capacityInheritance } from "../model/capacity";
import { enforceCapacity } from "./enforce-capacity";
import { DEFAULTS } from "../model/defaults";
import { ServiceModel } from "../model/service-model";
import { FieldChecker } from "./checker";
import { resolveDatacentres } from "./datacentres";
import { DeployStage } from "../model/props";
import { applyStageOverride, DEPLOY_STAGES, StageOverride } from "./stage-override";
import { isHostname } from "./hostname";
import { parseImage } from "./image";
import { capacitySection, resolveCapacity, resolveInstanceBounds } from "./resolve-capacity";
import { CLOUD_OPTION_FIELDS, resolveCloudSections, stateBackendSection } from "./resolve-clouds";
import { resolveDns } from "./resolve-dns";
import { resolveEdge } from "./resolve-edge";
import { resolveEnvAndSecrets } from "./resolve-env-secrets";
import { resolveOutbound } from "./resolve-outbound";
import { resolveRouting } from "./resolve-routing";
import { resolveSize } from "./resolve-size";
import { resolveTags } from "./resolve-tags";
import { resolveAlerts } from "./resolve-alerts";
import { resolveWaf } from "./waf";
import { CLOUD_NAMES, cloudPlugin } from "../clouds/registry";

/** Service names: lower-case letters, digits and single inner hyphens, 2-24 characters, starting with a letter. */
export const SERVICE_NAME = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/;
/** What {@link SERVICE_NAME} allows, for messages. */
export const SERVICE_NAME_ALLOWED = "2-24 lower-case letters, digits and single hyphens, starting with a letter and not ending with a hyphen";
const PATH = /^\/[A-Za-z0-9\-._~/%!$&'()*+,;=:@?]*$/;
const TOP_FIELDS = [
  "image", "stage", "allowMutableImageTag", "port", "healthCheckPath", "domain", "datacentres", "env", "secrets", "size", "capacity",
  "readOnlyRootFilesystem", "logRetentionDays", "routing", "dns", "stateBackend", "network", "tags", "waf", "alerts", "edge", ...CLOUD_OPTION_FIELDS,
] as const;

/**
 * Validates raw service props and applies every default, producing the
 * cloud-neutral {@link ServiceModel}. Throws one {@link DualCloudValidationError}
 * listing every invalid field (its `problems`), before any Terraform is written. Each props section
 * has its own resolver; each cloud's own sections are parsed by its plugin.
 *
 * @param name the service name (the DualCloudService construct ID)
 * @param constructPath where the service sits in the construct tree, for messages
 * @param raw the props, typed as unknown so plain JavaScript input is checked too
 * @param stageOverride a one-synth stage override (`DUALCLOUD_STAGE`), applied after `stage` and `datacentres[].stage`
 */
export function resolveServiceModel(name: unknown, constructPath: string, raw: unknown, stageOverride?: StageOverride): ServiceModel {
  const check = new FieldChecker(constructPath);
  return check.collect(() => resolveSections(check, name, constructPath, raw, stageOverride)) as ServiceModel;
}

/**
 * Every field or section behind its own {@link FieldChecker.attempt}
 * boundary, so one run reports every invalid section (a section stops at its
 * first problem); a section that needs another one's result is skipped when
 * that one failed, so a mistake is never reported twice or against a default.
 * Returns undefined when anything failed (`collect` then throws).
 */
function resolveSections(check: FieldChecker, name: unknown, constructPath: string, raw: unknown, stageOverride: StageOverride | undefined): ServiceModel | undefined {
  const serviceName = check.attempt(() => check.string("name", name, SERVICE_NAME, SERVICE_NAME_ALLOWED, 2, 24), undefined);
  const props = check.object("", raw, TOP_FIELDS);

  const image = check.attempt(() => parseImage(check, props.image, check.optional(props.allowMutableImageTag, false, (v) => check.boolean("allowMutableImageTag", v))), undefined);
  const port = check.attempt(() => check.integer("port", props.port, 1, 65535), undefined);
  const healthCheckPath = check.attempt(() => check.string("healthCheckPath", props.healthCheckPath, PATH, "an absolute URL path of at most 255 characters, e.g. /healthz", 1, 255), undefined);
  const domain = check.attempt(() => resolveDomain(check, props.domain), undefined);

  const dns = domain === undefined ? undefined : check.attempt(() => resolveDns(check, domain, props.dns), undefined);
  const envAndSecrets = check.attempt(() => resolveEnvAndSecrets(check, props.env, props.secrets), undefined);
  const size = check.attempt(() => resolveSize(check, props.size), undefined);
  const capacityRaw = check.attempt(() => capacitySection(check, props.capacity), undefined);
  const bounds = capacityRaw === undefined ? undefined : check.attempt(() => resolveInstanceBounds(check, capacityRaw), undefined);
  const capacity = capacityRaw === undefined ? undefined : check.attempt(() => resolveCapacity(check, capacityRaw), undefined);

  const stage = check.attempt(() => check.optional(props.stage, DEFAULTS.stage as DeployStage, (v) => check.oneOf("stage", v, DEPLOY_STAGES)), undefined);
  const datacentres = serviceName === undefined || domain === undefined || bounds === undefined || stage === undefined
    ? undefined
    : check.attempt(() => applyStageOverride(check, resolveDatacentres(check, serviceName, domain, props.datacentres, { ...bounds, stage }), stageOverride), undefined);
  const routing = datacentres === undefined ? undefined : check.attempt(() => resolveRouting(check, props.routing, datacentres), undefined);
  if (datacentres !== undefined && capacity !== undefined && bounds !== undefined) {
    check.attempt(() => enforceCapacity(check, capacity, datacentres, capacityInheritance(props.datacentres, datacentres.length, bounds.minInstances, bounds.maxInstances)), undefined);
  }

  const readOnlyRootFilesystem = check.attempt(() => check.optional(props.readOnlyRootFilesystem, DEFAULTS.readOnlyRootFilesystem as boolean, (v) => check.boolean("readOnlyRootFilesystem", v)), undefined);
  const logRetentionDays = check.attempt(() => check.optional(props.logRetentionDays, DEFAULTS.logRetentionDays as number, (v) => check.integer("logRetentionDays", v, 1, 3650)), undefined);
  const backends = check.attempt(() => stateBackendSection(check, props.stateBackend), undefined);
  const network = check.attempt(() => check.optional(props.network, {}, (v) => check.object("network", v, ["egress", "allowOutbound", "allowOutboundToInternet"])), undefined);
  const egress = network === undefined ? undefined : check.attempt(() => check.optional(network.egress, DEFAULTS.egress, (v) => check.oneOf("network.egress", v, ["zone-redundant", "single"] as const)), undefined);
  const outbound = network === undefined ? undefined : check.attempt(() => resolveOutbound(check, network.allowOutbound, network.allowOutboundToInternet), undefined);
  const tags = serviceName === undefined ? undefined : check.attempt(() => resolveTags(check, props.tags, serviceName), undefined);
  const clouds = datacentres === undefined || backends === undefined ? undefined : check.attempt(() => resolveCloudSections(check, props, backends, datacentres), undefined);
  const alerts = check.attempt(() => resolveAlerts(check, props.alerts), undefined);
  const edge = datacentres === undefined || clouds === undefined || routing === undefined
    ? undefined
    : check.attempt(() => resolveEdge(check, props.edge, datacentres, clouds, routing), undefined);
  const waf = check.attempt(() => resolveWaf(check, props.waf, Object.fromEntries(CLOUD_NAMES.map((c) => [c, cloudPlugin(c).wafCatalogue])) as Parameters<typeof resolveWaf>[2]), undefined);

  if (serviceName === undefined || image === undefined || port === undefined || healthCheckPath === undefined || domain === undefined || dns === undefined ||
    envAndSecrets === undefined || size === undefined || capacity === undefined || datacentres === undefined || routing === undefined || tags === undefined ||
    clouds === undefined || waf === undefined || alerts === undefined || edge === undefined || readOnlyRootFilesystem === undefined || logRetentionDays === undefined || egress === undefined || outbound === undefined) return undefined;
  return {
    name: serviceName, constructPath, image, port, healthCheckPath, domain, ...envAndSecrets, ...size, capacity,
    readOnlyRootFilesystem, logRetentionDays, routing, dns, egress, outbound, waf, alerts, edge, tags, datacentres, clouds,
  };
}

/** The service's hostname: a literal, lower-case, at least three labels. */
function resolveDomain(check: FieldChecker, raw: unknown): string {
  const domain = check.literal("domain", raw, "a lower-case hostname of at least three labels, e.g. orders.example.com");
  if (!isHostname(domain, 3) || domain.length > 200) check.fail("domain", domain, "a lower-case hostname of at least three labels and at most 200 characters, e.g. orders.example.com");
  return domain;
}
