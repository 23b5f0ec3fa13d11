import { PolicyRule } from "./rule";

function cell(values: readonly string[] | undefined): string {
  return values && values.length > 0 ? values.join(", ") : "-";
}

/** The rule table of docs/POLICY.md, generated from the registry (test/policy/registry.test.ts keeps it in sync). */
export function renderPolicyTable(rules: readonly PolicyRule[]): string {
  const lines = [
    "# dualcloud policy rules",
    "",
    "Generated from `lib/policy/rules/**` by `UPDATE_POLICY_DOC=1 npx jest test/policy/registry.test.ts`; do not edit by hand.",
    "",
    `${rules.length} rules. An \`error\` fails the synth; a \`warning\` is reported. Suppress an intended exception with`,
    "`suppressPolicy(construct, ruleId, reason)`.",
    "",
    "| Rule | Area | Severity | Resources | Description | checkov | trivy | cdk-nag |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of rules) {
    lines.push(
      `| \`${r.id}\` | ${r.area} | ${r.severity} | ${r.resourceTypes.map((t) => `\`${t}\``).join(", ")} | ${r.description.replace(/\|/g, "\\|")} | ${cell(r.equivalents.checkov)} | ${cell(r.equivalents.trivy)} | ${cell(r.equivalents.cdkNag)} |`,
    );
  }
  return lines.join("\n") + "\n";
}
