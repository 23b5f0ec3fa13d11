/** Where every alarm of a service notifies, with defaults applied: the same in every cloud. */
export interface AlertsModel {
  /** Email addresses subscribed to every notification target, lower-cased, in the order given. */
  readonly emails: readonly string[];
  /** Names of HTTPS webhooks; each one's URL is the sensitive Terraform variable {@link alertWebhookVariable}. */
  readonly webhooks: readonly string[];
}

/** No subscriber: every alarm and notification target is still created, and synth warns. */
export const NO_ALERTS: AlertsModel = { emails: [], webhooks: [] };

/**
 * The Terraform variable that carries a webhook's URL in every stack that
 * notifies it, `alert_webhook_<name>`: sensitive and without a default, so the
 * URL (which may hold a token) is set at plan time (`TF_VAR_alert_webhook_<name>`)
 * and never written into synthesized JSON.
 */
export function alertWebhookVariable(name: string): string {
  return `alert_webhook_${name}`;
}

/** True when the service's alarms notify nobody. */
export function alertsGoNowhere(alerts: AlertsModel): boolean {
  return alerts.emails.length === 0 && alerts.webhooks.length === 0;
}
