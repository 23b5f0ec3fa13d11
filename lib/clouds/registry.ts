/*
 * The cloud registry: with its props half (registry-props.ts, the types), the
 * only place that lists the clouds. Everything else specific to a cloud lives
 * in its folder, lib/constructs/<cloud>/, behind CloudPlugin (cloud-plugin.ts).
 * Adding a cloud adds one line to each list below; docs/adding-a-cloud.md has
 * the whole recipe, and test/cloud-seam.test.ts fails when code elsewhere
 * names a cloud.
 *
 * Every module imported here imports no provider package: the stacks, and
 * with them the providers, load through CloudPlugin.loadAdapter only when a
 * datacentre of that cloud exists.
 */
import { AWS_PLUGIN } from "../constructs/aws/aws-plugin";
import { ROUTE53_LAYER } from "../constructs/aws/route53-layer-plugin";
import { AZURE_PLUGIN } from "../constructs/azure/azure-plugin";
import { TRAFFIC_MANAGER_LAYER } from "../constructs/azure/traffic-manager-layer-plugin";
import { GCP_PLUGIN } from "../constructs/gcp/gcp-plugin";
import type { GlobalLayerPlugin } from "../constructs/global/global-layer-plugin";
import type { DatacentreSpec } from "../model/props";
import type { RegionInfo } from "../model/regions/region-info";
import { CloudDescriptor, CloudPlugin } from "./cloud-plugin";

/** Every cloud plugin, keyed by cloud name, in name order. */
export const CLOUD_PLUGINS = {
  /** Amazon Web Services. */
  aws: AWS_PLUGIN,
  /** Microsoft Azure. */
  azure: AZURE_PLUGIN,
  /** Google Cloud. */
  gcp: GCP_PLUGIN,
} as const;

/**
 * The global DNS layers, each in its own stack, in deploy and summary order.
 * Every one health-checks every datacentre and answers for the hostname.
 */
export const GLOBAL_LAYERS: readonly GlobalLayerPlugin[] = [ROUTE53_LAYER, TRAFFIC_MANAGER_LAYER];

/** A cloud dualcloud has a plugin for. */
export type CloudName = keyof typeof CLOUD_PLUGINS;

/** Every physical name dualcloud generates, and its limits: each cloud's rules. */
export const NAME_RULES = {
  ...AWS_PLUGIN.nameRules,
  ...AZURE_PLUGIN.nameRules,
  ...GCP_PLUGIN.nameRules,
} as const;

/** Two AWS and two Azure regions across North America and Europe: the topology when `datacentres` is left out. */
export const DEFAULT_DATACENTRES: readonly DatacentreSpec[] = [
  { cloud: "aws", region: "us-east-1" },
  { cloud: "aws", region: "eu-west-1" },
  { cloud: "azure", region: "eastus" },
  { cloud: "azure", region: "westeurope" },
];

/** The name of a rule in {@link NAME_RULES}. */
export type NamedResource = keyof typeof NAME_RULES;

/** Names of every known cloud, sorted (the order summaries, checks and `cloudsOf` use). */
export const CLOUD_NAMES: readonly CloudName[] = (Object.keys(CLOUD_PLUGINS) as CloudName[]).sort();

/** Every cloud's static facts, keyed by name. */
export const CLOUDS: Readonly<Record<CloudName, CloudDescriptor>> = CLOUD_PLUGINS;

/** The plugin of a cloud. */
export function cloudPlugin(cloud: CloudName): CloudPlugin {
  return CLOUD_PLUGINS[cloud];
}

/** True when `value` names a known cloud. */
export function isCloudName(value: unknown): value is CloudName {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(CLOUD_PLUGINS, value);
}

/** Looks a region up in a cloud's catalogue. */
export function findRegion(cloud: CloudName, regionName: string): RegionInfo | undefined {
  return CLOUDS[cloud].regions.find((r) => r.name === regionName);
}
