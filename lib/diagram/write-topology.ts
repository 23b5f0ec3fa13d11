import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { IConstruct } from "constructs";
import { findServices } from "../constructs/find-services";
import { renderTopologyMermaid } from "./topology-mermaid";

/** The file name of one service's topology diagram: `<service>-topology.mmd`. */
export function topologyFileName(serviceName: string): string {
  return `${serviceName}-topology.mmd`;
}

/**
 * Writes a Mermaid topology diagram for every DualCloudService under `root`
 * into `outdir` (normally the app's `outdir`, next to the synthesized stacks),
 * one `<service>-topology.mmd` per service. Call it after `app.synth()`:
 * `cdktf synth` keeps files it does not own in its output directory.
 *
 * @returns the paths written, in tree order
 * @example
 * app.synth();
 * writeTopologyDiagrams(app, app.outdir);
 */
export function writeTopologyDiagrams(root: IConstruct, outdir: string): string[] {
  mkdirSync(outdir, { recursive: true });
  return findServices(root).map((service) => {
    const path = join(outdir, topologyFileName(service.model.name));
    writeFileSync(path, renderTopologyMermaid(service.model));
    return path;
  });
}
