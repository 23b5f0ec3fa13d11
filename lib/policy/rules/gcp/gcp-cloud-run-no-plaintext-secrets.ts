import { defineRule } from "../../rule";
import { SECRET_NAME_PATTERN } from "../../../security/secrets";
import { blocks, firstBlock } from "../../values";

/** Secrets reach Cloud Run from Secret Manager, never as plain environment values. */
export const rule = defineRule({
  id: "gcp-cloud-run-no-plaintext-secrets",
  description: "No Cloud Run (v2) container sets a secret-looking environment variable (SECRET, PASSWORD, TOKEN, API_KEY, DATABASE_URL...) to a literal value.",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_cloud_run_v2_service"],
  equivalents: {},
  fix: "declare it in secrets: it becomes a Secret Manager secret read through value_source.secret_key_ref.",
  check(r) {
    const problems: string[] = [];
    for (const container of blocks(firstBlock(r.config.template)?.containers)) {
      for (const env of blocks(container.env)) {
        if (typeof env.name === "string" && SECRET_NAME_PATTERN.test(env.name) && env.value !== undefined && env.value !== null) {
          problems.push(`container ${String(container.name ?? "(unnamed)")} sets ${env.name} as a plain value`);
        }
      }
    }
    return problems;
  },
});
