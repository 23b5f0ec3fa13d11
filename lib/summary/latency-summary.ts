import { routingLocationOf, RoutingLocation } from "../clouds/location-map";
import { ServiceModel } from "../model/service-model";

/**
 * Where both global layers place each datacentre, under `latency` routing
 * (else no line): one entry per row of the location map in use, its anchors
 * (Route 53 latency region / Traffic Manager location) and its datacentres.
 */
export function latencyPlacementLines(model: ServiceModel): string[] {
  if (model.routing.policy !== "latency") return [];
  const rows = new Map<RoutingLocation, string[]>();
  for (const dc of model.datacentres.filter((d) => !d.drained)) {
    const row = routingLocationOf(dc.key);
    rows.set(row, [...(rows.get(row) ?? []), dc.key]);
  }
  const entries = [...rows].map(([row, keys]) => `${Object.values(row.placedAt).join("/")}: ${keys.join(", ")}`);
  return [`    latency placement (both layers, one location map): ${entries.join("; ")}`];
}
