import type { FoundPrerequisite, StackTerraformJson } from "./prerequisite";
import type { CloudAdapter } from "../constructs/cloud-adapter";
import type { RegionInfo } from "../model/regions/region-info";
import type { EdgeConnectionControl } from "../model/edge";
import type { DatacentreModel, ServiceModel } from "../model/service-model";
import type { NameRule } from "../naming/name-rules";
import type { PolicyRule } from "../policy/rule";
import type { WafRuleCatalogue } from "../model/waf-catalogue";
import type { NameServerSetRule } from "../model/name-server-set";
import type { FieldChecker } from "../validation/checker";
import type { DnsProvider } from "../dns/zone-view";

/** What belongs to one cloud in Terraform JSON. */
export interface CloudTerraformFootprint {
  /** Provider names (the prefix of its resource types) of the cloud. */
  readonly providers: readonly string[];
  /** Backend types that keep state in the cloud. */
  readonly backends: readonly string[];
}

/** Static facts the cloud-neutral model needs about one cloud. */
export interface CloudDescriptor {
  /** The cloud's name as written in `datacentres`. */
  readonly name: string;
  /** Human name for summaries and messages. */
  readonly displayName: string;
  /** Known regions, append-only: a region's position is its default network slot. */
  readonly regions: readonly RegionInfo[];
  /** First /16 slot (second octet of 10.x.0.0/16) of this cloud's default address space. */
  readonly networkSlotBase: number;
}

/** The stack outputs a cloud's DNS static inputs are copied from. */
export interface DnsInputSources {
  /** The stack and output holding the name servers of `<cloud>.<domain>`'s DNS (`dns.nameServers.<cloud>`). */
  nameServers(service: ServiceModel): string;
  /**
   * The stacks and output holding the certificate-validation records other
   * copies of the zone must serve (`dns.certificateValidation.<cloud>`);
   * absent when the cloud validates through names in its own subtree only.
   */
  certificateValidation?(service: ServiceModel): string;
}

/** A cloud's state backend as resolved from `stateBackend.<cloud>`. */
export interface ResolvedStateBackend {
  /** The backend settings, typed by the cloud's own folder. */
  readonly settings: unknown;
  /** Region holding the state of the global stack this cloud hosts, when pinned or defaulted. */
  readonly globalStackRegion?: string;
}

/**
 * Everything dualcloud knows about one cloud, behind one interface: its
 * region catalogue, Terraform footprint, physical-name rules, policy rules,
 * option and state-backend parsing, and (loaded lazily, because it imports the
 * provider package) its stack adapter. Each cloud implements this in its own
 * folder under `lib/constructs/<cloud>/`; `lib/clouds/registry.ts` lists them.
 *
 * A plugin module must import no provider package: the registry loads every
 * plugin eagerly, and `@cdktf/provider-google` is an optional peer.
 */
export interface CloudPlugin<Rules extends Readonly<Record<string, NameRule>> = Readonly<Record<string, NameRule>>> extends CloudDescriptor {
  /** The npm package of the cloud's cdktf provider bindings. */
  readonly providerPackage: string;
  /** Providers and backends that belong to this cloud (checks/one-cloud-per-stack). */
  readonly footprint: CloudTerraformFootprint;
  /** Limits of every physical name this cloud's constructs generate. */
  readonly nameRules: Rules;
  /** The policy rules of this cloud's area (`lib/policy/rules/<cloud>/`). */
  readonly policyRules: readonly PolicyRule[];
  /** Where each datacentre of this cloud sends its own alarms, for the summary and diagram, e.g. `SNS topic`. */
  readonly alertTarget: string;
  /** The managed WAF rules this cloud's edge runs, as far as `waf.exclusions.<cloud>` may name them. */
  readonly wafCatalogue: WafRuleCatalogue;
  /** How this cloud's DNS names one zone's name servers, the full set `dns.nameServers.<cloud>` must list. */
  readonly nameServerSet: NameServerSetRule;
  /** This cloud's DNS service as the public DNS view names it (`route53`, `azure-dns`, `cloud-dns`). */
  readonly dnsProvider: DnsProvider;
  /** Where each DNS value known only after an apply comes from: the stack output to copy into `dns.<field>.<cloud>`. */
  readonly dnsInputSources: DnsInputSources;
  /**
   * Parses `props.<cloud>` (the cloud's own options section), with defaults
   * applied; undefined when the cloud has no section or nothing to record.
   * Omit for a cloud without an options section.
   */
  resolveOptions?(raw: unknown, datacentres: readonly DatacentreModel[], check: FieldChecker): unknown;
  /**
   * How this cloud's edge applies `edge.keepAliveSeconds` (the setting, its
   * allowed values, what it closes), or that it has nothing that closes an
   * open connection; `options` is the cloud's resolved options section.
   */
  edgeConnectionControl(options: unknown): EdgeConnectionControl;
  /**
   * What one synthesized stack assumes exists before its first `terraform
   * init` or `plan` in this cloud (state storage, DNS zones, APIs), each with
   * the command that creates it; nothing for another cloud's stack. Reads the
   * Terraform JSON only.
   */
  prerequisites(json: StackTerraformJson, region: string): FoundPrerequisite[];
  /** Parses `stateBackend.<cloud>`; called only when it is given. */
  resolveStateBackend(raw: unknown, datacentres: readonly DatacentreModel[], check: FieldChecker): ResolvedStateBackend;
  /**
   * Loads the cloud's stack adapter (and with it the provider package).
   * Throws a DualCloudValidationError through `check` when an optional
   * provider package is missing.
   */
  loadAdapter(check: FieldChecker): CloudAdapter;
}
