/*
 * Secret predicates shared by the no-plaintext-secrets invariant check and the policy rules.
 */

/** Environment variable names that look like secrets. */
export const SECRET_NAME_PATTERN = /(SECRET|PASSWORD|PASSWD|PWD|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|CONNECTION_?STRING|DATABASE_URL|DSN)/i;

/** Arguments that carry a secret's value, by resource type. Set, they must be a reference, never literal text. */
export const SECRET_VALUE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  aws_secretsmanager_secret_version: ["secret_string", "secret_string_wo", "secret_binary"],
  aws_ssm_parameter: ["value", "value_wo", "insecure_value"],
  azurerm_key_vault_secret: ["value", "value_wo"],
  google_secret_manager_secret_version: ["secret_data", "secret_data_wo"],
};
