import { capacityInheritance } from "../model/capacity";
import { enforceCapacity } from "./enforce-capacity";
import { DEFAULTS } from "../model/defaults";
import { ServiceModel } from "../model/service-model";
import { FieldChecker } from "./checker";
import { resolveDatacentres } from "./datacentres";
import { isHostname } from "./hostname";
import { parseImage } from "./image";
import { capacitySection, resolveCapacity, resolveInstanceBounds } from "./resolve-capacity";
import { CLOUD_OPTION_FIELDS, resolveCloudSections, stateBackendSection } from "./resolve-clouds";
import { resolveDns } from "./resolve-dns";
import { resolveEnvAndSecrets } from "./resolve-env-secrets";
import { resolveRouting } from "./resolve-routing";
import { resolveSize } from "./resolve-size";
import { resolveTags } from "./resolve-tags";
import { transitionalCloudFields } from "./transitional-cloud-fields";
import { resolveWaf } from "./waf";
import { CLOUD_NAMES, cloudPlugin } from "../clouds/registry";

/** Service names: lower-case letters, digits and single inner hyphens, 2-24 characters, starting with a letter. */
export const SERVICE_NAME = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/;
/** What {@link SERVICE_NAME} allows, for messages. */
export const SERVICE_NAME_ALLOWED = "2-24 lower-case letters, digits and single hyphens, starting with a letter and not ending with a hyphen";
const PATH = /^\/[A-Za-z0-9\-._~/%!$&'()*+,;=:@?]*$/;
const TOP_FIELDS = [
  "image", "allowMutableImageTag", "port", "healthCheckPath", "domain", "datacentres", "env", "secrets", "size", "capacity",
  "readOnlyRootFilesystem", "logRetentionDays", "routing", "dns", "stateBackend", "network", "tags", "waf", ...CLOUD_OPTION_FIELDS,
] as const;

/**
 * Validates raw service props and applies every default, producing the
 * cloud-neutral {@link ServiceModel}. Throws {@link DualCloudValidationError}
 * for anything invalid, before any Terraform is written. Each props section
 * has its own resolver; each cloud's own sections are parsed by its plugin.
 *
 * @param name the service name (the DualCloudService construct ID)
 * @param constructPath where the service sits in the construct tree, for messages
 * @param raw the props, typed as unknown so plain JavaScript input is checked too
 */
export function resolveServiceModel(name: unknown, constructPath: string, raw: unknown): ServiceModel {
  const check = new FieldChecker(constructPath);
  const serviceName = check.string("name", name, SERVICE_NAME, SERVICE_NAME_ALLOWED, 2, 24);
  const props = check.object("", raw, TOP_FIELDS);

  const allowTag = check.optional(props.allowMutableImageTag, false, (v) => check.boolean("allowMutableImageTag", v));
  const image = parseImage(check, props.image, allowTag);
  const port = check.integer("port", props.port, 1, 65535);
  const healthCheckPath = check.string("healthCheckPath", props.healthCheckPath, PATH, "an absolute URL path of at most 255 characters, e.g. /healthz", 1, 255);
  const domain = check.literal("domain", props.domain, "a lower-case hostname of at least three labels, e.g. orders.example.com");
  if (!isHostname(domain, 3) || domain.length > 200) check.fail("domain", domain, "a lower-case hostname of at least three labels and at most 200 characters, e.g. orders.example.com");

  const dns = resolveDns(check, domain, props.dns);
  const { env, secrets } = resolveEnvAndSecrets(check, props.env, props.secrets);
  const { cpu, memoryMiB } = resolveSize(check, props.size);
  const capacityRaw = capacitySection(check, props.capacity);
  const bounds = resolveInstanceBounds(check, capacityRaw);
  const capacity = resolveCapacity(check, capacityRaw);

  const datacentres = resolveDatacentres(check, serviceName, domain, props.datacentres, bounds);
  const routing = resolveRouting(check, props.routing, datacentres);
  enforceCapacity(check, capacity, datacentres, capacityInheritance(props.datacentres, datacentres.length, bounds.minInstances, bounds.maxInstances));

  const readOnlyRootFilesystem = check.optional(props.readOnlyRootFilesystem, DEFAULTS.readOnlyRootFilesystem as boolean, (v) => check.boolean("readOnlyRootFilesystem", v));
  const logRetentionDays = check.optional(props.logRetentionDays, DEFAULTS.logRetentionDays as number, (v) => check.integer("logRetentionDays", v, 1, 3650));
  const backends = stateBackendSection(check, props.stateBackend);
  const network = check.optional(props.network, {}, (v) => check.object("network", v, ["egress"]));
  const egress = check.optional(network.egress, DEFAULTS.egress, (v) => check.oneOf("network.egress", v, ["zone-redundant", "single"] as const));
  const tags = resolveTags(check, props.tags, serviceName);
  const clouds = resolveCloudSections(check, props, backends, datacentres);
  const waf = resolveWaf(check, props.waf, Object.fromEntries(CLOUD_NAMES.map((c) => [c, cloudPlugin(c).wafCatalogue])) as Parameters<typeof resolveWaf>[2]);

  return {
    name: serviceName, constructPath, image, port, healthCheckPath, domain, env, secrets, cpu, memoryMiB, capacity,
    readOnlyRootFilesystem, logRetentionDays, routing, dns, egress, waf, tags, datacentres, clouds, ...transitionalCloudFields(clouds),
  };
}
