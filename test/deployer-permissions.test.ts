import { readFileSync } from "fs";
import { join } from "path";
import { AZURE_DATACENTRE_RESOURCE_PROVIDERS } from "../lib/constructs/azure/azure-resource-providers";
import { buildService, FIVE_DATACENTRES, StackJson, synthService } from "./support/synth";
import { describeWithGcp, GCP_SYNTHESIZES } from "./support/core";

/**
 * The deployer-permission artefacts in examples/deployer-permissions/ grant a
 * right for every resource type the stacks synthesize.
 */
const DIR = join(__dirname, "..", "examples", "deployer-permissions");

/** The IAM service prefix of each AWS resource type prefix the stacks use. */
const AWS_SERVICE: Record<string, string> = {
  aws_acm_: "acm", aws_appautoscaling_: "application-autoscaling", aws_cloudwatch_log_: "logs", aws_default_security_group: "ec2", aws_eip: "ec2", aws_flow_log: "ec2",
  aws_internet_gateway: "ec2", aws_nat_gateway: "ec2", aws_route53_: "route53", aws_route: "ec2", aws_subnet: "ec2", aws_vpc: "ec2", aws_security_group: "ec2",
  aws_cloudwatch_metric_alarm: "cloudwatch", aws_cloudwatch_event_: "events", aws_sns_: "sns",
  aws_ecr_: "ecr", aws_ecs_: "ecs", aws_iam_role: "iam", aws_kms_: "kms", aws_lb: "elasticloadbalancing", aws_s3_: "s3", aws_secretsmanager_: "secretsmanager", aws_wafv2_: "wafv2",
};
/** The role that covers each google resource type prefix. */
const GCP_ROLE: Record<string, string> = {
  google_artifact_registry_: "roles/artifactregistry.admin", google_certificate_manager_: "roles/certificatemanager.owner", google_cloud_run_: "roles/run.admin",
  google_compute_ssl_policy: "roles/compute.securityAdmin", google_compute_backend_: "roles/compute.loadBalancerAdmin", google_compute_url_map: "roles/compute.loadBalancerAdmin",
  google_compute_target_: "roles/compute.loadBalancerAdmin", google_compute_global_forwarding_rule: "roles/compute.loadBalancerAdmin", google_compute_: "roles/compute.networkAdmin",
  google_dns_: "roles/dns.admin", google_kms_: "roles/cloudkms.admin", google_logging_: "roles/logging.configWriter",
  google_monitoring_alert_policy: "roles/monitoring.alertPolicyEditor", google_monitoring_notification_channel: "roles/monitoring.notificationChannelEditor", google_secret_manager_: "roles/secretmanager.admin", google_service_account: "roles/iam.serviceAccountAdmin",
};

interface Statement { readonly Sid: string; readonly Action: string | string[]; readonly Resource: string; readonly Condition?: Record<string, Record<string, string | string[]>> }

function typesOf(stacks: StackJson[], prefix: string): string[] {
  return [...new Set(stacks.flatMap((s) => Object.keys(s.resource ?? {})).filter((t) => t.startsWith(prefix)))].sort();
}

function covering<T>(table: Record<string, T>, type: string): T | undefined {
  const prefix = Object.keys(table).filter((p) => type.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? undefined : table[prefix];
}

/** Problems of an AWS policy against the resource types it must cover. */
function awsProblems(policy: { Statement: Statement[] }, types: string[]): string[] {
  const actions = policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
  return types.flatMap((type) => {
    const service = covering(AWS_SERVICE, type);
    if (service === undefined) return [`${type}: no IAM service known`];
    return actions.some((a) => a === `${service}:*` || a.startsWith(`${service}:`)) ? [] : [`${type}: no ${service}: action granted`];
  });
}

describe("examples/deployer-permissions", () => {
  // Without the GCP datacentre on a core that cannot synthesize it (cdktn): the AWS and Azure checks still run there.
  const stacks = Object.values(synthService(buildService({ datacentres: FIVE_DATACENTRES.filter((d) => GCP_SYNTHESIZES || d.cloud !== "gcp"), gcp: { projectId: "acme-orders" }, secrets: ["DATABASE_URL"] }).service));

  describe("aws-deployer-policy.json", () => {
    const policy = JSON.parse(readFileSync(join(DIR, "aws-deployer-policy.json"), "utf8")) as { Version: string; Statement: Statement[] };

    it("grants an action of every AWS service whose resources the stacks create", () => {
      expect(policy.Version).toBe("2012-10-17");
      expect(awsProblems(policy, typesOf(stacks, "aws_"))).toEqual([]);
    });

    it("keeps regional services to the service's regions, IAM to its own roles, PassRole to ECS and flow logs", () => {
      const sid = (id: string) => policy.Statement.find((s) => s.Sid === id)!;
      expect(sid("DualcloudServicesInTheServiceRegions").Condition).toEqual({ StringEquals: { "aws:RequestedRegion": ["us-east-1", "eu-west-1"] } });
      expect(sid("OnlyTheServicesRoles").Resource).toBe("arn:aws:iam::*:role/orders-*");
      expect(sid("PassOnlyTheServicesRolesToEcsAndFlowLogs").Condition).toEqual({ StringEquals: { "iam:PassedToService": ["ecs-tasks.amazonaws.com", "vpc-flow-logs.amazonaws.com"] } });
      expect(policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))).not.toContain("iam:*");
    });

    it("fails a policy that leaves a service out, so the check can fail", () => {
      const without = { Statement: policy.Statement.map((s) => ({ ...s, Action: (Array.isArray(s.Action) ? s.Action : [s.Action]).filter((a) => a !== "ecs:*") })) };
      expect(awsProblems(without, typesOf(stacks, "aws_"))).toEqual(["aws_ecs_cluster: no ecs: action granted", "aws_ecs_service: no ecs: action granted", "aws_ecs_task_definition: no ecs: action granted"]);
      expect(awsProblems(policy, ["aws_bedrock_agent"])).toEqual(["aws_bedrock_agent: no IAM service known"]);
    });
  });

  describe("azure-deployer-roles.sh", () => {
    const script = readFileSync(join(DIR, "azure-deployer-roles.sh"), "utf8");

    it("assigns Contributor, a constrained RBAC Administrator and state data access", () => {
      expect(script).toMatch(/--role "Contributor" --scope "\$subscription"/);
      expect(script).toMatch(/--role "Role Based Access Control Administrator" --scope "\$subscription" \\\n\s+--condition "\$condition" --condition-version "2.0"/);
      expect(script).toMatch(/--role "Storage Blob Data Contributor" --scope "\$subscription\/resourceGroups\/\$state_group"/);
    });

    it("lets the deployer assign exactly AcrPull and Key Vault Secrets User, the roles the stacks assign, to service principals", () => {
      const condition = /condition="([^"]+)"/.exec(script)![1];
      const guids = [...condition.matchAll(/GuidEquals \{([^}]+)\}/g)].map((m) => m[1]);
      expect(guids).toEqual(["7f951dda-4ed3-4680-a7ca-43fe172d538d, 4633458b-17de-408a-b874-0445c86b69e6", "7f951dda-4ed3-4680-a7ca-43fe172d538d, 4633458b-17de-408a-b874-0445c86b69e6"]);
      expect(condition.match(/StringEqualsIgnoreCase \{'ServicePrincipal'\}/g)).toHaveLength(2);
      const assigned = stacks.flatMap((s) => Object.values((s.resource?.azurerm_role_assignment ?? {}) as Record<string, StackJson>));
      expect(new Set(assigned.map((a) => a.role_definition_name))).toEqual(new Set(["AcrPull", "Key Vault Secrets User"]));
      expect(assigned.every((a) => a.principal_type === "ServicePrincipal")).toBe(true);
    });

    it("covers resource-provider registration through Contributor, for the namespaces the provider registers", () => {
      expect(AZURE_DATACENTRE_RESOURCE_PROVIDERS).toContain("Microsoft.App");
      expect(script).toContain("Contributor's \"*\" covers");
    });
  });

  describeWithGcp("gcp-deployer-roles.sh", () => {
    const script = readFileSync(join(DIR, "gcp-deployer-roles.sh"), "utf8");
    const roles = [...script.matchAll(/^\s+(roles\/[\w.]+)/gm)].map((m) => m[1]);

    it("grants a role covering every google resource type the GCP stack creates, and state access", () => {
      const missing = typesOf(stacks, "google_").filter((t) => !roles.includes(covering(GCP_ROLE, t) ?? "none"));
      expect(missing).toEqual([]);
      expect(roles).toEqual(expect.arrayContaining(["roles/iam.serviceAccountUser", "roles/storage.objectAdmin", "roles/serviceusage.serviceUsageAdmin"]));
    });
  });
});
