import { PolicyResource } from "../rule";
import { includesInternet } from "../../security/ingress";
import { blocks, isUnknown, str, strings } from "../values";

/** The security rules of an NSG resource, or the standalone rule itself. */
export function nsgRulesOf(r: PolicyResource): Record<string, unknown>[] {
  return r.type === "azurerm_network_security_group" ? blocks(r.config.security_rule) : [r.config];
}

/** Inbound Allow rules whose source includes the internet. */
export function internetAllowRules(r: PolicyResource): Record<string, unknown>[] {
  return nsgRulesOf(r)
    .filter((s) => str(s.direction) === "Inbound" && str(s.access) === "Allow")
    .filter((s) => includesInternet([...strings(s.source_address_prefix), ...strings(s.source_address_prefixes)]));
}

/** Inbound Allow rules with a source prefix only known at apply, each as `<rule name>: <prefix>`. */
export function unknownSourceAllowRules(r: PolicyResource): string[] {
  return nsgRulesOf(r)
    .filter((s) => str(s.direction) === "Inbound" && str(s.access) === "Allow")
    .flatMap((s) => [s.source_address_prefix, ...(Array.isArray(s.source_address_prefixes) ? s.source_address_prefixes : [])].filter(isUnknown).map((p) => `${String(s.name)}: ${String(p)}`));
}

/** The NSG resource types both NSG rules read. */
export const NSG_TYPES = ["azurerm_network_security_group", "azurerm_network_security_rule"] as const;
