import { CLOUD_NAMES, CLOUDS, cloudPlugin, GLOBAL_LAYERS } from "../clouds/registry";
import { alertsGoNowhere } from "../model/alerts";
import { ServiceModel } from "../model/service-model";

/**
 * A Mermaid node ID for any string: letters, digits and underscores only, so
 * a region or stack name can never break the diagram's syntax.
 */
export function mermaidId(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, "_");
}

/**
 * Escapes text for a quoted Mermaid label. Quotes, angle brackets and `#`
 * become Mermaid entity codes; everything else is kept.
 */
export function mermaidLabel(value: string): string {
  return value.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

/** A quoted Mermaid label of several lines, each escaped, joined by `<br/>`. */
function label(...lines: string[]): string {
  return `"${lines.map(mermaidLabel).join("<br/>")}"`;
}

/**
 * The topology of one service as a Mermaid flowchart: clients, both global
 * stacks, and every datacentre stack grouped by cloud, each with its stack
 * name and endpoint hostname. Each global layer has an edge to every
 * datacentre it health-checks; a drained datacentre's edges are dotted and
 * labelled `drained`. Dotted edges show where alarms go: from each global
 * layer (which alarms on every datacentre) and from each cloud's datacentres
 * (each into its own notification target) to the alerts node.
 *
 * The output is deterministic (the datacentres' order as declared), so it can
 * be committed, diffed and embedded in a README.
 *
 * @example
 * writeFileSync("cdktf.out/orders-topology.mmd", renderTopologyMermaid(service.model));
 */
export function renderTopologyMermaid(model: ServiceModel): string {
  const globals = GLOBAL_LAYERS.map((layer) => ({ stack: layer.stackName(model), label: layer.diagramLabel, alerts: layer.alertsLabel }));
  const probe = `HTTPS 443 ${model.healthCheckPath}`;
  const lines: string[] = ["flowchart TB"];
  const clients = mermaidId(`clients_${model.name}`);
  lines.push(`  ${clients}([${label(`clients: https://${model.domain}`)}])`);
  lines.push(`  subgraph ${mermaidId(`global_${model.name}`)}[${label(`global DNS: ${model.routing.policy} routing, TTL ${model.routing.dnsTtlSeconds} s`)}]`);
  for (const g of globals) lines.push(`    ${mermaidId(g.stack)}[${label(g.stack, g.label)}]`);
  lines.push("  end");
  for (const cloud of CLOUD_NAMES) {
    const dcs = model.datacentres.filter((d) => d.cloud === cloud);
    if (dcs.length === 0) continue;
    lines.push(`  subgraph ${mermaidId(`${model.name}_${cloud}`)}[${label(CLOUDS[cloud].displayName)}]`);
    for (const dc of dcs) {
      const text = dc.drained ? [dc.stackName, dc.endpointHostname, "drained"] : [dc.stackName, dc.endpointHostname];
      lines.push(`    ${mermaidId(dc.stackName)}[${label(...text)}]`);
    }
    lines.push("  end");
  }
  const alerts = mermaidId(`alerts_${model.name}`);
  lines.push(`  ${alerts}>${label(`alerts: ${alertRecipients(model)}`)}]`);
  for (const g of globals) lines.push(`  ${clients} --> ${mermaidId(g.stack)}`);
  for (const { stack: global } of globals) {
    for (const dc of model.datacentres) {
      const edge = dc.drained ? `-.->|${label("drained")}|` : `-->|${label(probe)}|`;
      lines.push(`  ${mermaidId(global)} ${edge} ${mermaidId(dc.stackName)}`);
    }
  }
  for (const g of globals) lines.push(`  ${mermaidId(g.stack)} -.->|${label(g.alerts)}| ${alerts}`);
  for (const cloud of CLOUD_NAMES.filter((c) => model.datacentres.some((d) => d.cloud === c))) {
    lines.push(`  ${mermaidId(`${model.name}_${cloud}`)} -.->|${label(`each datacentre into its own ${cloudPlugin(cloud).alertTarget}`)}| ${alerts}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Who the alerts reach, for the diagram's alerts node. */
function alertRecipients(model: ServiceModel): string {
  if (alertsGoNowhere(model.alerts)) return "nobody subscribed";
  return [...model.alerts.emails, ...model.alerts.webhooks.map((w) => `webhook ${w}`)].join(", ");
}
