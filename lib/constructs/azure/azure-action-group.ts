import { MonitorActionGroup } from "@cdktf/provider-azurerm/lib/monitor-action-group";
import { Construct } from "constructs";
import { AlertsModel } from "../../model/alerts";
import { physicalName } from "../../naming/physical-name";
import { alertWebhookUrl } from "../alert-webhook-variable";
import { alertReceiverId } from "../alert-receiver-id";

/** Where an action group goes and what it is called. */
export interface AzureActionGroupProps {
  /** Name parts, e.g. `["orders", "global", "alerts"]` (through the naming module). */
  readonly nameParts: readonly string[];
  /** Resource group of the action group. */
  readonly resourceGroupName: string;
  /** Who is notified. */
  readonly alerts: AlertsModel;
}

/**
 * An Azure Monitor action group (global) with one email receiver per
 * `alerts.emails` entry and one webhook receiver per webhook, whose URI is the
 * sensitive variable `alert_webhook_<name>` (never a literal in the JSON). Both
 * use the common alert schema. Receiver names are the stable receiver IDs
 * (`email-<hash>`, `webhook-<name>`).
 */
export function createActionGroup(scope: Construct, id: string, props: AzureActionGroupProps): MonitorActionGroup {
  return new MonitorActionGroup(scope, id, {
    name: physicalName("actionGroupName", props.nameParts),
    shortName: physicalName("actionGroupShortName", props.nameParts.slice(0, 1)),
    resourceGroupName: props.resourceGroupName,
    location: "global",
    emailReceiver: props.alerts.emails.map((email) => ({ name: alertReceiverId("email", email), emailAddress: email, useCommonAlertSchema: true })),
    webhookReceiver: props.alerts.webhooks.map((name) => ({ name: alertReceiverId("webhook", name), serviceUri: alertWebhookUrl(scope, name).stringValue, useCommonAlertSchema: true })),
  });
}
