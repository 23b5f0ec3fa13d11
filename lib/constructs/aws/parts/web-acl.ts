import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { Wafv2WebAcl, Wafv2WebAclRule } from "@cdktf/provider-aws/lib/wafv2-web-acl";
import { Wafv2WebAclAssociation } from "@cdktf/provider-aws/lib/wafv2-web-acl-association";
import { Wafv2WebAclLoggingConfiguration } from "@cdktf/provider-aws/lib/wafv2-web-acl-logging-configuration";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { WAF_RATE_WINDOW_SECONDS, wafExclusionsOf, WafModel } from "../../../model/waf";
import { physicalName } from "../../../naming/physical-name";
import { AWS_MANAGED_RULE_GROUPS } from "../waf-rules";

/** Request headers kept out of the WAF logs: they carry credentials. */
export const WAF_REDACTED_HEADERS = ["authorization", "cookie"] as const;

/** Name of the WAF log group of `serviceName`: AWS WAF only logs to log groups named `aws-waf-logs-*`. */
export function wafLogGroupName(serviceName: string): string {
  return physicalName("wafLogGroupName", ["aws-waf-logs", serviceName]);
}

/** The web ACL in front of one AWS datacentre's load balancer, and what it logs to. */
export interface AwsWebAcl {
  /** The regional web ACL: a per-IP rate rule and the AWS managed rule groups. */
  readonly webAcl: Wafv2WebAcl;
  /** Associates {@link webAcl} with the load balancer. */
  readonly association: Wafv2WebAclAssociation;
  /** `aws-waf-logs-<service>`: encrypted with the datacentre key, kept `logRetentionDays`. */
  readonly logGroup: CloudwatchLogGroup;
  /** Sends every request the ACL evaluates to {@link logGroup}, credentials redacted. */
  readonly logging: Wafv2WebAclLoggingConfiguration;
}

/**
 * Creates the datacentre's web ACL in `scope` (IDs `web-acl`,
 * `web-acl-association`, `waf-log-group`, `web-acl-logging`) and associates
 * it with `loadBalancer`. Rules, in order: a rate-based rule per client IP
 * over five minutes, then {@link AWS_MANAGED_RULE_GROUPS}. In `count` mode
 * every rule only counts. Exclusions override single managed rules to count.
 */
export function createWebAcl(scope: Construct, service: ServiceModel, region: string, loadBalancer: Lb, kmsKey: KmsKey): AwsWebAcl {
  const waf = service.waf;
  const aclName = physicalName("wafWebAclName", [service.name, region]);
  const visibility = (metric: string) => ({ cloudwatchMetricsEnabled: true, metricName: `${aclName}-${metric}`, sampledRequestsEnabled: true });
  const rules: Wafv2WebAclRule[] = [
    {
      name: "rate-limit-per-ip",
      priority: 0,
      action: waf.mode === "block" ? { block: {} } : { count: {} },
      statement: { rate_based_statement: { limit: waf.rateLimitPerFiveMinutes, aggregate_key_type: "IP", evaluation_window_sec: WAF_RATE_WINDOW_SECONDS } },
      visibilityConfig: visibility("rate-limit-per-ip"),
    },
    ...AWS_MANAGED_RULE_GROUPS.map((group, i): Wafv2WebAclRule => managedGroupRule(group, i + 1, waf, visibility(group))),
  ];
  const webAcl = new Wafv2WebAcl(scope, "web-acl", {
    name: aclName,
    description: `${service.name} in ${region}: rate limit per client IP and AWS managed rules, ${waf.mode} mode`,
    scope: "REGIONAL",
    defaultAction: { allow: {} },
    rule: rules,
    visibilityConfig: visibility("web-acl"),
  });
  const association = new Wafv2WebAclAssociation(scope, "web-acl-association", { resourceArn: loadBalancer.arn, webAclArn: webAcl.arn });
  const logGroup = new CloudwatchLogGroup(scope, "waf-log-group", {
    name: wafLogGroupName(service.name),
    retentionInDays: service.logRetentionDays,
    kmsKeyId: kmsKey.arn,
  });
  const logging = new Wafv2WebAclLoggingConfiguration(scope, "web-acl-logging", {
    resourceArn: webAcl.arn,
    logDestinationConfigs: [logGroup.arn],
    redactedFields: WAF_REDACTED_HEADERS.map((name) => ({ singleHeader: { name } })),
  });
  return { webAcl, association, logGroup, logging };
}

function managedGroupRule(group: string, priority: number, waf: WafModel, visibilityConfig: Wafv2WebAclRule["visibilityConfig"]): Wafv2WebAclRule {
  const excluded = wafExclusionsOf(waf, "aws").filter((e) => e.group === group).map((e) => ({ name: e.rule, action_to_use: { count: {} } }));
  return {
    name: group,
    priority,
    overrideAction: waf.mode === "block" ? { none: {} } : { count: {} },
    statement: {
      managed_rule_group_statement: { vendor_name: "AWS", name: group, ...(excluded.length > 0 ? { rule_action_override: excluded } : {}) },
    },
    visibilityConfig,
  };
}
