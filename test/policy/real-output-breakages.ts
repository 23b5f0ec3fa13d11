import { DefaultTokenResolver, StringConcat, TerraformElement, TerraformStack, Tokenization } from "cdktf";
import { decodeJsonArgument } from "../../lib/private/json-arguments";

/** Which stack of the real app holds the resource: a datacentre stack of that cloud, or a global DNS layer's stack. */
export type BreakageStack = "aws" | "azure" | "gcp" | "route53" | "traffic-manager";

/**
 * How to break one rule's control on the real app the library builds: the
 * example app (the default four datacentres), or the five-datacentre app for
 * GCP rules. Either an escape hatch on a resource the library built (found in
 * the construct tree by Terraform type and construct ID), or, for a rule that
 * guards only user additions, the rule's non-compliant fixture added to the
 * real stack.
 */
export type Breakage =
  | {
      /** The stack; defaults to the rule's area for cloud rules (global rules must say). */
      readonly stack?: BreakageStack;
      /** Terraform type of the resource the library built. */
      readonly type: string;
      /** Its construct ID (the last segment of its construct path). */
      readonly id: string;
      /** Escape-hatch overrides, `addOverride(path, value)` each (`undefined` deletes; an array value is appended to an array, so index into it). */
      readonly override?: Readonly<Record<string, unknown>>;
      /** A change no single override expresses (e.g. several resources, or one container of a JSON argument). */
      readonly mutate?: (element: TerraformElement, stack: TerraformStack) => void;
    }
  | {
      readonly stack?: BreakageStack;
      /** The rule guards only user additions: add its non-compliant fixture to the real stack. */
      readonly userAddition: true;
    };

type Container = Record<string, unknown>;

/** Changes the first container of the real ECS task definition and writes it back with addOverride, as a user would. */
function ecsContainer(change: (c: Container) => Container): (element: TerraformElement, stack: TerraformStack) => void {
  return (element, stack) => {
    const raw = Tokenization.resolve((element as unknown as { containerDefinitionsInput: unknown }).containerDefinitionsInput, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) });
    const [first, ...rest] = decodeJsonArgument(raw) as Container[];
    element.addOverride("container_definitions", JSON.stringify([change(first), ...rest]));
  };
}

/** Sets `enabled = false` on every Traffic Manager endpoint of the profile's stack but the first. */
function disableAllEndpointsButOne(_element: TerraformElement, stack: TerraformStack): void {
  const endpoints = stack.node.findAll().filter((c) => (c as { terraformResourceType?: string }).terraformResourceType === "azurerm_traffic_manager_external_endpoint");
  for (const e of endpoints.slice(1)) (e as TerraformElement).addOverride("enabled", false);
}

/** Removes the health check from every health-checked Route 53 answer of the stack but the first. */
function removeHealthChecksButOne(_element: TerraformElement, stack: TerraformStack): void {
  const answers = stack.node.findAll().filter((c) => (c as { terraformResourceType?: string }).terraformResourceType === "aws_route53_record" && c.node.id.startsWith("answer-"));
  for (const a of answers.slice(1)) (a as TerraformElement).addOverride("health_check_id", undefined);
}

/** Turns every Deny rule of the real apps NSG into an Allow, as a user widening egress would. */
function allowAllOutbound(element: TerraformElement, stack: TerraformStack): void {
  const rules = Tokenization.resolve((element as unknown as { securityRuleInput: unknown }).securityRuleInput, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }) as Record<string, unknown>[];
  rules.forEach((r, i) => {
    if (r.access === "Deny" && r.direction === "Outbound") element.addOverride(`security_rule.${i}.access`, "Allow");
  });
}

/**
 * One entry per policy rule ID. test/policy/real-output.test.ts fails for a
 * rule without an entry: a new rule adds one here.
 */
export const BREAKAGES: Readonly<Record<string, Breakage>> = {
  "aws-alb-access-logs": { type: "aws_lb", id: "alb", override: { "access_logs.enabled": false } },
  "aws-alb-deletion-protection": { type: "aws_lb", id: "alb", override: { enable_deletion_protection: false } },
  "aws-alb-drop-invalid-headers": { type: "aws_lb", id: "alb", override: { drop_invalid_header_fields: false } },
  "aws-alb-http-redirects-to-https": { type: "aws_lb_listener", id: "http-listener", override: { "default_action.0.type": "forward", "default_action.0.redirect": undefined } },
  "aws-alb-listener-tls-policy": { type: "aws_lb_listener", id: "https-listener", override: { ssl_policy: "ELBSecurityPolicy-2016-08" } },
  "aws-alb-waf": { type: "aws_wafv2_web_acl_association", id: "web-acl-association", override: { resource_arn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/other/1" } },
  "aws-default-sg-restricts-all": { type: "aws_default_security_group", id: "default-security-group", override: { ingress: [{ protocol: "-1", from_port: 0, to_port: 0, self: true }] } },
  "aws-ecr-immutable-tags": { type: "aws_ecr_repository", id: "repository", override: { image_tag_mutability: "MUTABLE" } },
  "aws-ecr-kms-encryption": { type: "aws_ecr_repository", id: "repository", override: { "encryption_configuration.0.encryption_type": "AES256", "encryption_configuration.0.kms_key": undefined } },
  "aws-ecr-scan-on-push": { type: "aws_ecr_repository", id: "repository", override: { "image_scanning_configuration.scan_on_push": false } },
  "aws-ecs-container-insights": { type: "aws_ecs_cluster", id: "cluster", override: { "setting.0.value": "disabled" } },
  "aws-ecs-no-plaintext-secrets": { type: "aws_ecs_task_definition", id: "task-definition", mutate: ecsContainer((c) => ({ ...c, environment: [...(c.environment as unknown[]), { name: "DATABASE_PASSWORD", value: "hunter2" }] })) },
  "aws-ecs-no-privileged": { type: "aws_ecs_task_definition", id: "task-definition", mutate: ecsContainer((c) => ({ ...c, privileged: true })) },
  "aws-ecs-no-public-ip": { type: "aws_ecs_service", id: "service", override: { "network_configuration.assign_public_ip": true } },
  "aws-ecs-readonly-root-filesystem": { type: "aws_ecs_task_definition", id: "task-definition", mutate: ecsContainer((c) => ({ ...c, readonlyRootFilesystem: false })) },
  "aws-ecs-task-logging": { type: "aws_ecs_task_definition", id: "task-definition", mutate: ecsContainer((c) => ({ ...c, logConfiguration: undefined })) },
  "aws-iam-no-wildcard-action": { type: "aws_iam_policy_document", id: "execution-permissions", override: { "statement.0.actions": ["*"] } },
  "aws-iam-trust-no-wildcard-principal": { type: "aws_iam_policy_document", id: "ecs-tasks-trust", override: { "statement.0.principals.0.type": "AWS", "statement.0.principals.0.identifiers": ["*"] } },
  "aws-kms-key-rotation": { type: "aws_kms_key", id: "kms-key", override: { enable_key_rotation: false } },
  "aws-log-group-kms": { type: "aws_cloudwatch_log_group", id: "log-group", override: { kms_key_id: undefined } },
  "aws-log-group-retention": { type: "aws_cloudwatch_log_group", id: "log-group", override: { retention_in_days: 0 } },
  "aws-s3-encryption": { type: "aws_s3_bucket_server_side_encryption_configuration", id: "encryption", override: { bucket: "some-other-bucket" } },
  "aws-s3-public-access-block": { type: "aws_s3_bucket_public_access_block", id: "public-access-block", override: { block_public_policy: false } },
  "aws-s3-tls-only": { type: "aws_iam_policy_document", id: "policy-document", override: { "statement.0.condition.0.variable": "aws:PrincipalIsAWSService" } },
  "aws-s3-access-logging": { type: "aws_s3_bucket_logging", id: "server-access-logging", override: { bucket: "some-other-bucket" } },
  "aws-s3-elb-log-delivery-own-account": { type: "aws_iam_policy_document", id: "policy-document", override: { "statement.1.resources": ["arn:aws:s3:::orders-alb-logs/alb/*"] } },
  "aws-sg-egress-allow-list": { type: "aws_vpc_security_group_egress_rule", id: "task-egress-https", override: { from_port: 0, to_port: 65535 } },
  "aws-s3-versioning": { type: "aws_s3_bucket_versioning", id: "versioning", override: { "versioning_configuration.status": "Suspended" } },
  "aws-secret-kms-cmk": { type: "aws_secretsmanager_secret", id: "secret-DATABASE_URL", override: { kms_key_id: undefined } },
  "aws-secret-recovery-window": { type: "aws_secretsmanager_secret", id: "secret-DATABASE_URL", override: { recovery_window_in_days: 0 } },
  "aws-sg-no-public-ingress": { type: "aws_vpc_security_group_ingress_rule", id: "task-ingress-alb", override: { cidr_ipv4: "0.0.0.0/0", referenced_security_group_id: undefined } },
  "aws-sg-public-ingress-web-ports-only": { type: "aws_vpc_security_group_ingress_rule", id: "alb-ingress-443", override: { from_port: 22, to_port: 22 } },
  "aws-sg-rule-description": { type: "aws_vpc_security_group_egress_rule", id: "alb-egress-tasks", override: { description: "" } },
  "aws-sns-topic-kms-cmk": { type: "aws_sns_topic", id: "topic", override: { kms_master_key_id: "alias/aws/sns" } },
  "aws-subnet-no-public-ip-on-launch": { type: "aws_subnet", id: "public-subnet-0", override: { map_public_ip_on_launch: true } },
  "aws-vpc-flow-logs": { type: "aws_flow_log", id: "flow-log", override: { vpc_id: "vpc-0123456789abcdef0" } },

  "azure-container-apps-subnet-egress-deny": { type: "azurerm_network_security_group", id: "apps-nsg", mutate: allowAllOutbound },
  "azure-acr-admin-disabled": { type: "azurerm_container_registry", id: "registry", override: { admin_enabled: true } },
  "azure-acr-no-anonymous-pull": { type: "azurerm_container_registry", id: "registry", override: { anonymous_pull_enabled: true } },
  "azure-application-gateway-waf": { type: "azurerm_application_gateway", id: "application-gateway", override: { "sku.tier": "Standard_v2", "sku.name": "Standard_v2", firewall_policy_id: undefined } },
  "azure-container-app-environment-internal": { type: "azurerm_container_app_environment", id: "environment", override: { internal_load_balancer_enabled: false } },
  "azure-container-app-environment-logs": { type: "azurerm_container_app_environment", id: "environment", override: { log_analytics_workspace_id: undefined } },
  "azure-container-app-managed-identity": { type: "azurerm_container_app", id: "app", override: { identity: undefined } },
  "azure-container-app-no-insecure-ingress": { type: "azurerm_container_app", id: "app", override: { "ingress.allow_insecure_connections": true } },
  "azure-container-app-no-plaintext-secrets": { type: "azurerm_container_app", id: "app", override: { "template.container.0.env": [{ name: "DATABASE_PASSWORD", value: "hunter2" }] } },
  "azure-container-app-probes": { type: "azurerm_container_app", id: "app", override: { "template.container.0.liveness_probe": undefined } },
  "azure-container-app-secrets-from-key-vault": { type: "azurerm_container_app", id: "app", override: { secret: [{ name: "database-url", value: "postgres://u:pw@db" }] } },
  "azure-key-vault-network-acls": { type: "azurerm_key_vault", id: "key-vault", override: { "network_acls.default_action": "Allow" } },
  "azure-key-vault-purge-protection": { type: "azurerm_key_vault", id: "key-vault", override: { purge_protection_enabled: false } },
  "azure-key-vault-rbac": { type: "azurerm_key_vault", id: "key-vault", override: { rbac_authorization_enabled: false } },
  "azure-key-vault-soft-delete": { type: "azurerm_key_vault", id: "key-vault", override: { soft_delete_retention_days: 7 } },
  "azure-log-analytics-retention": { type: "azurerm_log_analytics_workspace", id: "logs", override: { retention_in_days: 7 } },
  "azure-nsg-internet-ingress-web-ports-only": { type: "azurerm_network_security_group", id: "gateway-nsg", override: { "security_rule.0.destination_port_range": "22" } },
  "azure-nsg-no-internet-ingress": { type: "azurerm_network_security_group", id: "endpoints-nsg", override: { "security_rule.0.source_address_prefix": "Internet" } },
  "azure-storage-container-private": { userAddition: true },
  "azure-storage-https-only": { userAddition: true },
  "azure-storage-min-tls": { userAddition: true },
  "azure-storage-no-public-blob": { userAddition: true },

  "gcp-artifact-registry-cmek": { type: "google_artifact_registry_repository", id: "repository", override: { kms_key_name: undefined } },
  "gcp-network-egress-deny-default": { type: "google_compute_firewall", id: "egress-deny-all", override: { disabled: true } },
  "gcp-kms-key-rotation": { type: "google_kms_crypto_key", id: "registry-key", override: { rotation_period: "31536000s" } },
  "gcp-artifact-registry-immutable-tags": { type: "google_artifact_registry_repository", id: "repository", override: { "docker_config.immutable_tags": false } },
  "gcp-artifact-registry-no-public-access": { userAddition: true },
  "gcp-backend-service-cloud-armor": { type: "google_compute_backend_service", id: "backend", override: { security_policy: undefined } },
  "gcp-cloud-run-dedicated-service-account": { type: "google_cloud_run_v2_service", id: "service", override: { "template.service_account": undefined } },
  "gcp-cloud-run-ingress-load-balancer-only": { type: "google_cloud_run_v2_service", id: "service", override: { ingress: "INGRESS_TRAFFIC_ALL" } },
  "gcp-cloud-run-no-plaintext-secrets": { type: "google_cloud_run_v2_service", id: "service", override: { "template.containers.0.env": [{ name: "API_TOKEN", value: "t0ken" }] } },
  "gcp-cloud-run-no-public-invoker": { userAddition: true },
  "gcp-cloud-run-probes": { type: "google_cloud_run_v2_service", id: "service", override: { "template.containers.0.liveness_probe": undefined } },
  "gcp-dns-dnssec": { type: "google_dns_managed_zone", id: "zone", override: { "dnssec_config.state": "off" } },
  "gcp-http-proxy-redirects-to-https": { type: "google_compute_url_map", id: "redirect-url-map", override: { "default_url_redirect.https_redirect": false } },
  "gcp-https-proxy-ssl-policy": { type: "google_compute_target_https_proxy", id: "https-proxy", override: { ssl_policy: undefined } },
  "gcp-log-bucket-retention": { type: "google_logging_project_bucket_config", id: "log-bucket", override: { retention_days: 7 } },
  "gcp-ssl-policy-min-tls": { type: "google_compute_ssl_policy", id: "ssl-policy", override: { min_tls_version: "TLS_1_0" } },
  "gcp-subnet-flow-logs": { type: "google_compute_subnetwork", id: "subnet", override: { log_config: undefined } },
  "gcp-subnet-private-google-access": { type: "google_compute_subnetwork", id: "subnet", override: { private_ip_google_access: false } },

  "global-route53-health-check-https": { stack: "route53", type: "aws_route53_health_check", id: "health-check-aws-us-east-1", override: { type: "HTTP", port: 80 } },
  "global-route53-min-two-health-checked-records": { stack: "route53", type: "aws_route53_record", id: "answer-aws-us-east-1", mutate: removeHealthChecksButOne },
  "global-route53-routed-record-health-check": { stack: "route53", type: "aws_route53_record", id: "answer-aws-us-east-1", override: { health_check_id: undefined } },
  "global-traffic-manager-https-monitor": { stack: "traffic-manager", type: "azurerm_traffic_manager_profile", id: "profile", override: { "monitor_config.protocol": "HTTP", "monitor_config.port": 80 } },
  "global-traffic-manager-min-two-endpoints": { stack: "traffic-manager", type: "azurerm_traffic_manager_profile", id: "profile", mutate: disableAllEndpointsButOne },
};
