import { defineRule } from "../../rule";
import { num, unknownProblem } from "../../values";

/** Deleting a secret is recoverable. */
export const rule = defineRule({
  id: "aws-secret-recovery-window",
  description: "No Secrets Manager secret sets recovery_window_in_days = 0 (immediate, unrecoverable deletion).",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_secretsmanager_secret"],
  equivalents: {},
  fix: "leave recovery_window_in_days at its default (30) or set 7 to 30.",
  check(r) {
    const unknown = unknownProblem("recovery_window_in_days", r.config.recovery_window_in_days);
    if (unknown) return [unknown];
    return num(r.config.recovery_window_in_days) === 0 ? ["a destroy deletes the secret immediately and for good"] : undefined;
  },
});
