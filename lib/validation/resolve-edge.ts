import { CLOUD_NAMES, cloudPlugin, CloudName } from "../clouds/registry";
import { DEFAULTS } from "../model/defaults";
import { EdgeModel, UnboundedConnections } from "../model/edge";
import { CloudSection, DatacentreModel, RoutingModel } from "../model/service-model";
import { FieldChecker, PlainObject } from "./checker";
import { openConnectionBounds } from "./open-connection-bounds";

/**
 * Resolves `edge`: `keepAliveSeconds` must be a value every used cloud's edge
 * accepts, and the longest an open connection can stay on a failed datacentre
 * must be within `routing.maxFailoverSeconds`; an edge that cannot bound it
 * fails unless `unboundedConnections` is `accept`.
 */
export function resolveEdge(
  check: FieldChecker,
  raw: unknown,
  datacentres: readonly DatacentreModel[],
  clouds: Partial<Record<CloudName, CloudSection>>,
  routing: RoutingModel,
): EdgeModel {
  const e = check.optional(raw, {} as PlainObject, (v) => check.object("edge", v, ["keepAliveSeconds", "unboundedConnections"]));
  const keepAliveSeconds = check.optional(e.keepAliveSeconds, DEFAULTS.keepAliveSeconds as number, (v) => check.integer("edge.keepAliveSeconds", v, 1, 604800));
  const unboundedConnections = check.optional(e.unboundedConnections, DEFAULTS.unboundedConnections as UnboundedConnections, (v) =>
    check.oneOf("edge.unboundedConnections", v, ["refuse", "accept"] as const),
  );
  for (const cloud of CLOUD_NAMES.filter((c) => datacentres.some((d) => d.cloud === c))) {
    const control = cloudPlugin(cloud).edgeConnectionControl(clouds[cloud]?.options);
    if (control.closes === "nothing") continue;
    const { minSeconds, maxSeconds, stepSeconds } = control;
    if (keepAliveSeconds < minSeconds || keepAliveSeconds > maxSeconds || keepAliveSeconds % stepSeconds !== 0) {
      const step = stepSeconds > 1 ? `, a multiple of ${stepSeconds}` : "";
      check.fail("edge.keepAliveSeconds", keepAliveSeconds, `${minSeconds} to ${maxSeconds}${step} on ${cloud} (${control.setting})`);
    }
  }
  const edge: EdgeModel = { keepAliveSeconds, unboundedConnections };
  for (const bound of openConnectionBounds(datacentres, clouds, edge)) {
    if (bound.seconds === undefined) {
      if (unboundedConnections === "refuse") {
        check.fail("edge", bound.datacentre, `an edge that closes open connections within routing.maxFailoverSeconds (there: ${bound.how}), or edge.unboundedConnections "accept" to allow it knowingly`);
      }
    } else if (bound.seconds > routing.maxFailoverSeconds) {
      check.fail(
        "edge.keepAliveSeconds",
        `${bound.datacentre}: ${bound.seconds} s`,
        `an open connection leaving a failed datacentre within routing.maxFailoverSeconds (${routing.maxFailoverSeconds} s; ${bound.datacentre}: ${bound.how}): lower edge.keepAliveSeconds or raise the bound`,
      );
    }
  }
  return edge;
}
