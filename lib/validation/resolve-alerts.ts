import { AlertsModel, NO_ALERTS } from "../model/alerts";
import { FieldChecker } from "./checker";

/** Most email addresses `alerts.emails` may list (each is one subscription, receiver or channel per target). */
export const MAX_ALERT_EMAILS = 20;
/** Most webhooks `alerts.webhooks` may list. */
export const MAX_ALERT_WEBHOOKS = 5;

/** An email address every cloud accepts: a dot-atom local part, `@`, and a domain of at least two labels. */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL_ALLOWED = "an email address such as oncall@example.com (a dot-atom local part, @, a domain of at least two labels), at most 254 characters";
/** A webhook name: it becomes part of a Terraform variable name and of receiver names. */
const WEBHOOK = /^[a-z][a-z0-9_]{0,31}$/;
const WEBHOOK_ALLOWED = "a name of 1-32 lower-case letters, digits and underscores, starting with a letter (its URL is the sensitive Terraform variable alert_webhook_<name>)";

/**
 * Parses `alerts`: email addresses (lower-cased, each once) and webhook names,
 * reporting every bad entry (an entry that failed is returned as "" and the
 * collected problems make the whole model fail).
 */
export function resolveAlerts(check: FieldChecker, raw: unknown): AlertsModel {
  if (raw === undefined) return NO_ALERTS;
  const alerts = check.object("alerts", raw, ["emails", "webhooks"]);
  const emails = check.optional(alerts.emails, [] as string[], (v) =>
    check.array("alerts.emails", v, 0, MAX_ALERT_EMAILS).map((item, i, all) => check.attempt(() => {
      const email = check.literal(`alerts.emails[${i}]`, item, EMAIL_ALLOWED).toLowerCase();
      if (email.length > 254 || !EMAIL.test(email)) check.fail(`alerts.emails[${i}]`, item, EMAIL_ALLOWED);
      if (all.findIndex((o) => typeof o === "string" && o.toLowerCase() === email) !== i) check.fail(`alerts.emails[${i}]`, item, "each address at most once");
      return email;
    }, "")),
  );
  const webhooks = check.optional(alerts.webhooks, [] as string[], (v) =>
    check.array("alerts.webhooks", v, 0, MAX_ALERT_WEBHOOKS).map((item, i, all) => check.attempt(() => {
      // A URL given here would land in the JSON: refuse it without echoing it, since it may carry a token.
      if (typeof item === "string" && item.includes("://")) check.fail(`alerts.webhooks[${i}]`, "a URL (not shown: it may carry a secret)", `${WEBHOOK_ALLOWED}; set the URL itself as TF_VAR_alert_webhook_<name> at plan time`);
      const name = check.string(`alerts.webhooks[${i}]`, item, WEBHOOK, WEBHOOK_ALLOWED, 1, 32);
      if (all.indexOf(item) !== i) check.fail(`alerts.webhooks[${i}]`, item, "each webhook name at most once");
      return name;
    }, "")),
  );
  return { emails, webhooks };
}
