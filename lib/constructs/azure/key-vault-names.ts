/**
 * The Key Vault (and Container Apps secret) name of an env-style secret name:
 * lower-case, with `_` turned into `-`, e.g. `DATABASE_URL` -> `database-url`.
 * Validation already refuses two secrets that fold to the same name.
 */
export function keyVaultSecretName(secret: string): string {
  return secret.toLowerCase().replace(/_/g, "-");
}
