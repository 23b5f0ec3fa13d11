import { defineRule } from "../../rule";
import { num, unknownProblem } from "../../values";

/** Log buckets keep logs long enough to investigate an incident. */
export const rule = defineRule({
  id: "gcp-log-bucket-retention",
  description: "No Cloud Logging bucket sets retention_days below 30 (unset means 30).",
  severity: "warning",
  area: "gcp",
  resourceTypes: ["google_logging_project_bucket_config"],
  equivalents: {},
  fix: "set retention_days to 30 or more (logRetentionDays).",
  check(r) {
    const unknown = unknownProblem("retention_days", r.config.retention_days);
    if (unknown) return [unknown];
    const days = num(r.config.retention_days);
    return days !== undefined && days < 30 ? [`logs are kept ${days} days`] : undefined;
  },
});
