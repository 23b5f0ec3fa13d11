import { SynthesizedStack, isExpression, resourcesOfType } from "../../terraform/terraform-json";
import { asObject } from "../../private/terraform-values";
import { DnsZoneView } from "../../dns/zone-view";
import { displayName } from "./dns-checks";

/** One datacentre endpoint to fetch over HTTPS. */
export interface EndpointTarget {
  /** Endpoint hostname, e.g. `us-east-1.aws.orders.example.com`. */
  readonly host: string;
  /** Datacentre key (`aws-us-east-1`) when a datacentre stack names it. */
  readonly datacentre?: string;
  /** HTTPS port the global layers probe. */
  readonly port: number;
  /** Health path, e.g. `/healthz`. */
  readonly path: string;
  /** Names the endpoint's certificate must cover: the endpoint hostname, then every service hostname routed to it. */
  readonly serverNames: readonly string[];
}

/**
 * The endpoints the app's global layers probe (Route 53 HTTPS health checks
 * and Traffic Manager external endpoints with their profile's monitor), one
 * per host, port and path, each with the service hostnames routed to it.
 */
export function endpointTargets(stacks: readonly SynthesizedStack[], view: DnsZoneView): EndpointTarget[] {
  const found = new Map<string, { host: string; port: number; path: string }>();
  const add = (host: unknown, port: unknown, path: unknown): void => {
    if (typeof host !== "string" || isExpression(host) || typeof path !== "string" || isExpression(path)) return;
    const p = typeof port === "number" ? port : 443;
    found.set(`${host.toLowerCase()} ${p} ${path}`, { host: host.toLowerCase(), port: p, path });
  };
  for (const s of stacks) {
    for (const hc of resourcesOfType(s.json, "aws_route53_health_check")) {
      if (hc.config.type === "HTTPS" || hc.config.type === "HTTPS_STR_MATCH") add(hc.config.fqdn, hc.config.port, hc.config.resource_path ?? "/");
    }
    const profiles = resourcesOfType(s.json, "azurerm_traffic_manager_profile");
    for (const ep of resourcesOfType(s.json, "azurerm_traffic_manager_external_endpoint")) {
      const profile = profiles.find((p) => typeof ep.config.profile_id === "string" && ep.config.profile_id.includes(`.${p.name}.`));
      const monitor = asObject(profile?.config.monitor_config);
      if (monitor?.protocol === "HTTPS") add(ep.config.target, monitor.port, monitor.path ?? "/");
    }
  }
  const datacentreOf = datacentresByHost(stacks);
  return [...found.values()].map((t) => ({ ...t, datacentre: datacentreOf.get(t.host), serverNames: [t.host, ...serviceHostnamesRoutedTo(view, t.host)] }));
}

/** Datacentre key by endpoint hostname, from the datacentre stacks' `endpoint_hostname` and `datacentre` outputs. */
function datacentresByHost(stacks: readonly SynthesizedStack[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stacks) {
    const outputs = asObject(s.json.output);
    const host = asObject(outputs?.endpoint_hostname)?.value;
    const dc = asObject(outputs?.datacentre)?.value;
    if (typeof host === "string" && typeof dc === "string") out.set(host.toLowerCase(), dc);
  }
  return out;
}

/** Names (not routing internals) whose routed CNAME may answer with `host`: the service hostnames a client reaches it by. */
function serviceHostnamesRoutedTo(view: DnsZoneView, host: string): string[] {
  const target = `${host}.`;
  const names = view.copies.flatMap((c) =>
    c.records.filter((r) => r.type === "CNAME" && r.answers === "one-of" && !r.routingInternal && typeof r.name === "string" && r.values.includes(target)).map((r) => displayName(String(r.name))),
  );
  return [...new Set(names)];
}
