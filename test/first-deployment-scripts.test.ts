import { spawnSync } from "child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

/**
 * The first-deployment scripts the wave pipeline runs (examples/github-actions/*.sh),
 * against stand-ins for terraform, aws, az, gcloud and crane that record every
 * call and answer from fixtures: what each script asks each cloud, in which
 * order, and what it refuses. The clouds themselves are not reached here.
 */
const SCRIPTS = resolve(__dirname, "..", "examples", "github-actions");
const IMAGE = `ghcr.io/acme/orders@sha256:${"4f".repeat(32)}`;
const DIGEST = IMAGE.split("@")[1];

/** A stand-in CLI: logs `name args` (and stdin, when `reads` matches) and answers from the fixture files `answers/<name> <args>`. */
const STUB = `#!/usr/bin/env bash
name="$(basename "$0")"
line="$name $*"
printf '%s\\n' "$line" >> "$FAKE_DIR/calls"
case "$line" in
  *--password-stdin*|*file:///dev/stdin*|*--data-file=-*) printf 'stdin %s\\n' "$(cat)" >> "$FAKE_DIR/calls" ;;
  *"--body @"*) printf 'body %s\\n' "$(cat "\${line##*--body @}")" >> "$FAKE_DIR/calls" ;;
esac
for answer in "$FAKE_DIR"/answers/*; do
  [ -e "$answer" ] || continue
  key="$(head -n1 "$answer")"
  case "$line" in $key) tail -n +3 "$answer"; exit "$(sed -n 2p "$answer")" ;; esac
done
exit 0
`;

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly calls: string[];
}

/** Runs a script with the stand-ins first on PATH; `answers` maps a call pattern (shell case glob) to [exit status, output]. */
function runScript(script: string, args: string[], answers: Record<string, [number, string]>, env: Record<string, string> = {}): Run {
  const dir = mkdtempSync(join(tmpdir(), "dualcloud-scripts-"));
  try {
    mkdirSync(join(dir, "bin"));
    mkdirSync(join(dir, "answers"));
    for (const tool of ["terraform", "aws", "az", "gcloud", "crane"]) {
      writeFileSync(join(dir, "bin", tool), STUB);
      chmodSync(join(dir, "bin", tool), 0o755);
    }
    Object.entries(answers).forEach(([pattern, [status, output]], i) => writeFileSync(join(dir, "answers", String(i).padStart(3, "0")), `${pattern}\n${status}\n${output}`));
    mkdirSync(join(dir, "stack"));
    const result = spawnSync("bash", [join(SCRIPTS, script), ...args.map((a) => a.replace("<stack>", join(dir, "stack")))], {
      encoding: "utf8",
      env: { PATH: `${join(dir, "bin")}:/usr/bin:/bin`, FAKE_DIR: dir, ...env },
    });
    const calls = existsSync(join(dir, "calls")) ? readFileSync(join(dir, "calls"), "utf8").trim().split("\n").map((c) => c.replaceAll(join(dir, "stack"), "<stack>")) : [];
    return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An Azure datacentre's Key Vault as the stand-ins answer for it (seed-secrets.sh, put-tls-certificate.sh). */
const VAULT_ID = "/subscriptions/s/resourceGroups/orders-eastus/providers/Microsoft.KeyVault/vaults/orders-kv-eastus";
const VAULT_ANSWERS: Record<string, [number, string]> = { "terraform -chdir=* output -raw key_vault_uri": [0, "https://orders-kv-eastus.vault.azure.net/"], "az keyvault show *": [0, VAULT_ID] };
/** The ARM URL of one secret in that vault. */
const vaultSecretUrl = (secret: string): string => `https://management.azure.com${VAULT_ID}/secrets/${secret}?api-version=2023-07-01`;

const planWith = (actions: string[][]): string => JSON.stringify({ resource_changes: actions.map((a, i) => ({ address: `r.${i}`, change: { actions: a } })) });

describe("examples/github-actions/apply-foundation.sh", () => {
  it("given a plan that only creates, applies exactly that plan", () => {
    const run = runScript("apply-foundation.sh", ["<stack>"], { "terraform show -json foundation.tfplan": [0, planWith([["create"], ["create"], ["no-op"]])] });
    expect(run.status).toBe(0);
    expect(run.calls).toEqual(["terraform init -input=false", "terraform plan -input=false -out=foundation.tfplan", "terraform show -json foundation.tfplan", "terraform apply -input=false foundation.tfplan"]);
  });

  it("given a plan that deletes anything (a datacentre that already serves), skips the apply and says why", () => {
    const run = runScript("apply-foundation.sh", ["<stack>"], { "terraform show -json foundation.tfplan": [0, planWith([["create"], ["delete"], ["delete", "create"]])] });
    expect(run.status).toBe(0);
    expect(run.calls).not.toContain("terraform apply -input=false foundation.tfplan");
    expect(run.stdout).toMatch(/stack: the foundation plan would delete 2 resource\(s\); the datacentre already serves, so its foundation apply is skipped/);
  });

  it("given a failing plan, fails without applying", () => {
    const run = runScript("apply-foundation.sh", ["<stack>"], { "terraform plan *": [1, "Error: no credentials"] });
    expect(run.status).not.toBe(0);
    expect(run.calls.some((c) => c.startsWith("terraform apply"))).toBe(false);
  });
});

describe("examples/github-actions/copy-image.sh", () => {
  const repository = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders";

  it("on AWS, logs in to the datacentre's ECR and copies the image by digest (the repository's tags are immutable)", () => {
    const run = runScript("copy-image.sh", ["aws", "<stack>", IMAGE], { "terraform -chdir=* output -raw repository_url": [0, repository], "aws ecr get-login-password *": [0, "token"] });
    expect(run.status).toBe(0);
    // The two sides of `aws ecr get-login-password | crane auth login` start together: either may log first.
    const [resolveRepository, ...rest] = run.calls;
    expect(resolveRepository).toBe("terraform -chdir=<stack> output -raw repository_url");
    expect([...rest.slice(0, 2)].sort()).toEqual([
      "aws ecr get-login-password --region eu-west-1",
      "crane auth login 123456789012.dkr.ecr.eu-west-1.amazonaws.com -u AWS --password-stdin",
    ]);
    expect(rest.slice(2)).toEqual(["stdin token", `crane copy ${IMAGE} ${repository}@${DIGEST}`]);
  });

  it("on Azure, imports by digest inside Azure (works with the registry's public access off)", () => {
    const run = runScript("copy-image.sh", ["azure", "<stack>", IMAGE], { "terraform -chdir=* output -raw registry_login_server": [0, "ordersacreastus.azurecr.io"] });
    expect(run.calls).toEqual(["terraform -chdir=<stack> output -raw registry_login_server", `az acr import --name ordersacreastus --source ${IMAGE} --repository acme/orders`]);
  });

  it("on GCP, copies into the image reference the stack outputs", () => {
    const target = `europe-west1-docker.pkg.dev/acme-orders/orders/acme/orders@${DIGEST}`;
    const run = runScript("copy-image.sh", ["gcp", "<stack>", IMAGE], { "terraform -chdir=* output -raw image": [0, target] });
    expect(run.calls).toEqual(["terraform -chdir=<stack> output -raw image", "gcloud auth configure-docker europe-west1-docker.pkg.dev --quiet", `crane copy ${IMAGE} ${target}`]);
  });

  it("refuses an image by tag and an unknown cloud", () => {
    expect(runScript("copy-image.sh", ["aws", "<stack>", "ghcr.io/acme/orders:latest"], {})).toMatchObject({ status: 2, calls: [] });
    expect(runScript("copy-image.sh", ["oci", "<stack>", IMAGE], {}).stderr).toMatch(/unknown cloud oci/);
  });
});

describe("examples/github-actions/seed-secrets.sh", () => {
  const value = "postgres://orders:s3cret@db/orders";

  it("on AWS, sets the first value of a secret without one, through stdin, and leaves a secret with a value alone", () => {
    const arns = { DATABASE_URL: "arn:aws:secretsmanager:us-east-1:1:secret:orders/database_url", API_KEY: "arn:aws:secretsmanager:us-east-1:1:secret:orders/api_key" };
    const run = runScript("seed-secrets.sh", ["aws", "<stack>", "DATABASE_URL", "API_KEY"], {
      "terraform -chdir=* output -json secret_arns": [0, JSON.stringify(arns)],
      "aws secretsmanager describe-secret --secret-id *database_url*": [0, "0"],
      "aws secretsmanager describe-secret --secret-id *api_key*": [0, "1"],
    }, { DATABASE_URL: value, API_KEY: "unused" });
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([
      "terraform -chdir=<stack> output -json secret_arns",
      `aws secretsmanager describe-secret --secret-id ${arns.DATABASE_URL} --query length(keys(VersionIdsToStages || \`{}\`)) --output text`,
      `aws secretsmanager put-secret-value --secret-id ${arns.DATABASE_URL} --secret-string file:///dev/stdin`,
      `stdin ${value}`,
      `aws secretsmanager describe-secret --secret-id ${arns.API_KEY} --query length(keys(VersionIdsToStages || \`{}\`)) --output text`,
    ]);
    expect(run.stdout).toBe("DATABASE_URL: first value set\nAPI_KEY: has a value, left alone\n");
  });

  it("on Azure, writes the secret through the management plane (the vault's data plane is closed), value in a body file", () => {
    const url = vaultSecretUrl("database-url");
    const run = runScript("seed-secrets.sh", ["azure", "<stack>", "DATABASE_URL"], { ...VAULT_ANSWERS, "az rest --method get *": [3, "Not Found"] }, { DATABASE_URL: value });
    expect(run.status).toBe(0);
    expect(run.calls.map((c) => c.replace(/--body @\S+/, "--body @<file>"))).toEqual([
      "terraform -chdir=<stack> output -raw key_vault_uri",
      "az keyvault show --name orders-kv-eastus --query id -o tsv",
      `az rest --method get --url ${url}`,
      `az rest --method put --url ${url} --body @<file>`,
      `body ${JSON.stringify({ properties: { value } })}`,
    ]);
    expect(run.calls.filter((c) => !c.startsWith("body ")).some((c) => c.includes(value))).toBe(false);
    const bodyFile = run.calls.find((c) => c.startsWith("az rest --method put"))!.split("--body @")[1];
    expect(bodyFile).toMatch(/^\/dev\/shm\//);
    expect(existsSync(bodyFile)).toBe(false);
  });

  it("on GCP, adds a first version only to a secret without one", () => {
    const run = runScript("seed-secrets.sh", ["gcp", "<stack>", "DATABASE_URL"], {
      "terraform -chdir=* output -json secret_ids": [0, JSON.stringify({ DATABASE_URL: "orders-database-url" })],
      "gcloud secrets versions list *": [0, ""],
    }, { DATABASE_URL: value });
    expect(run.calls).toEqual([
      "terraform -chdir=<stack> output -json secret_ids",
      "gcloud secrets versions list orders-database-url --limit=1 --format=value(name)",
      "gcloud secrets versions add orders-database-url --data-file=-",
      `stdin ${value}`,
    ]);
  });

  it("fails, naming the variable, when a value is missing from the environment, and on a name the stack does not output", () => {
    const answers: Record<string, [number, string]> = { "terraform -chdir=* output -json secret_arns": [0, JSON.stringify({ DATABASE_URL: "arn:x" })], "aws secretsmanager describe-secret *": [0, "0"] };
    const missing = runScript("seed-secrets.sh", ["aws", "<stack>", "DATABASE_URL"], answers);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/DATABASE_URL is not set in the environment/);
    expect(missing.calls).toEqual([]);
    const unknown = runScript("seed-secrets.sh", ["aws", "<stack>", "API_KEY"], answers, { API_KEY: "x" });
    expect(unknown.status).not.toBe(0);
    expect(unknown.calls.some((c) => c.includes("describe-secret"))).toBe(false);
  });
});

describe("examples/github-actions/put-tls-certificate.sh", () => {
  const url = vaultSecretUrl("tls");
  const pfx = Buffer.from("not really a pfx, but bytes").toString("base64");

  it("given a vault without the certificate, writes it through the management plane as a PKCS#12 secret, from a body file that is removed", () => {
    const run = runScript("put-tls-certificate.sh", ["<stack>"], { ...VAULT_ANSWERS, "az rest --method get *": [3, "Not Found"] }, { TLS_PFX_BASE64: pfx });
    expect(run.status).toBe(0);
    expect(run.calls.map((c) => c.replace(/--body @\S+/, "--body @<file>"))).toEqual([
      "terraform -chdir=<stack> output -raw key_vault_uri",
      "az keyvault show --name orders-kv-eastus --query id -o tsv",
      `az rest --method get --url ${url}`,
      `az rest --method put --url ${url} --body @<file>`,
      `body ${JSON.stringify({ properties: { value: pfx, contentType: "application/x-pkcs12" } })}`,
    ]);
    expect(run.calls.filter((c) => !c.startsWith("body ")).some((c) => c.includes(pfx))).toBe(false);
    const bodyFile = run.calls.find((c) => c.startsWith("az rest --method put"))!.split("--body @")[1];
    expect(bodyFile).toMatch(/^\/dev\/shm\//);
    expect(existsSync(bodyFile)).toBe(false);
    expect(run.stdout).toBe("tls: put in orders-kv-eastus\n");
  });

  it("given a vault that has it, leaves it alone (renewing is deliberate), and takes another certificate name", () => {
    const run = runScript("put-tls-certificate.sh", ["<stack>", "orders-tls"], VAULT_ANSWERS, { TLS_PFX_BASE64: pfx });
    expect(run.status).toBe(0);
    expect(run.calls.at(-1)).toBe(`az rest --method get --url ${url.replace("/secrets/tls?", "/secrets/orders-tls?")}`);
    expect(run.stdout).toBe("orders-tls: already in orders-kv-eastus, left alone\n");
  });

  it("refuses to start without the certificate in the environment, or with one that is not base64", () => {
    const missing = runScript("put-tls-certificate.sh", ["<stack>"], VAULT_ANSWERS);
    expect(missing).toMatchObject({ status: 2, calls: [] });
    expect(missing.stderr).toMatch(/TLS_PFX_BASE64 is not set/);
    const garbled = runScript("put-tls-certificate.sh", ["<stack>"], VAULT_ANSWERS, { TLS_PFX_BASE64: "-----BEGIN CERTIFICATE-----" });
    expect(garbled).toMatchObject({ status: 2, calls: [] });
    expect(garbled.stderr).toMatch(/not base64/);
  });
});
