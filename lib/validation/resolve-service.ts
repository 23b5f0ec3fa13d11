import { Token, Tokenization } from "cdktf";
import { CLOUD_NAMES, CloudName, cloudsOf } from "../model/cloud";
import { capacityInheritance, enforceCapacity } from "../model/capacity";
import { DEFAULTS } from "../model/defaults";
import { failoverEstimates } from "../model/failover";
import { AwsStateBackendProps, AzureDeployStage, AzureStateBackendProps, GcpDeployStage, GcpStateBackendProps, PeakInstances, PeakRequestRate } from "../model/props";
import { AzureModel, CapacityModel, DatacentreModel, DnsModel, GcpModel, RoutingModel, ServiceModel } from "../model/service-model";
import { isPrivate, parseCidr } from "../network/cidr";
import { FieldChecker, PlainObject } from "./checker";
import { resolveDatacentres } from "./datacentres";
import { isHostname } from "./hostname";
import { parseImage } from "./image";

/** Service names: lower-case letters, digits and single inner hyphens, 2-24 characters, starting with a letter. */
export const SERVICE_NAME = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/;
export const SERVICE_NAME_ALLOWED = "2-24 lower-case letters, digits and single hyphens, starting with a letter and not ending with a hyphen";
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PATH = /^\/[A-Za-z0-9\-._~/%!$&'()*+,;=:@?]*$/;
const CPU_CHOICES = [0.25, 0.5, 1, 2, 4] as const;
const TOP_FIELDS = [
  "image", "allowMutableImageTag", "port", "healthCheckPath", "domain", "datacentres", "env", "secrets", "size", "capacity",
  "readOnlyRootFilesystem", "logRetentionDays", "routing", "dns", "stateBackend", "network", "tags", "azure", "gcp",
] as const;

/**
 * Validates raw service props and applies every default, producing the
 * cloud-neutral {@link ServiceModel}. Throws {@link DualCloudValidationError}
 * for anything invalid, before any Terraform is written.
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
  const size = check.optional(props.size, {}, (v) => check.object("size", v, ["cpu", "memoryMiB"]));
  const cpu = check.optional(size.cpu, DEFAULTS.cpu as number, (v) => check.oneOf("size.cpu", v, CPU_CHOICES));
  const memoryMiB = check.optional(size.memoryMiB, DEFAULTS.memoryMiB as number, (v) => check.integer("size.memoryMiB", v, 512, 30720));

  const capacityRaw = check.optional(props.capacity, {}, (v) =>
    check.object("capacity", v, ["minInstancesPerDatacentre", "maxInstancesPerDatacentre", "peak", "stability", "targetCpuPercent", "concurrentRequestsPerInstance"]),
  );
  const minInstances = check.optional(capacityRaw.minInstancesPerDatacentre, DEFAULTS.minInstancesPerDatacentre as number, (v) => check.integer("capacity.minInstancesPerDatacentre", v, 1, 1000));
  const maxInstances = check.optional(capacityRaw.maxInstancesPerDatacentre, DEFAULTS.maxInstancesPerDatacentre as number, (v) => check.integer("capacity.maxInstancesPerDatacentre", v, 1, 1000));
  if (minInstances > maxInstances) check.fail("capacity.minInstancesPerDatacentre", minInstances, `at most capacity.maxInstancesPerDatacentre (${maxInstances})`);
  const capacity = resolveCapacity(check, capacityRaw);

  const datacentres = resolveDatacentres(check, serviceName, domain, props.datacentres, { minInstances, maxInstances });
  const routing = resolveRouting(check, props.routing, datacentres);
  enforceCapacity(check, capacity, datacentres, capacityInheritance(props.datacentres, datacentres.length, minInstances, maxInstances));

  const readOnlyRootFilesystem = check.optional(props.readOnlyRootFilesystem, DEFAULTS.readOnlyRootFilesystem as boolean, (v) => check.boolean("readOnlyRootFilesystem", v));
  const logRetentionDays = check.optional(props.logRetentionDays, DEFAULTS.logRetentionDays as number, (v) => check.integer("logRetentionDays", v, 1, 3650));
  const backends = check.optional(props.stateBackend, {}, (v) => check.object("stateBackend", v, ["aws", "azure", "gcp"]));
  const network = check.optional(props.network, {}, (v) => check.object("network", v, ["egress"]));
  const egress = check.optional(network.egress, DEFAULTS.egress, (v) => check.oneOf("network.egress", v, ["zone-redundant", "single"] as const));
  const tags = resolveTags(check, props.tags, serviceName);

  return {
    name: serviceName,
    constructPath,
    image,
    port,
    healthCheckPath,
    domain,
    env,
    secrets,
    cpu,
    memoryMiB,
    capacity,
    readOnlyRootFilesystem,
    logRetentionDays,
    routing,
    dns,
    ...(backends.aws !== undefined ? { awsStateBackend: resolveAwsBackend(check, backends.aws, datacentres) } : {}),
    ...(backends.azure !== undefined ? { azureStateBackend: resolveAzureBackend(check, backends.azure, datacentres) } : {}),
    ...(backends.gcp !== undefined ? { gcpStateBackend: resolveGcpBackend(check, backends.gcp, datacentres) } : {}),
    egress,
    tags,
    datacentres,
    azure: resolveAzure(check, props.azure, datacentres),
    ...resolveGcp(check, props.gcp, datacentres),
  };
}

/** Google Cloud project IDs: 6-30 lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen. */
export const GCP_PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

function resolveGcp(check: FieldChecker, raw: unknown, datacentres: DatacentreModel[]): { gcp?: GcpModel } {
  const regions = datacentres.filter((d) => d.cloud === "gcp").map((d) => d.region.name);
  if (regions.length === 0) {
    if (raw !== undefined) check.object("gcp", raw, ["projectId", "dnsZoneRegion", "stages"]);
    return {};
  }
  const allowed = "a Google Cloud project ID: 6-30 lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen";
  if (raw === undefined) check.fail("gcp.projectId", undefined, `${allowed} (required because datacentres include gcp ${regions.join(", ")})`);
  const gcp = check.object("gcp", raw, ["projectId", "dnsZoneRegion", "stages"]);
  if (gcp.projectId === undefined) check.fail("gcp.projectId", undefined, `${allowed} (required because datacentres include gcp ${regions.join(", ")})`);
  const projectId = check.string("gcp.projectId", gcp.projectId, GCP_PROJECT_ID, allowed, 6, 30);
  const dnsZoneRegion = check.optional(gcp.dnsZoneRegion, regions[0], (v) => check.oneOf("gcp.dnsZoneRegion", v, regions));
  const stagesRaw = check.optional(gcp.stages, {}, (v) => check.stringMap("gcp.stages", v));
  const stages: Record<string, GcpDeployStage> = {};
  for (const region of Object.keys(stagesRaw)) {
    if (!regions.includes(region)) check.fail(`gcp.stages.${region}`, region, `a GCP datacentre region of this service (${regions.join(", ")})`);
    stages[region] = check.oneOf(`gcp.stages.${region}`, stagesRaw[region], ["foundation", "serving"] as const);
  }
  return { gcp: { projectId, dnsZoneRegion, stages } };
}

function resolveGcpBackend(check: FieldChecker, raw: unknown, datacentres: DatacentreModel[]): GcpStateBackendProps {
  const b = check.object("stateBackend.gcp", raw, ["bucketNamePrefix", "keyPrefix"]);
  const longest = Math.max(...datacentres.filter((d) => d.cloud === "gcp").map((d) => d.region.name.length), 0);
  const bucketNamePrefix = check.string("stateBackend.gcp.bucketNamePrefix", b.bucketNamePrefix, /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/,
    `lower-case letters, digits, hyphens and underscores, not starting with "goog"; with "-<region>" appended at most 63 characters (here at most ${62 - longest})`, 3, 62 - longest);
  if (bucketNamePrefix.startsWith("goog") || bucketNamePrefix.includes("google")) {
    check.fail("stateBackend.gcp.bucketNamePrefix", bucketNamePrefix, 'a bucket name prefix that neither starts with "goog" nor contains "google" (Cloud Storage reserves them)');
  }
  const keyPrefix = check.optional(b.keyPrefix, DEFAULTS.stateKeyPrefix as string, (v) => check.string("stateBackend.gcp.keyPrefix", v, /^[A-Za-z0-9_.()-]+(?:\/[A-Za-z0-9_.()-]+)*$/, "an object name prefix of safe characters, no leading, trailing or double slash", 1, 200));
  return { bucketNamePrefix, keyPrefix };
}

function resolveAzure(check: FieldChecker, raw: unknown, datacentres: DatacentreModel[]): AzureModel {
  const azure = check.optional(raw, {} as PlainObject, (v) => check.object("azure", v, ["stages", "certificateName", "operatorCidrs", "verificationRecordsRegion"]));
  const regions = datacentres.filter((d) => d.cloud === "azure").map((d) => d.region.name);
  const stagesRaw = check.optional(azure.stages, {}, (v) => check.stringMap("azure.stages", v));
  const stages: Record<string, AzureDeployStage> = {};
  for (const region of Object.keys(stagesRaw)) {
    if (!regions.includes(region)) check.fail(`azure.stages.${region}`, region, `an Azure datacentre region of this service (${regions.join(", ") || "none"})`);
    stages[region] = check.oneOf(`azure.stages.${region}`, stagesRaw[region], ["foundation", "workload", "bound"] as const);
  }
  const certificateName = check.optional(azure.certificateName, "tls", (v) =>
    check.string("azure.certificateName", v, /^[a-zA-Z0-9-]+$/, "a Key Vault certificate name of 1-127 letters, digits and hyphens", 1, 127),
  );
  const operatorCidrs = check.optional(azure.operatorCidrs, [], (v) => resolveOperatorCidrs(check, v));
  const verificationRecordsRegion = check.optional<string | undefined>(azure.verificationRecordsRegion, regions[0], (v) =>
    check.oneOf("azure.verificationRecordsRegion", v, regions),
  );
  return { stages, certificateName, operatorCidrs, ...(verificationRecordsRegion !== undefined ? { verificationRecordsRegion } : {}) };
}

/** Most operator CIDRs one vault and registry firewall take from dualcloud. */
export const MAX_OPERATOR_CIDRS = 20;

function resolveOperatorCidrs(check: FieldChecker, raw: unknown): string[] {
  const allowed = "a canonical public IPv4 CIDR from /8 to /32 (e.g. 203.0.113.7/32), not an RFC 1918 range, listed once";
  const list = check.array("azure.operatorCidrs", raw, 0, MAX_OPERATOR_CIDRS);
  return list.map((item, i) => {
    const text = check.literal(`azure.operatorCidrs[${i}]`, item, allowed);
    const block = parseCidr(text);
    if (!block || block.bitmask < 8 || isPrivate(block) || list.indexOf(item) !== i) check.fail(`azure.operatorCidrs[${i}]`, text, allowed);
    return text;
  });
}

function resolveDns(check: FieldChecker, domain: string, raw: unknown): DnsModel {
  const dns = check.optional(raw, {} as PlainObject, (v) => check.object("dns", v, ["zoneName", "azureZoneResourceGroup", "nameServers"]));
  const parent = domain.slice(domain.indexOf(".") + 1);
  const zoneName = check.optional(dns.zoneName, parent, (v) => {
    const zone = check.literal("dns.zoneName", v, `a parent zone of ${domain}`);
    if (!isHostname(zone, 2) || !domain.endsWith(`.${zone}`)) check.fail("dns.zoneName", zone, `a parent zone of ${domain} (the domain must be a name inside the zone, not its apex)`);
    return zone;
  });
  const azureZoneResourceGroup = check.optional(dns.azureZoneResourceGroup, DEFAULTS.azureZoneResourceGroup as string, (v) =>
    check.string("dns.azureZoneResourceGroup", v, /^[-\w.()]*[-\w()]$/, "an Azure resource group name of 1-90 letters, digits, _ - . ( ) not ending in a period", 1, 90),
  );
  const nameServers = (field: string, v: unknown): string[] => {
    const list = check.array(field, v, 1, 8);
    return list.map((ns, i) => {
      const host = check.literal(`${field}[${i}]`, ns, "a name server host name, e.g. ns-1.awsdns-01.org");
      const bare = host.endsWith(".") ? host.slice(0, -1) : host;
      if (!isHostname(bare, 2)) check.fail(`${field}[${i}]`, host, "a name server host name, e.g. ns-1.awsdns-01.org");
      return bare;
    });
  };
  const byCloud = check.optional(dns.nameServers, {} as PlainObject, (v) => check.object("dns.nameServers", v, CLOUD_NAMES));
  const resolved: { [C in CloudName]?: string[] } = {};
  for (const cloud of CLOUD_NAMES) {
    if (byCloud[cloud] !== undefined) resolved[cloud] = nameServers(`dns.nameServers.${cloud}`, byCloud[cloud]);
  }
  return { zoneName, azureZoneResourceGroup, nameServers: resolved };
}

function resolveEnvAndSecrets(check: FieldChecker, rawEnv: unknown, rawSecrets: unknown): { env: Record<string, string>; secrets: string[] } {
  const envAllowed = "a name of letters, digits and underscores not starting with a digit (at most 255 characters)";
  const env: Record<string, string> = {};
  const envMap = check.optional(rawEnv, {}, (v) => check.stringMap("env", v));
  const envKeys = Object.keys(envMap);
  if (envKeys.length > 100) check.fail("env", envMap, "at most 100 variables");
  for (const key of envKeys) {
    check.string(`env.${key}`, key, ENV_NAME, envAllowed, 1, 255);
    if (key === "__proto__") check.fail(`env.${key}`, key, `${envAllowed}, other than __proto__`);
    const value = envMap[key];
    if (typeof value !== "string" || (!Token.isUnresolved(value) && value.length > 4096)) check.fail(`env.${key}`, value, "a string of at most 4096 characters");
    checkLiteralText(check, `env.${key}`, value);
    env[key] = value;
  }
  const list = check.optional(rawSecrets, [], (v) => check.array("secrets", v, 0, 50));
  const secrets: string[] = [];
  const folded = new Map<string, number>();
  list.forEach((s, i) => {
    const secret = check.string(`secrets[${i}]`, s, ENV_NAME, `${envAllowed.replace("255", "64")}`, 1, 64);
    const lower = secret.toLowerCase().replace(/_/g, "-");
    const first = folded.get(lower);
    if (first !== undefined) check.fail(`secrets[${i}]`, secret, `a name distinct from secrets[${first}] (${list[first] as string}) ignoring case and _ versus -, since Key Vault names fold them`);
    folded.set(lower, i);
    if (Object.prototype.hasOwnProperty.call(env, secret)) check.fail(`secrets[${i}]`, secret, `a name that is not also a key of env (env.${secret} is set)`);
    secrets.push(secret);
  });
  return { env, secrets };
}

/**
 * A free-text value goes into Terraform JSON as a template: `${` and `%{` in
 * its literal text would be evaluated by Terraform (and fail at plan), and a
 * token-like string cdktf does not know fails deep inside synth. Refuse both.
 */
function checkLiteralText(check: FieldChecker, field: string, value: string): void {
  let literals: string[];
  try {
    literals = Token.isUnresolved(value) ? Tokenization.reverseString(value).literals.map(String) : [value];
  } catch {
    check.fail(field, value, "a string whose tokens come from this app (this one names a token cdktf does not know)");
  }
  if (literals.some((l) => /(?<!\$)\$\{|(?<!%)%\{/.test(l))) {
    check.fail(field, value, 'a string without Terraform template sequences "${" or "%{" (write "$${" or "%%{" for the literal text)');
  }
}

function resolveCapacity(check: FieldChecker, raw: PlainObject): CapacityModel {
  const stability = check.optional(raw.stability, DEFAULTS.stability, (v) => check.oneOf("capacity.stability", v, ["static", "elastic"] as const));
  const targetCpuPercent = check.optional(raw.targetCpuPercent, DEFAULTS.targetCpuPercent as number, (v) => check.integer("capacity.targetCpuPercent", v, 10, 90));
  const concurrentRequestsPerInstance = check.optional(raw.concurrentRequestsPerInstance, DEFAULTS.concurrentRequestsPerInstance as number, (v) =>
    check.integer("capacity.concurrentRequestsPerInstance", v, 1, 1000),
  );
  const base = { stability, targetCpuPercent, concurrentRequestsPerInstance };
  if (raw.peak === undefined) return base;
  const peakRaw = check.object("capacity.peak", raw.peak, ["instances", "requestsPerSecond", "requestsPerSecondPerInstance"]);
  let peak: PeakInstances | PeakRequestRate;
  if (peakRaw.instances !== undefined) {
    if (peakRaw.requestsPerSecond !== undefined || peakRaw.requestsPerSecondPerInstance !== undefined) {
      check.fail("capacity.peak", peakRaw, "either { instances } or { requestsPerSecond, requestsPerSecondPerInstance }, not both");
    }
    peak = { instances: check.integer("capacity.peak.instances", peakRaw.instances, 1, 100000) };
  } else {
    peak = {
      requestsPerSecond: check.integer("capacity.peak.requestsPerSecond", peakRaw.requestsPerSecond, 1, 100_000_000),
      requestsPerSecondPerInstance: check.integer("capacity.peak.requestsPerSecondPerInstance", peakRaw.requestsPerSecondPerInstance, 1, 1_000_000),
    };
  }
  return { ...base, peak };
}

function resolveRouting(check: FieldChecker, raw: unknown, datacentres: DatacentreModel[]): RoutingModel {
  const r = check.optional(raw, {} as PlainObject, (v) =>
    check.object("routing", v, ["policy", "primaryCloud", "probeIntervalSeconds", "failureThreshold", "probeTimeoutSeconds", "dnsTtlSeconds", "maxFailoverSeconds"]),
  );
  const policy = check.optional(r.policy, DEFAULTS.routingPolicy, (v) => check.oneOf("routing.policy", v, ["latency", "weighted", "failover"] as const));
  const usedClouds = cloudsOf(datacentres);
  const primaryCloud = check.optional(r.primaryCloud, DEFAULTS.primaryCloud as CloudName, (v) => check.oneOf("routing.primaryCloud", v, usedClouds));
  const probeIntervalSeconds = check.optional(r.probeIntervalSeconds, DEFAULTS.probeIntervalSeconds as 10 | 30, (v) => check.oneOf("routing.probeIntervalSeconds", v, [10, 30] as const));
  const failureThreshold = check.optional(r.failureThreshold, DEFAULTS.failureThreshold as number, (v) => check.integer("routing.failureThreshold", v, 1, 10));
  const maxTimeout = probeIntervalSeconds === 10 ? 9 : 10;
  const probeTimeoutSeconds = check.optional(r.probeTimeoutSeconds, DEFAULTS.probeTimeoutSeconds as number, (v) => check.integer("routing.probeTimeoutSeconds", v, 5, maxTimeout));
  const dnsTtlSeconds = check.optional(r.dnsTtlSeconds, DEFAULTS.dnsTtlSeconds as number, (v) => check.integer("routing.dnsTtlSeconds", v, 0, 300));
  const maxFailoverSeconds = check.optional(r.maxFailoverSeconds, DEFAULTS.maxFailoverSeconds as number, (v) => check.integer("routing.maxFailoverSeconds", v, 1, 3600));
  const routing: RoutingModel = { policy, primaryCloud, probeIntervalSeconds, failureThreshold, probeTimeoutSeconds, dnsTtlSeconds, maxFailoverSeconds };
  for (const estimate of failoverEstimates(routing)) {
    if (estimate.worstCaseSeconds > maxFailoverSeconds) {
      check.fail(
        "routing",
        `${estimate.layer} worst case ${estimate.worstCaseSeconds} s (${estimate.formula})`,
        `a worst-case failover within routing.maxFailoverSeconds (${maxFailoverSeconds} s): lower failureThreshold, probeIntervalSeconds or dnsTtlSeconds, or raise the bound`,
      );
    }
  }
  return routing;
}

function resolveAwsBackend(check: FieldChecker, raw: unknown, datacentres: DatacentreModel[]): AwsStateBackendProps {
  const b = check.object("stateBackend.aws", raw, ["bucketNamePrefix", "keyPrefix", "kmsKeyId", "globalStackRegion"]);
  const longest = Math.max(...datacentres.filter((d) => d.cloud === "aws").map((d) => d.region.name.length), 0);
  const bucketNamePrefix = check.string("stateBackend.aws.bucketNamePrefix", b.bucketNamePrefix, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
    `lower-case letters, digits and hyphens; with "-<region>" appended at most 63 characters (here at most ${62 - longest})`, 3, 62 - longest);
  const keyPrefix = check.optional(b.keyPrefix, DEFAULTS.stateKeyPrefix as string, (v) => check.string("stateBackend.aws.keyPrefix", v, /^[A-Za-z0-9!_.*'()/-]+$/, "an S3 key prefix of safe characters", 1, 200));
  const kmsKeyId = check.optional<string | undefined>(b.kmsKeyId, undefined, (v) => check.string("stateBackend.aws.kmsKeyId", v, /^(arn:aws[a-z-]*:kms:|alias\/)/, "a KMS key ARN or alias/<name>", 7, 2048));
  const globalStackRegion = resolveGlobalStackRegion(check, "stateBackend.aws.globalStackRegion", b.globalStackRegion, datacentres, "aws");
  return { bucketNamePrefix, keyPrefix, globalStackRegion, ...(kmsKeyId ? { kmsKeyId } : {}) };
}

function resolveAzureBackend(check: FieldChecker, raw: unknown, datacentres: DatacentreModel[]): AzureStateBackendProps {
  const b = check.object("stateBackend.azure", raw, ["resourceGroupName", "storageAccountNamePrefix", "containerName", "keyPrefix", "globalStackRegion"]);
  const longest = Math.max(...datacentres.filter((d) => d.cloud === "azure").map((d) => d.region.name.length), 0);
  const resourceGroupName = check.string("stateBackend.azure.resourceGroupName", b.resourceGroupName, /^[-\w.()]*[-\w()]$/, "an Azure resource group name", 1, 90);
  const storageAccountNamePrefix = check.string("stateBackend.azure.storageAccountNamePrefix", b.storageAccountNamePrefix, /^[a-z0-9]+$/,
    `lower-case letters and digits; with the region appended at most 24 characters (here at most ${24 - longest})`, 1, Math.max(1, 24 - longest));
  const containerName = check.optional(b.containerName, DEFAULTS.stateContainerName as string, (v) =>
    check.string("stateBackend.azure.containerName", v, /^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$/, "a blob container name of 3-63 lower-case letters, digits and single hyphens", 3, 63),
  );
  const keyPrefix = check.optional(b.keyPrefix, DEFAULTS.stateKeyPrefix as string, (v) => check.string("stateBackend.azure.keyPrefix", v, /^[A-Za-z0-9_.()/-]+$/, "a blob name prefix of safe characters", 1, 200));
  const globalStackRegion = resolveGlobalStackRegion(check, "stateBackend.azure.globalStackRegion", b.globalStackRegion, datacentres, "azure");
  return { resourceGroupName, storageAccountNamePrefix, containerName, keyPrefix, globalStackRegion };
}

/** The region holding a global stack's state: given, or the first datacentre of that cloud. */
function resolveGlobalStackRegion(check: FieldChecker, field: string, raw: unknown, datacentres: DatacentreModel[], cloud: CloudName): string {
  const regions = datacentres.filter((d) => d.cloud === cloud).map((d) => d.region.name);
  return check.optional(raw, regions[0], (v) => check.oneOf(field, v, regions));
}

function resolveTags(check: FieldChecker, raw: unknown, serviceName: string): Record<string, string> {
  const map = check.optional(raw, {}, (v) => check.stringMap("tags", v));
  const keys = Object.keys(map);
  if (keys.length > 40) check.fail("tags", map, "at most 40 tags (both clouds allow 50, and dualcloud adds its own)");
  const tags: Record<string, string> = {};
  for (const key of keys) {
    check.string(`tags.${key}`, key, /^(?!aws:)(?!__proto__$)[A-Za-z0-9 _.:/=+@-]+$/, "a tag key of 1-128 letters, digits, spaces and _ . : / = + @ -, not starting with aws: and not __proto__", 1, 128);
    const value = map[key];
    check.string(`tags.${key}`, value, /^[A-Za-z0-9 _.:/=+@-]*$/, "a tag value of at most 256 letters, digits, spaces and _ . : / = + @ -", 0, 256);
    tags[key] = value as string;
  }
  return { ...tags, service: serviceName, "managed-by": "dualcloud" };
}

