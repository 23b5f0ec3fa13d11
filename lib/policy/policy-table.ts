import { PolicyRule } from "./rule";

function cell(values: readonly string[] | undefined): string {
  return values && values.length > 0 ? values.join(", ") : "-";
}

function escape(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The checkov cell: IDs that agree, then each caveat's ID with its kind. */
function checkovCell(r: PolicyRule): string {
  return cell([...(r.equivalents.checkov ?? []), ...(r.equivalents.checkovCaveats ?? []).map((c) => `${c.id} (${c.kind})`)]);
}

/** The rule table of docs/POLICY.md, generated from the registry (test/policy/registry.test.ts keeps it in sync). */
export function renderPolicyTable(rules: readonly PolicyRule[]): string {
  const lines = [
    "# dualcloud policy rules",
    "",
    "Generated from `lib/policy/rules/**` by `UPDATE_POLICY_DOC=1 npx jest test/policy/registry.test.ts`; do not edit by hand.",
    "",
    `${rules.length} rules. An \`error\` fails the synth; a \`warning\` is reported. Suppress an intended exception with`,
    "`suppressPolicy(construct, ruleId, reason)`. A value only known at apply (a reference or an expression the rule",
    "cannot resolve in the stack) is reported, never passed. The synth summary counts the rules that apply to the app it",
    "synthesized: those reading a resource type the app has.",
    "",
    "Every rule is proven on the library's real output: test/policy/real-output.test.ts breaks its control on the",
    "example app (five datacentres for GCP rules) through an escape hatch and sees the rule report it. A rule whose",
    "resource types no app the library builds has guards only user additions, and says so below.",
    "",
    "| Rule | Area | Severity | Guards | Resources | Description | checkov | trivy | cdk-nag |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of rules) {
    const guards = r.userAdditionsOnly !== undefined ? "user additions only" : "library output";
    lines.push(
      `| \`${r.id}\` | ${r.area} | ${r.severity} | ${guards} | ${r.resourceTypes.map((t) => `\`${t}\``).join(", ")} | ${escape(r.description)} | ${checkovCell(r)} | ${cell(r.equivalents.trivy)} | ${cell(r.equivalents.cdkNag)} |`,
    );
  }
  lines.push(
    "",
    "## How the checkov column was checked",
    "",
    "A bare checkov ID agrees with the rule on this library's output: checkov reads the same resource type and",
    "attribute (checked in bridgecrewio/checkov's source) and passed the library's output in an external checkov 3.3.13",
    "scan (`--framework terraform_json`, example and five-datacentre apps), flipping to failed where that scan broke the",
    "control. CKV2_AWS_28 is the exception: the scan predates the web ACL association, and ALBProtectedByWAF.yaml passes",
    "a load balancer connected to one. An ID with a kind does not simply agree:",
    "",
    "- `partial`: it agrees where it runs but checks less than the rule;",
    "- `blind`: it cannot read this library's cdktf JSON (a reference to a data source's JSON, a JSON string, a renamed",
    "  attribute), so it passes whatever the control says; rely on the rule;",
    "- `absent`: it reads a resource type the library never builds, so it runs only on resources a user adds;",
    "- `stricter`: it demands more than the rule and fails on this library's output by design.",
    "",
    "`--framework terraform` checks nothing on cdktf output (it ignores `*.tf.json`). trivy and cdk-nag IDs name the same",
    "control in those tools; they were not run on this library's output (cdk-nag judges CloudFormation, not Terraform).",
    "",
    "**Current checkov crashes on these stacks.** Its `terraform_json` parser fails on a `cdk.tf.json` whose `terraform`",
    "block has `required_version` (bridgecrewio/checkov#7454, open; the fix, bridgecrewio/checkov#7467, is not merged),",
    "and every dualcloud stack sets `required_version = \">= 1.11\"`. Scan a copy without it:",
    "",
    "```sh",
    "jq 'del(.terraform.required_version)' cdktf.out/stacks/<stack>/cdk.tf.json > /tmp/<stack>.tf.json && checkov -f /tmp/<stack>.tf.json --framework terraform_json",
    "```",
    "",
    "| Rule | checkov | Kind | Why |",
    "| --- | --- | --- | --- |",
  );
  for (const r of rules) {
    for (const c of r.equivalents.checkovCaveats ?? []) lines.push(`| \`${r.id}\` | ${c.id} | ${c.kind} | ${escape(c.reason)} |`);
  }
  lines.push("", "## Rules that guard only user additions", "", "| Rule | What it guards |", "| --- | --- |");
  for (const r of rules.filter((x) => x.userAdditionsOnly !== undefined)) lines.push(`| \`${r.id}\` | ${escape(r.userAdditionsOnly!)} |`);
  return lines.join("\n") + "\n";
}
