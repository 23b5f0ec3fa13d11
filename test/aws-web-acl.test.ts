import { DualCloudValidationError } from "../lib";
import { AWS_MANAGED_RULE_GROUPS } from "../lib/constructs/aws/waf-rules";
import { policyFindings } from "../lib/policy";
import { suppressionReason } from "../lib/policy/suppressions";
import { AwsDatacentre } from "../lib/constructs/aws/aws-datacentre";
import { buildService, resourcesOfType, StackJson, synthService } from "./support/synth";

const AWS_ONLY = {};

function only(json: StackJson, type: string): StackJson {
  const all = resourcesOfType(json, type);
  expect(all).toHaveLength(1);
  return all[0];
}

function address(json: StackJson, type: string, fragment: string): string {
  const names = Object.keys(json.resource[type] as object).filter((n) => n.includes(fragment));
  expect(names).toHaveLength(1);
  return `${type}.${names[0]}`;
}

describe("AWS web ACL (createWebAcl)", () => {
  describe("given the default waf", () => {
    const { service } = buildService(AWS_ONLY);
    const use1 = synthService(service)["orders-aws-us-east-1"];
    const acl = only(use1, "aws_wafv2_web_acl");

    it("then a regional web ACL allows by default and runs the per-IP rate rule first, blocking", () => {
      expect(acl).toMatchObject({ name: "orders-us-east-1", scope: "REGIONAL", default_action: { allow: {} } });
      expect(acl.rule[0]).toMatchObject({
        name: "rate-limit-per-ip",
        priority: 0,
        action: { block: {} },
        statement: { rate_based_statement: { limit: 2000, aggregate_key_type: "IP", evaluation_window_sec: 300 } },
      });
    });

    it("then the AWS managed rule groups follow, enforced (override none), without paid groups", () => {
      expect(acl.rule.slice(1).map((r: StackJson) => [r.name, r.priority, r.override_action, r.statement.managed_rule_group_statement])).toEqual(
        AWS_MANAGED_RULE_GROUPS.map((g, i) => [g, i + 1, { none: {} }, { vendor_name: "AWS", name: g }]),
      );
      expect(AWS_MANAGED_RULE_GROUPS).toEqual(["AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"]);
    });

    it("then the ACL is associated with the load balancer (what checkov CKV2_AWS_28 looks for)", () => {
      expect(only(use1, "aws_wafv2_web_acl_association")).toEqual(
        expect.objectContaining({ resource_arn: `\${${address(use1, "aws_lb", "alb")}.arn}`, web_acl_arn: `\${${address(use1, "aws_wafv2_web_acl", "web-acl")}.arn}` }),
      );
    });

    it("then it logs to an encrypted aws-waf-logs-* log group with the service's retention, credentials redacted", () => {
      const group = Object.entries(use1.resource.aws_cloudwatch_log_group as Record<string, StackJson>).find(([n]) => n.includes("waf-log-group"))!;
      expect(group[1]).toMatchObject({ name: "aws-waf-logs-orders", retention_in_days: 30, kms_key_id: `\${${address(use1, "aws_kms_key", "kms-key")}.arn}` });
      expect(only(use1, "aws_wafv2_web_acl_logging_configuration")).toMatchObject({
        resource_arn: `\${${address(use1, "aws_wafv2_web_acl", "web-acl")}.arn}`,
        log_destination_configs: [`\${aws_cloudwatch_log_group.${group[0]}.arn}`],
        redacted_fields: [{ single_header: { name: "authorization" } }, { single_header: { name: "cookie" } }],
      });
    });

    it("then the datacentre key lets CloudWatch Logs encrypt exactly that log group", () => {
      const statement = (use1.data.aws_iam_policy_document as Record<string, StackJson>);
      const logs = Object.entries(statement).find(([n]) => n.includes("kms-key-policy"))![1].statement.find((s: StackJson) => s.sid === "CloudWatchLogsEncryptsThisServicesLogGroups");
      expect(logs.condition[0].values[1]).toMatch(/:log-group:aws-waf-logs-orders$/);
    });

    it("then no policy rule fires on the load balancer", () => {
      expect(policyFindings(service.datacentreStacks[0]).filter((f) => f.ruleId === "aws-alb-waf")).toEqual([]);
    });
  });

  describe("given count mode, a rate limit and an exclusion", () => {
    const { service } = buildService({
      ...AWS_ONLY,
      waf: { mode: "count", rateLimitPerFiveMinutes: 500, exclusions: { aws: ["AWSManagedRulesCommonRuleSet/SizeRestrictions_BODY"] } },
    });
    const acl = only(synthService(service)["orders-aws-us-east-1"], "aws_wafv2_web_acl");

    it("then every rule only counts", () => {
      expect(acl.rule[0]).toMatchObject({ action: { count: {} }, statement: { rate_based_statement: { limit: 500 } } });
      expect(acl.rule.slice(1).map((r: StackJson) => r.override_action)).toEqual([{ count: {} }, { count: {} }, { count: {} }]);
    });

    it("then the excluded rule is overridden to count in its group only", () => {
      const common = acl.rule.find((r: StackJson) => r.name === "AWSManagedRulesCommonRuleSet");
      expect(common.statement.managed_rule_group_statement.rule_action_override).toEqual([{ name: "SizeRestrictions_BODY", action_to_use: { count: {} } }]);
      expect(acl.rule.filter((r: StackJson) => r.statement.managed_rule_group_statement?.rule_action_override)).toHaveLength(1);
    });
  });

  describe("given waf.disabledOn aws", () => {
    const { service } = buildService({ ...AWS_ONLY, waf: { disabledOn: ["aws"] } });
    const use1 = synthService(service)["orders-aws-us-east-1"];

    it("then there is no web ACL, and the load balancer's missing WAF is a recorded suppression, not an error", () => {
      expect(resourcesOfType(use1, "aws_wafv2_web_acl")).toEqual([]);
      expect(resourcesOfType(use1, "aws_wafv2_web_acl_association")).toEqual([]);
      expect(policyFindings(service.datacentreStacks[0]).filter((f) => f.ruleId === "aws-alb-waf")).toEqual([]);
      const dc = service.datacentreStacks[0].node.children.find((c): c is AwsDatacentre => c instanceof AwsDatacentre)!;
      expect(dc.webAcl).toBeUndefined();
      expect(suppressionReason(dc.loadBalancer!, "aws-alb-waf")).toMatch(/waf\.disabledOn lists aws/);
    });
  });

  describe("given an invalid waf", () => {
    it.each([
      [{ mode: "detect" }, /waf\.mode.*"block", "count"/],
      [{ rateLimitPerFiveMinutes: 99 }, /waf\.rateLimitPerFiveMinutes.*99.*100 to 2000000000/],
      [{ rateLimitPerFiveMinutes: 1.5 }, /waf\.rateLimitPerFiveMinutes/],
      [{ exclusions: { aws: ["AWSManagedRulesBotControlRuleSet/CategoryAI"] } }, /waf\.exclusions\.aws\[0\].*AWSManagedRulesBotControlRuleSet\/CategoryAI.*AWSManagedRulesCommonRuleSet/],
      [{ exclusions: { aws: ["SizeRestrictions_BODY"] } }, /waf\.exclusions\.aws\[0\]/],
      [{ exclusions: { azure: ["SQLI/abc"] } }, /waf\.exclusions\.azure\[0\].*numeric rule ID/],
      [{ exclusions: { gcp: ["sqli-v33-stable/942421"] } }, /waf\.exclusions\.gcp\[0\].*signature ID/],
      [{ exclusions: { aws: ["AWSManagedRulesCommonRuleSet/X", "AWSManagedRulesCommonRuleSet/X"] } }, /waf\.exclusions\.aws\[1\].*at most once/],
      [{ disabledOn: ["aws", "aws"] }, /waf\.disabledOn\[1\].*at most once/],
      [{ disabledOn: ["oracle"] }, /waf\.disabledOn\[0\].*"aws", "azure", "gcp"/],
      [{ blockMode: true }, /waf\.blockMode.*no such field/],
    ])("given %j, then synth refuses it naming the field", (waf, message) => {
      expect(() => buildService({ ...AWS_ONLY, waf: waf as never })).toThrow(DualCloudValidationError);
      expect(() => buildService({ ...AWS_ONLY, waf: waf as never })).toThrow(message);
    });
  });
});
