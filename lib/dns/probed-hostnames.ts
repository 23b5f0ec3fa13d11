import { SynthesizedStack, isExpression, resourcesOfType } from "../terraform/terraform-json";
import { absoluteName } from "./zone-view";

/**
 * The hostnames the app's health checkers resolve, absolute: every Route 53
 * health check's `fqdn` and every Traffic Manager external endpoint's
 * `target`. Values written as Terraform expressions are left out.
 */
export function probedHostnames(stacks: readonly SynthesizedStack[]): string[] {
  const out = new Set<string>();
  const add = (host: unknown): void => {
    if (typeof host === "string" && !isExpression(host)) out.add(absoluteName(host));
  };
  for (const s of stacks) {
    for (const hc of resourcesOfType(s.json, "aws_route53_health_check")) add(hc.config.fqdn);
    for (const ep of resourcesOfType(s.json, "azurerm_traffic_manager_external_endpoint")) add(ep.config.target);
  }
  return [...out].sort();
}
