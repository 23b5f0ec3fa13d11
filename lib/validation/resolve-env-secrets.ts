import { Token, Tokenization } from "cdktf";
import { SECRET_NAME_PATTERN } from "../security/secrets";
import { FieldChecker } from "./checker";

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Resolves `env` and `secrets`: valid, distinct names, no secret that is also a
 * plain variable, no secret-looking name with a plain value, no Terraform
 * template text. Runs at construction, so a refused app writes no stack.
 */
export function resolveEnvAndSecrets(check: FieldChecker, rawEnv: unknown, rawSecrets: unknown): { env: Record<string, string>; secrets: string[] } {
  const envAllowed = "a name of letters, digits and underscores not starting with a digit (at most 255 characters)";
  const env: Record<string, string> = {};
  const envMap = check.optional(rawEnv, {}, (v) => check.stringMap("env", v));
  const envKeys = Object.keys(envMap);
  if (envKeys.length > 100) check.fail("env", envMap, "at most 100 variables");
  for (const key of envKeys) {
    check.string(`env.${key}`, key, ENV_NAME, envAllowed, 1, 255);
    if (key === "__proto__") check.fail(`env.${key}`, key, `${envAllowed}, other than __proto__`);
    const value = envMap[key];
    if (typeof value !== "string" || (!Token.isUnresolved(value) && value.length > 4096)) check.fail(`env.${key}`, value, "a string of at most 4096 characters");
    if (SECRET_NAME_PATTERN.test(key)) {
      // The value itself is never echoed: it may be the secret.
      check.fail(`env.${key}`, key, "a name that does not look like a secret (SECRET, PASSWORD, TOKEN, API_KEY, DATABASE_URL...); declare a secret's name in secrets, so its value comes from Secrets Manager, Key Vault or Secret Manager and is never written into the configuration");
    }
    checkLiteralText(check, `env.${key}`, value);
    env[key] = value;
  }
  const list = check.optional(rawSecrets, [], (v) => check.array("secrets", v, 0, 50));
  const secrets: string[] = [];
  const folded = new Map<string, number>();
  list.forEach((s, i) => {
    const secret = check.string(`secrets[${i}]`, s, ENV_NAME, `${envAllowed.replace("255", "64")}`, 1, 64);
    const lower = secret.toLowerCase().replace(/_/g, "-");
    const first = folded.get(lower);
    if (first !== undefined) check.fail(`secrets[${i}]`, secret, `a name distinct from secrets[${first}] (${list[first] as string}) ignoring case and _ versus -, since Key Vault names fold them`);
    folded.set(lower, i);
    if (Object.prototype.hasOwnProperty.call(env, secret)) check.fail(`secrets[${i}]`, secret, `a name that is not also a key of env (env.${secret} is set)`);
    secrets.push(secret);
  });
  return { env, secrets };
}

/**
 * A free-text value goes into Terraform JSON as a template: `${` and `%{` in
 * its literal text would be evaluated by Terraform (and fail at plan), and a
 * token-like string cdktf does not know fails deep inside synth. Refuse both.
 */
function checkLiteralText(check: FieldChecker, field: string, value: string): void {
  let literals: string[];
  try {
    literals = Token.isUnresolved(value) ? Tokenization.reverseString(value).literals.map(String) : [value];
  } catch {
    check.fail(field, value, "a string whose tokens come from this app (this one names a token cdktf does not know)");
  }
  if (literals.some((l) => /(?<!\$)\$\{|(?<!%)%\{/.test(l))) {
    check.fail(field, value, 'a string without Terraform template sequences "${" or "%{" (write "$${" or "%%{" for the literal text)');
  }
}
