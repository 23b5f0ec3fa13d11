import { IConstruct } from "constructs";
import { DualCloudService } from "../constructs/dual-cloud-service";
import { wafModeOf } from "../model/waf";
import { CLOUDS, GLOBAL_LAYERS } from "../clouds/registry";
import { policySummaryLines } from "../policy/policy-pack";
import { capacitySummarySection } from "./capacity-summary";
import { ServiceSummarySection, SuppressionsSummarySection } from "./summary-section";
import { findServices } from "../constructs/find-services";
import { prerequisitesSummarySection } from "./prerequisites-summary";
import { failoverFigureLines, failoverOrderLines } from "./failover-summary";
import { alertsSummaryLines } from "./alerts-summary";
import { latencyPlacementLines } from "./latency-summary";

/** Sections a synth summary adds to its fixed part. */
export interface SynthSummaryOptions {
  /**
   * Sections appended to every service's summary, in order.
   * @default - the capacity under each failure (`capacitySummarySection`), then the prerequisites and their commands (`prerequisitesSummarySection`)
   */
  readonly serviceSections?: readonly ServiceSummarySection[];
  /**
   * Lines about policy suppressions, printed once after every service.
   * @default - the policy pack's rule count and every suppression with its reason (`policySummaryLines`)
   */
  readonly suppressions?: SuppressionsSummarySection;
}

/** A compact, human-readable summary of what one service synthesizes. */
export function renderServiceSummary(service: DualCloudService, sections: readonly ServiceSummarySection[] = []): string {
  const m = service.model;
  const lines = [`dualcloud: ${m.name} (https://${m.domain}), image ${m.image.uri}`, "  datacentres:"];
  // Columns as wide as their longest entry (at least the widths the README shows), so long
  // region and stack names such as germanywestcentral keep the table aligned.
  const width = (values: string[], min: number): number => Math.max(min, ...values.map((v) => v.length));
  const cloudWidth = width(m.datacentres.map((dc) => CLOUDS[dc.cloud].displayName), 6);
  const regionWidth = width(m.datacentres.map((dc) => dc.region.name), 16);
  const stackWidth = width(m.datacentres.map((dc) => dc.stackName), 34);
  const endpointWidth = width(m.datacentres.map((dc) => dc.endpointHostname), 0);
  for (const dc of m.datacentres) {
    const state = `${dc.stage === "foundation" ? " [foundation: no workload]" : ""}${dc.drained ? " [drained]" : ""}`;
    const waf = `waf ${wafModeOf(m.waf, dc.cloud)}`;
    lines.push(`    ${CLOUDS[dc.cloud].displayName.padEnd(cloudWidth)} ${dc.region.name.padEnd(regionWidth)} ${dc.stackName.padEnd(stackWidth)} ${dc.endpointHostname.padEnd(endpointWidth)}  ${waf}${state}`);
  }
  const layers = GLOBAL_LAYERS.map((layer) => `${service.globalStacks[layer.id].node.id} (${layer.displayName})`);
  lines.push(`  global: ${layers.join(", ")}; routing ${m.routing.policy}`);
  lines.push(...failoverFigureLines(m));
  lines.push(...failoverOrderLines(m));
  lines.push(...latencyPlacementLines(m));
  lines.push(...alertsSummaryLines(service));
  for (const section of sections) lines.push(...section(service));
  return lines.join("\n");
}

/**
 * The summary of every service under `root` (normally the App), then the
 * policy pack section (rule count and suppressions).
 *
 * @example
 * app.synth();
 * console.log(renderSynthSummary(app));
 */
export function renderSynthSummary(root: IConstruct, options: SynthSummaryOptions = {}): string {
  const parts = findServices(root).map((s) => renderServiceSummary(s, options.serviceSections ?? [capacitySummarySection, prerequisitesSummarySection]));
  if (parts.length === 0) return "";
  const policyLines = (options.suppressions ?? policySummaryLines)(root);
  if (policyLines.length > 0) parts.push(policyLines.join("\n"));
  return parts.join("\n\n");
}
