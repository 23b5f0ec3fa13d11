import { cloudPlugin, CloudName } from "../clouds/registry";
import { EdgeModel, OpenConnectionBound } from "../model/edge";
import { CloudSection, DatacentreModel } from "../model/service-model";

/**
 * How long an already open client connection can stay on each datacentre
 * after it fails, from its cloud's edge and `edge.keepAliveSeconds`. DNS
 * failover moves only new connections; these bound the rest.
 */
export function openConnectionBounds(
  datacentres: readonly DatacentreModel[],
  clouds: Partial<Record<CloudName, CloudSection>>,
  edge: EdgeModel,
): OpenConnectionBound[] {
  return datacentres.map((dc) => {
    const control = cloudPlugin(dc.cloud).edgeConnectionControl(clouds[dc.cloud]?.options);
    if (control.closes === "nothing") return { datacentre: dc.key, how: `${control.edge} has no setting that closes an open connection` };
    return { datacentre: dc.key, seconds: edge.keepAliveSeconds, how: `${control.setting} ${edge.keepAliveSeconds} s closes ${control.closes}` };
  });
}
