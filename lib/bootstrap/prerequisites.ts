import { TerraformStack } from "cdktf";
import { CLOUD_NAMES, cloudPlugin, CloudName } from "../clouds/registry";
import { DatacentreStack } from "../constructs/datacentre-stack";

/**
 * Something a stack assumes exists before its first `terraform init` or
 * `plan`, which no dualcloud stack creates, and the one command that creates it.
 */
export interface Prerequisite {
  /** The cloud it lives in, or `registrar` for the domain's delegation. */
  readonly cloud: CloudName | "registrar";
  /** What it is, e.g. `state bucket s3://acme-tfstate-us-east-1 (us-east-1)`. */
  readonly what: string;
  /** One shell command that creates it (or, for the registrar, prints what to list there). */
  readonly command: string;
  /** Names of the stacks that need it. */
  readonly neededBy: readonly string[];
}

/** What a cloud plugin finds in one stack's Terraform JSON. */
export interface FoundPrerequisite {
  /** What it is. */
  readonly what: string;
  /** The command that creates it. */
  readonly command: string;
  /** Set when it is a copy of a DNS zone: the zone, and the command printing this copy's name servers. */
  readonly zone?: { readonly name: string; readonly nameServersCommand: string };
}

/** The parts of a stack's synthesized Terraform JSON prerequisites are read from. */
export interface StackTerraformJson {
  /** `terraform` block: the backend. */
  readonly terraform?: { readonly backend?: Readonly<Record<string, Readonly<Record<string, unknown>>>> };
  /** Data sources by type and name. */
  readonly data?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
  /** Resources by type and name. */
  readonly resource?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
  /** Provider blocks by provider name. */
  readonly provider?: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
}

/** A stack that is not a datacentre but lives in one region (the global stacks). */
interface HomeRegionStack {
  readonly homeRegion?: string;
}

/**
 * Every prerequisite of `stacks`, read by each cloud's plugin from what the
 * stacks actually reference (backends, zones read or written, resource types),
 * plus the registrar delegation of every zone; one entry per thing, listing
 * the stacks that need it, grouped by cloud.
 */
export function prerequisitesOf(stacks: readonly TerraformStack[]): Prerequisite[] {
  const found = new Map<string, { cloud: Prerequisite["cloud"]; what: string; command: string; neededBy: string[] }>();
  const zones = new Map<string, { commands: string[]; neededBy: string[] }>();
  for (const stack of stacks) {
    const json = stack.toTerraform() as StackTerraformJson;
    const region = stack instanceof DatacentreStack ? stack.datacentre.region.name : (stack as HomeRegionStack).homeRegion;
    if (region === undefined) continue;
    for (const cloud of CLOUD_NAMES) {
      for (const p of cloudPlugin(cloud).prerequisites(json, region)) {
        const entry = found.get(`${cloud} ${p.what}`) ?? { cloud, what: p.what, command: p.command, neededBy: [] };
        if (!entry.neededBy.includes(stack.node.id)) entry.neededBy.push(stack.node.id);
        found.set(`${cloud} ${p.what}`, entry);
        if (p.zone) {
          const zone = zones.get(p.zone.name) ?? { commands: [], neededBy: [] };
          if (!zone.commands.includes(p.zone.nameServersCommand)) zone.commands.push(p.zone.nameServersCommand);
          if (!zone.neededBy.includes(stack.node.id)) zone.neededBy.push(stack.node.id);
          zones.set(p.zone.name, zone);
        }
      }
    }
  }
  const byCloud = [...found.values()].sort((a, b) => CLOUD_NAMES.indexOf(a.cloud as CloudName) - CLOUD_NAMES.indexOf(b.cloud as CloudName));
  const registrar = [...zones].map(([name, z]) => ({
    cloud: "registrar" as const,
    what: `delegation of ${name} to the name servers of every copy (list them all at the registrar)`,
    command: z.commands.join(" && "),
    neededBy: z.neededBy,
  }));
  return [...byCloud, ...registrar];
}
