import { prerequisitesOf } from "./prerequisites";
import { ServiceSummarySection } from "./summary-section";

/**
 * The summary section naming everything the service's stacks assume exists
 * before their first `terraform init` (state storage, DNS zones, Google Cloud
 * APIs, the registrar delegation) or before the serving stage (the Azure TLS
 * certificate), each with the command that creates it.
 */
export const prerequisitesSummarySection: ServiceSummarySection = (service) => {
  const stacks = [...service.datacentreStacks, service.route53Stack, service.trafficManagerStack];
  const lines = ["  prerequisites (create once, before the first terraform init or the stage named; README \"First deployment\"):"];
  for (const p of prerequisitesOf(stacks)) {
    lines.push(`    ${p.cloud.padEnd(9)} ${p.what}${p.beforeStage ? `, before the ${p.beforeStage} stage` : ""}, for ${p.neededBy.join(", ")}`);
    lines.push(`              $ ${p.command}`);
  }
  return lines;
};
