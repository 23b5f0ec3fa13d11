import { Finding } from "./finding";
import { decodeJsonArgument } from "../private/json-arguments";
import { blocks } from "../private/terraform-values";
import { SECRET_VALUE_ARGUMENTS } from "../security/secrets";
import { isPureExpression, SynthesizedStack, terraformBlocks, visitStrings } from "../terraform/terraform-json";

const CHECK = "no-plaintext-secrets" as const;

/** What the secrets check knows about the secrets of the app. */
export interface SecretCheckOptions {
  /**
   * Names of declared secrets (`secrets` of the service). A plain environment
   * variable with one of these names is a secret passed in the clear.
   * @default - none
   */
  readonly secretNames?: readonly string[];
  /**
   * Known secret values, e.g. canaries planted by a test. None may appear
   * anywhere in the synthesized JSON.
   * @default - none
   */
  readonly secretValues?: readonly string[];
}

/**
 * No plaintext secrets: secrets are declared by name and never written as values.
 * Finds literal values on secret resources (`secret_string`, `value`,
 * `secret_data`...), literal `value`s in Container Apps `secret` blocks, plain
 * environment variables (ECS container definitions, Container Apps and Cloud
 * Run `env`) named like a
 * declared secret, and any known secret value anywhere in the JSON.
 */
export function checkNoPlaintextSecrets(stacks: readonly SynthesizedStack[], options: SecretCheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const secretNames = new Set(options.secretNames ?? []);
  const values = (options.secretValues ?? []).filter((v) => v.length > 0);
  for (const stack of stacks) {
    const finding = (address: string, message: string): void => {
      findings.push({ check: CHECK, stack: stack.name, address, message });
    };
    for (const block of terraformBlocks(stack.json)) {
      if (block.kind !== "resource") continue;
      for (const argument of SECRET_VALUE_ARGUMENTS[block.type] ?? []) {
        const v = block.config[argument];
        if (v !== undefined && v !== null && !(typeof v === "string" && isPureExpression(v))) {
          finding(`${block.address}.${argument}`, `a secret value written into the configuration; allowed: no value (set it out of band) or a reference to one`);
        }
      }
      if (block.type === "azurerm_container_app") {
        blocks(block.config.secret).forEach((secret, i) => {
          const v = secret.value;
          if (v !== undefined && v !== null && !(typeof v === "string" && isPureExpression(v))) {
            finding(`${block.address}.secret[${i}].value`, `secret ${String(secret.name)} carries a literal value; allowed: key_vault_secret_id with an identity`);
          }
        });
        for (const template of blocks(block.config.template)) {
          for (const container of blocks(template.container)) {
            blocks(container.env).forEach((env, i) => {
              if (typeof env.name === "string" && secretNames.has(env.name) && env.value !== undefined) {
                finding(`${block.address}.template.container.env[${i}]`, `secret ${env.name} is a plain environment variable; allowed: secret_name referencing a Key Vault secret`);
              }
            });
          }
        }
      }
      if (block.type === "google_cloud_run_v2_service") {
        for (const template of blocks(block.config.template)) {
          for (const container of blocks(template.containers)) {
            blocks(container.env).forEach((env, i) => {
              if (typeof env.name === "string" && secretNames.has(env.name) && env.value !== undefined) {
                finding(`${block.address}.template.containers.env[${i}]`, `secret ${env.name} is a plain environment variable; allowed: value_source.secret_key_ref to a Secret Manager secret`);
              }
            });
          }
        }
      }
      if (block.type === "aws_ecs_task_definition" && typeof block.config.container_definitions === "string") {
        for (const container of parseContainerDefinitions(block.config.container_definitions)) {
          blocks(container.environment).forEach((env, i) => {
            if (typeof env.name === "string" && secretNames.has(env.name)) {
              finding(`${block.address}.container_definitions[${String(container.name)}].environment[${i}]`, `secret ${env.name} is a plain environment variable; allowed: a secrets entry with valueFrom a Secrets Manager ARN`);
            }
          });
        }
      }
    }
    if (values.length > 0) {
      visitStrings(stack.json, (text, path) => {
        if (values.some((v) => text.includes(v))) finding(path, "contains a secret value; allowed: secret values only in Secrets Manager, Key Vault or Secret Manager, never in the configuration");
      });
    }
  }
  return findings;
}

function parseContainerDefinitions(text: string): Readonly<Record<string, unknown>>[] {
  return blocks(decodeJsonArgument(text));
}

