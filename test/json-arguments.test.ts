import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Fn, TerraformOutput, TerraformStack, Testing } from "cdktf";
import { decodeJsonArgument, deepForJsonencode } from "../lib/private/json-arguments";

const TERRAFORM = "/usr/local/bin/terraform";
// Terraform JSON template text as the service model holds it: `$${` is a literal `${`, `%%{` a literal `%{`.
const AWKWARD = 'say "hi" \\ back\tslash $${HOME} %%{if} 100% $5\nline two';
const MEANT = 'say "hi" \\ back\tslash ${HOME} %{if} 100% $5\nline two';

/** What cdktf writes for Fn.jsonencode of `value` (prepared as the constructs do). */
function synthesizedJsonencode(value: unknown): string {
  const stack = new TerraformStack(Testing.app(), "s");
  new TerraformOutput(stack, "o", { value: Fn.jsonencode(deepForJsonencode(value)) });
  return (JSON.parse(Testing.synth(stack)) as { output: { o: { value: string } } }).output.o.value;
}

describe("JSON-valued arguments", () => {
  it("given awkward literal text, when written through Fn.jsonencode and read back, then the value is what the text meant", () => {
    const written = synthesizedJsonencode([{ name: "app", environment: [{ name: "GREETING", value: AWKWARD }], port: 8080, on: true }]);
    expect(written.startsWith("${jsonencode([")).toBe(true);
    expect(decodeJsonArgument(written)).toEqual([{ name: "app", environment: [{ name: "GREETING", value: MEANT }], port: 8080, on: true }]);
  });

  it("keeps references as ${...} text, reads bare references and plain JSON strings, and refuses what is neither", () => {
    expect(decodeJsonArgument('${jsonencode([{"image" = "${aws_ecr_repository.r.repository_url}@sha256:ab", "valueFrom" = aws_secretsmanager_secret.s.arn}])}')).toEqual([
      { image: "${aws_ecr_repository.r.repository_url}@sha256:ab", valueFrom: "${aws_secretsmanager_secret.s.arn}" },
    ]);
    expect(decodeJsonArgument('[{"a":"${x.y}"}]')).toEqual([{ a: "${x.y}" }]);
    expect(decodeJsonArgument("${data.aws_iam_policy_document.d.json}")).toBeUndefined();
    expect(decodeJsonArgument('${jsonencode([{"a" = "unterminated}])}')).toBeUndefined();
  });

  // Terraform's own evaluation, where the binary is present (it needs no provider for `console`).
  (fs.existsSync(TERRAFORM) ? it : it.skip)("given the same text, then terraform console evaluates the written expression to the meant JSON", () => {
    const written = synthesizedJsonencode([{ value: AWKWARD }]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dualcloud-console-"));
    try {
      const out = execFileSync(TERRAFORM, ["console"], { cwd: dir, input: written.slice(2, -1), env: { ...process.env, CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: "/dev/null" } }).toString();
      expect(JSON.parse(JSON.parse(out.trim()) as string)).toEqual([{ value: MEANT }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
