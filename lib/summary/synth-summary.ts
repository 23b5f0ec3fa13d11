import { IConstruct } from "constructs";
import { DualCloudService } from "../constructs/dual-cloud-service";
import { failoverEstimates } from "../model/failover";
import { CLOUDS } from "../model/cloud";

/** Every DualCloudService under `root`, in tree order. */
export function findServices(root: IConstruct): DualCloudService[] {
  return root.node.findAll().filter((c): c is DualCloudService => c instanceof DualCloudService);
}

/** A compact, human-readable summary of what one service synthesizes. */
export function renderServiceSummary(service: DualCloudService): string {
  const m = service.model;
  const lines = [`dualcloud: ${m.name} (https://${m.domain}), image ${m.image.uri}`, "  datacentres:"];
  for (const dc of m.datacentres) {
    const state = dc.drained ? " [drained]" : "";
    lines.push(`    ${CLOUDS[dc.cloud].displayName.padEnd(6)} ${dc.region.name.padEnd(16)} ${dc.stackName.padEnd(34)} ${dc.endpointHostname}${state}`);
  }
  lines.push(`  global: ${service.route53Stack.node.id} (Route 53), ${service.trafficManagerStack.node.id} (Traffic Manager); routing ${m.routing.policy}`);
  for (const e of failoverEstimates(m.routing)) {
    lines.push(`    worst-case failover ${e.layer}: ${e.worstCaseSeconds} s = ${e.formula} (bound ${m.routing.maxFailoverSeconds} s)`);
  }
  return lines.join("\n");
}

/** The summary of every service in the app. */
export function renderSynthSummary(root: IConstruct): string {
  return findServices(root).map(renderServiceSummary).join("\n\n");
}
