import { defineRule } from "../../rule";
import { num, unknownProblem } from "../../values";

/** Log groups expire their data. */
export const rule = defineRule({
  id: "aws-log-group-retention",
  description: "Every CloudWatch log group sets retention_in_days (a positive number of days; 0 or absent keeps logs forever).",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_cloudwatch_log_group"],
  equivalents: { checkov: ["CKV_AWS_66"] },
  fix: "set retention_in_days (e.g. 30, or 365 for audit needs).",
  check(r) {
    const unknown = unknownProblem("retention_in_days", r.config.retention_in_days);
    if (unknown) return [unknown];
    const days = num(r.config.retention_in_days);
    return days !== undefined && days > 0 ? undefined : ["the log group keeps logs forever"];
  },
});
