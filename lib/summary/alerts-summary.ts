import { CLOUDS, cloudPlugin, GLOBAL_LAYERS } from "../clouds/registry";
import { DualCloudService } from "../constructs/dual-cloud-service";
import { alertsGoNowhere, alertWebhookVariable } from "../model/alerts";
import { cloudsOf } from "../model/cloud";

/**
 * Where the service's alarms go: who is notified, what each global layer
 * alarms on (every datacentre, so a whole-cloud outage still alerts through
 * the other cloud) and each cloud's per-datacentre notification target.
 */
export function alertsSummaryLines(service: DualCloudService): string[] {
  const m = service.model;
  const who = alertsGoNowhere(m.alerts)
    ? "nobody subscribed (set alerts.emails or alerts.webhooks)"
    : [...m.alerts.emails, ...m.alerts.webhooks.map((w) => `webhook ${w} (TF_VAR_${alertWebhookVariable(w)})`)].join(", ");
  const lines = [`  alerts: ${who}`];
  for (const layer of GLOBAL_LAYERS) {
    lines.push(`    ${service.globalStacks[layer.id].node.id} (${layer.displayName}): ${layer.alertsLabel}, for all ${m.datacentres.length} datacentres`);
  }
  const targets = cloudsOf(m.datacentres).map((c) => `${CLOUDS[c].displayName} ${cloudPlugin(c).alertTarget}`);
  lines.push(`    each datacentre: 5xx, unhealthy backends, cannot start, each into its own ${targets.join(", ")}`);
  return lines;
}
