import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { AwsNetwork } from "../lib/constructs/aws/aws-network";
import { buildService, StackJson, synthService, synthStack } from "./support/synth";

/**
 * The VPC flow log role: the permissions AWS's "IAM role for publishing flow
 * logs to CloudWatch Logs" lists (bar CreateLogGroup, docs/aws.md), and the
 * confused-deputy conditions the same page recommends on its trust policy.
 */

/** The aws_iam_policy_document whose address contains `fragment`. */
function doc(json: StackJson, fragment: string): StackJson {
  const found = Object.entries(json.data.aws_iam_policy_document as Record<string, StackJson>).filter(([n]) => n.includes(fragment));
  expect(found).toHaveLength(1);
  return found[0][1];
}

/** `${data.<type>.<name>.<attr>}` for the only data source of `type` whose name matches `name`. */
function dataRef(json: StackJson, type: string, name: RegExp, attr: string): string {
  const names = Object.keys(json.data[type]).filter((n) => name.test(n));
  expect(names).toHaveLength(1);
  return `\${data.${type}.${names[0]}.${attr}}`;
}

describe("AwsNetwork flow log role", () => {
  const stacks = synthService(buildService({ secrets: ["DATABASE_URL"] }).service);

  describe.each([["orders-aws-us-east-1", "us-east-1"], ["orders-aws-eu-west-1", "eu-west-1"]])("given the %s stack", (stackName, region) => {
    const json = stacks[stackName];
    const account = dataRef(json, "aws_caller_identity", /^aws-[a-z0-9-]+_account_/, "account_id");
    const partition = dataRef(json, "aws_partition", /^aws-[a-z0-9-]+_partition_/, "partition");

    it("may be assumed only by flow logs of this account in this region", () => {
      expect(doc(json, "flow-log-trust").statement).toEqual([
        {
          effect: "Allow",
          actions: ["sts:AssumeRole"],
          principals: [{ type: "Service", identifiers: ["vpc-flow-logs.amazonaws.com"] }],
          condition: [
            { test: "StringEquals", variable: "aws:SourceAccount", values: [account] },
            { test: "ArnLike", variable: "aws:SourceArn", values: [`arn:${partition}:ec2:${region}:${account}:vpc-flow-log/*`] },
          ],
        },
      ]);
    });

    it("may find log groups and write only its own group's streams", () => {
      const statements = doc(json, "flow-log-permissions").statement as StackJson[];
      const groupArn = `\${aws_cloudwatch_log_group.${Object.keys(json.resource.aws_cloudwatch_log_group).find((n) => n.includes("flow-log-group"))}.arn}`;
      expect(statements).toEqual([
        {
          sid: "WriteFlowLogGroup",
          effect: "Allow",
          actions: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
          resources: [groupArn, `${groupArn}:log-stream:*`],
        },
        { sid: "FindFlowLogGroup", effect: "Allow", actions: ["logs:DescribeLogGroups"], resources: ["*"] },
      ]);
      expect(statements.flatMap((s) => s.actions)).not.toContain("logs:CreateLogGroup");
    });
  });
});

describe("AwsNetwork built on its own, without accountId and partition", () => {
  const stack = new TerraformStack(Testing.app(), "network");
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  const kmsKey = new KmsKey(stack, "key", { enableKeyRotation: true });
  new AwsNetwork(stack, "network", { serviceName: "orders", region: "eu-west-1", regionZones: 3, cidr: "10.0.0.0/16", egress: "single", kmsKey, logRetentionDays: 30 });
  const json = synthStack(stack);

  it("reads the account and partition with its own data sources for the flow log role's trust conditions", () => {
    const account = dataRef(json, "aws_caller_identity", /^network_caller_/, "account_id");
    const partition = dataRef(json, "aws_partition", /^network_partition_/, "partition");
    expect(doc(json, "flow-log-trust").statement[0].condition).toEqual([
      { test: "StringEquals", variable: "aws:SourceAccount", values: [account] },
      { test: "ArnLike", variable: "aws:SourceArn", values: [`arn:${partition}:ec2:eu-west-1:${account}:vpc-flow-log/*`] },
    ]);
  });
});
