import { defineRule } from "../../rule";
import { str, unknownProblem } from "../../values";

/** The longest rotation period accepted, in seconds (90 days, the CIS Google Cloud benchmark's limit). */
const MAX_ROTATION_SECONDS = 90 * 24 * 3600;

/** Customer-managed keys get a new primary version at least every 90 days. */
export const rule = defineRule({
  id: "gcp-kms-key-rotation",
  description: "Every Cloud KMS crypto key sets rotation_period to at most 90 days (7776000s).",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_kms_crypto_key"],
  equivalents: { checkov: ["CKV_GCP_43"], trivy: ["AVD-GCP-0065"] },
  fix: "set rotation_period = \"7776000s\" (or shorter) on the key.",
  check(r) {
    const period = r.config.rotation_period;
    const unknown = unknownProblem("rotation_period", period);
    if (unknown) return [unknown];
    const seconds = Number(/^(\d+(?:\.\d+)?)s$/.exec(str(period) ?? "")?.[1]);
    if (Number.isFinite(seconds) && seconds <= MAX_ROTATION_SECONDS) return undefined;
    return [period === undefined ? "the key is never rotated" : `the key rotates every ${String(period)}, longer than 90 days`];
  },
});
