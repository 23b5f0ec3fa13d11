import { TerraformStack, TerraformVariable } from "cdktf";
import { IConstruct } from "constructs";
import { alertWebhookVariable } from "../model/alerts";

/**
 * The stack's Terraform variable `alert_webhook_<name>` carrying one webhook's
 * URL, created once per stack: a string, sensitive (Terraform redacts it in
 * plans and output), without a default (a default would be written into the
 * synthesized JSON), and validated to start with `https://`. Set it at plan
 * time, e.g. `TF_VAR_alert_webhook_oncall=https://...`.
 */
export function alertWebhookUrl(scope: IConstruct, name: string): TerraformVariable {
  const stack = TerraformStack.of(scope);
  const id = alertWebhookVariable(name);
  const existing = stack.node.tryFindChild(id);
  if (existing instanceof TerraformVariable) return existing;
  return new TerraformVariable(stack, id, {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `URL of the alert webhook "${name}" (alerts.webhooks); may carry a token, so it is set at plan time and never written into the configuration.`,
    validation: [{ condition: `\${can(regex("^https://", var.${id}))}`, errorMessage: `alert_webhook_${name} must be an https:// URL.` }],
  });
}
