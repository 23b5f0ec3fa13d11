import { ResolvedStateBackend } from "../../clouds/cloud-plugin";
import { DEFAULTS } from "../../model/defaults";
import type { GcpDeployStage } from "./gcp-props";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { FieldChecker } from "../../validation/checker";
import { longestRegionName } from "../../validation/global-stack-region";

/** Google Cloud choices with defaults applied (`gcp`). */
export interface GcpModel {
  /** The project every GCP datacentre deploys into. */
  readonly projectId: string;
  /** Region of the GCP datacentre that owns the shared Cloud DNS zone and DNS authorization. */
  readonly dnsZoneRegion: string;
  /** Stage of each GCP datacentre by region; a region not listed is `serving`. */
  readonly stages: Readonly<Record<string, GcpDeployStage>>;
}

/** Cloud Storage remote state with defaults applied (`stateBackend.gcp`). */
export interface GcpStateBackend {
  /** Bucket name prefix; each region's stacks use `<prefix>-<region>`. */
  readonly bucketNamePrefix: string;
  /** Prefix of every state object. */
  readonly keyPrefix: string;
}

/** Google Cloud project IDs: 6-30 lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen. */
export const GCP_PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/** Parses `gcp`: required (for `projectId`) when a GCP datacentre is listed; undefined when none is. */
export function resolveGcpOptions(raw: unknown, datacentres: readonly DatacentreModel[], check: FieldChecker): GcpModel | undefined {
  const regions = datacentres.filter((d) => d.cloud === "gcp").map((d) => d.region.name);
  if (regions.length === 0) {
    if (raw !== undefined) check.object("gcp", raw, ["projectId", "dnsZoneRegion", "stages"]);
    return undefined;
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
  return { projectId, dnsZoneRegion, stages };
}

/** Parses `stateBackend.gcp`. */
export function resolveGcpBackend(raw: unknown, datacentres: readonly DatacentreModel[], check: FieldChecker): ResolvedStateBackend {
  const b = check.object("stateBackend.gcp", raw, ["bucketNamePrefix", "keyPrefix"]);
  const longest = longestRegionName(datacentres, "gcp");
  const bucketNamePrefix = check.string("stateBackend.gcp.bucketNamePrefix", b.bucketNamePrefix, /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/,
    `lower-case letters, digits, hyphens and underscores, not starting with "goog"; with "-<region>" appended at most 63 characters (here at most ${62 - longest})`, 3, 62 - longest);
  if (bucketNamePrefix.startsWith("goog") || bucketNamePrefix.includes("google")) {
    check.fail("stateBackend.gcp.bucketNamePrefix", bucketNamePrefix, 'a bucket name prefix that neither starts with "goog" nor contains "google" (Cloud Storage reserves them)');
  }
  const keyPrefix = check.optional(b.keyPrefix, DEFAULTS.stateKeyPrefix as string, (v) => check.string("stateBackend.gcp.keyPrefix", v, /^[A-Za-z0-9_.()-]+(?:\/[A-Za-z0-9_.()-]+)*$/, "an object name prefix of safe characters, no leading, trailing or double slash", 1, 200));
  const settings: GcpStateBackend = { bucketNamePrefix, keyPrefix };
  return { settings };
}

/** The service's Google Cloud choices, when it has GCP datacentres. */
export function gcpOptions(service: ServiceModel): GcpModel | undefined {
  return service.clouds.gcp?.options as GcpModel | undefined;
}

/** The service's Cloud Storage state backend, when `stateBackend.gcp` is configured. */
export function gcpStateBackend(service: ServiceModel): GcpStateBackend | undefined {
  return service.clouds.gcp?.stateBackend as GcpStateBackend | undefined;
}
