import { TerraformStack } from "cdktf";
import type { Prerequisite, StackTerraformJson } from "../clouds/prerequisite";
import { CLOUD_NAMES, cloudPlugin, CloudName } from "../clouds/registry";
import { DatacentreStack } from "../constructs/datacentre-stack";

/** A stack that is not a datacentre but lives in one region (the global stacks). */
interface HomeRegionStack {
  readonly homeRegion?: string;
}

/**
 * Every prerequisite of `stacks`, read by each cloud's plugin from what the
 * stacks actually reference (backends, zones read or written, resource types,
 * certificates read from a vault before the serving stage), plus the
 * registrar delegation of every zone; one entry per thing, listing
 * the stacks that need it, grouped by cloud.
 */
export function prerequisitesOf(stacks: readonly TerraformStack[]): Prerequisite[] {
  const found = new Map<string, { cloud: Prerequisite["cloud"]; what: string; command: string; neededBy: string[]; beforeStage?: "serving" }>();
  const zones = new Map<string, { commands: string[]; neededBy: string[] }>();
  for (const stack of stacks) {
    const json = stack.toTerraform() as StackTerraformJson;
    const region = stack instanceof DatacentreStack ? stack.datacentre.region.name : (stack as HomeRegionStack).homeRegion;
    if (region === undefined) continue;
    for (const cloud of CLOUD_NAMES) {
      for (const p of cloudPlugin(cloud).prerequisites(json, region)) {
        const entry = found.get(`${cloud} ${p.what}`) ?? { cloud, what: p.what, command: p.command, neededBy: [], ...(p.beforeStage ? { beforeStage: p.beforeStage } : {}) };
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
    what: `delegation of ${name} to the name servers of every copy (list them all at the registrar once synth reports no DNS parity gap; until then only the copy the certificates validate through: docs/dns.md)`,
    command: z.commands.join(" && "),
    neededBy: z.neededBy,
  }));
  return [...byCloud, ...registrar];
}
