/** Where a physical name must be unique. */
export type UniquenessScope = "resource-group" | "region" | "account" | "global";

/** The limits one resource type puts on its physical name. */
export interface NameRule {
  /** Provider resource type the rule is for, for docs and messages. */
  readonly resourceType: string;
  /** Minimum length. */
  readonly minLength: number;
  /** Maximum length. */
  readonly maxLength: number;
  /** The whole name must match. */
  readonly pattern: RegExp;
  /** Separator placed between parts: a hyphen, or nothing where hyphens are not allowed. */
  readonly separator: "-" | "";
  /** Characters outside this class are removed from each part. */
  readonly keep: RegExp;
  /** Case folding applied to the name. */
  readonly lowerCase: boolean;
  /** Uniqueness scope; `global` names get a stable hash suffix. */
  readonly scope: UniquenessScope;
  /** A fixed start every name has (e.g. `alias/`), added when the parts lack it. */
  readonly prefix?: string;
}

const LOWER_HYPHEN = /[^a-z0-9-]/g;
const ALNUM_HYPHEN = /[^a-zA-Z0-9-]/g;
const LOWER_ALNUM = /[^a-z0-9]/g;
/** Most Google Cloud resource names (RFC 1035 labels): a lower-case letter, then letters, digits and hyphens, not ending with a hyphen. */
const GCP_NAME = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;

function rule(resourceType: string, minLength: number, maxLength: number, pattern: RegExp, scope: UniquenessScope, keep = LOWER_HYPHEN, separator: "-" | "" = "-"): NameRule {
  return { resourceType, minLength, maxLength, pattern, separator, keep, lowerCase: true, scope };
}

/** A rule that keeps the case of its parts. */
function caseKept(base: NameRule): NameRule {
  return { ...base, lowerCase: false };
}

/** A rule whose names all start with a fixed `prefix`. */
function prefixed(base: NameRule, prefix: string): NameRule {
  return { ...base, prefix };
}

/** Every physical name dualcloud generates, and its limits. */
export const NAME_RULES = {
  // AWS
  /** Application Load Balancer. */
  albName: rule("aws_lb", 1, 32, /^(?!internal-)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "region"),
  /** Load balancer target group. */
  targetGroupName: rule("aws_lb_target_group", 1, 32, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "region"),
  /** ECS cluster. */
  ecsClusterName: rule("aws_ecs_cluster", 1, 255, /^[a-z0-9][a-z0-9-]*$/, "region"),
  /** ECS service. */
  ecsServiceName: rule("aws_ecs_service", 1, 255, /^[a-z0-9][a-z0-9-]*$/, "region"),
  /** IAM role (account-wide). */
  iamRoleName: rule("aws_iam_role", 1, 64, /^[a-z0-9][a-z0-9-]*$/, "account"),
  /** CloudWatch Logs log group. */
  logGroupName: rule("aws_cloudwatch_log_group", 1, 512, /^[a-z0-9/][a-z0-9/-]*$/, "region", /[^a-z0-9/-]/g),
  /** Secrets Manager secret. */
  secretName: rule("aws_secretsmanager_secret", 1, 512, /^[a-zA-Z0-9/_+=.@-]+$/, "region", /[^a-zA-Z0-9/_+=.@-]/g),
  /** ECR repository. */
  ecrRepositoryName: rule("aws_ecr_repository", 2, 256, /^[a-z0-9](?:[a-z0-9._/-]*[a-z0-9])?$/, "region"),
  /** S3 bucket (globally unique). */
  s3BucketName: rule("aws_s3_bucket", 3, 63, /^(?!xn--|sthree-|amzn-s3-demo-)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?<!-s3alias|--ol-s3)$/, "global"),
  /** KMS key alias, always `alias/...`. */
  kmsAliasName: prefixed(rule("aws_kms_alias", 7, 256, /^alias\/(?!aws\/)[a-zA-Z0-9/_-]+$/, "region", /[^a-zA-Z0-9/_-]/g), "alias/"),
  /** VPC security group. */
  securityGroupName: rule("aws_security_group", 1, 255, /^[a-z0-9][a-z0-9-]*$/, "region"),
  /** ECS task definition family. */
  ecsTaskFamily: rule("aws_ecs_task_definition", 1, 255, /^[a-z0-9][a-z0-9-]*$/, "region"),
  // Azure
  /** Azure resource group (subscription-wide). */
  resourceGroupName: rule("azurerm_resource_group", 1, 90, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "account"),
  /** Azure virtual network. */
  virtualNetworkName: rule("azurerm_virtual_network", 2, 64, /^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** Azure subnet. */
  subnetName: rule("azurerm_subnet", 1, 80, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "resource-group"),
  /** Azure network security group. */
  networkSecurityGroupName: rule("azurerm_network_security_group", 1, 80, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "resource-group"),
  /** Log Analytics workspace. */
  logAnalyticsWorkspaceName: rule("azurerm_log_analytics_workspace", 4, 63, /^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** Container Apps environment. */
  containerAppEnvironmentName: rule("azurerm_container_app_environment", 2, 60, /^(?!.*--)[a-z][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** Container app. */
  containerAppName: rule("azurerm_container_app", 2, 32, /^(?!.*--)[a-z][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** User-assigned managed identity. */
  userAssignedIdentityName: rule("azurerm_user_assigned_identity", 3, 128, /^[a-z0-9][a-z0-9-]*$/, "resource-group"),
  /** Key Vault (globally unique). */
  keyVaultName: rule("azurerm_key_vault", 3, 24, /^(?!.*--)[a-z][a-z0-9-]*[a-z0-9]$/, "global", ALNUM_HYPHEN),
  /** Key Vault secret. */
  keyVaultSecretName: rule("azurerm_key_vault_secret", 1, 127, /^[a-z0-9-]+$/, "resource-group"),
  /** Azure Container Registry (globally unique, letters and digits). */
  containerRegistryName: rule("azurerm_container_registry", 5, 50, /^[a-z0-9]+$/, "global", LOWER_ALNUM, ""),
  /** Storage account (globally unique, letters and digits). */
  storageAccountName: rule("azurerm_storage_account", 3, 24, /^[a-z0-9]+$/, "global", LOWER_ALNUM, ""),
  /** Traffic Manager profile (globally unique DNS label). */
  trafficManagerProfileName: rule("azurerm_traffic_manager_profile", 1, 63, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "global"),
  /** Private endpoint (Key Vault, registry). */
  privateEndpointName: rule("azurerm_private_endpoint", 2, 64, /^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "resource-group"),
  /** Link of a private DNS zone to a virtual network. */
  privateDnsZoneLinkName: rule("azurerm_private_dns_zone_virtual_network_link", 1, 80, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "resource-group"),
  // Google Cloud
  /** Cloud Run (v2) service: at most 49 characters. */
  cloudRunServiceName: rule("google_cloud_run_v2_service", 1, 49, GCP_NAME, "region"),
  /** Artifact Registry repository ID. */
  artifactRegistryRepositoryId: rule("google_artifact_registry_repository", 1, 63, GCP_NAME, "region"),
  /** Service account ID (the part before `@`), 6-30 characters. */
  serviceAccountId: rule("google_service_account", 6, 30, /^[a-z](?:[a-z0-9-]{4,28})[a-z0-9]$/, "account"),
  /** Secret Manager secret ID (project-wide): letters, digits, `_` and `-`, case kept. */
  secretManagerSecretId: caseKept(rule("google_secret_manager_secret", 1, 255, /^[a-zA-Z0-9_-]+$/, "account", /[^a-zA-Z0-9_-]/g)),
  /** Cloud Storage bucket (globally unique). */
  gcsBucketName: rule("google_storage_bucket", 3, 63, /^(?!goog)(?!.*google)[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/, "global"),
  /** Cloud DNS managed zone. */
  dnsManagedZoneName: rule("google_dns_managed_zone", 1, 63, GCP_NAME, "account"),
  /** Cloud Logging bucket in one location. */
  loggingBucketId: rule("google_logging_project_bucket_config", 1, 100, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "region"),
  /** Cloud Logging sink. */
  loggingSinkName: rule("google_logging_project_sink", 1, 100, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "account"),
  /** Certificate Manager DNS authorization. */
  certificateManagerDnsAuthorizationName: rule("google_certificate_manager_dns_authorization", 1, 63, GCP_NAME, "account"),
  /** Certificate Manager certificate. */
  certificateManagerCertificateName: rule("google_certificate_manager_certificate", 1, 63, GCP_NAME, "account"),
  /** Certificate Manager certificate map. */
  certificateManagerCertificateMapName: rule("google_certificate_manager_certificate_map", 1, 63, GCP_NAME, "account"),
  /** Certificate Manager certificate map entry (unique within its map). */
  certificateManagerCertificateMapEntryName: rule("google_certificate_manager_certificate_map_entry", 1, 63, GCP_NAME, "resource-group"),
  /** Global external IP address. */
  computeGlobalAddressName: rule("google_compute_global_address", 1, 63, GCP_NAME, "account"),
  /** Global forwarding rule. */
  computeGlobalForwardingRuleName: rule("google_compute_global_forwarding_rule", 1, 63, GCP_NAME, "account"),
  /** Target HTTPS proxy. */
  computeTargetHttpsProxyName: rule("google_compute_target_https_proxy", 1, 63, GCP_NAME, "account"),
  /** Target HTTP proxy. */
  computeTargetHttpProxyName: rule("google_compute_target_http_proxy", 1, 63, GCP_NAME, "account"),
  /** URL map. */
  computeUrlMapName: rule("google_compute_url_map", 1, 63, GCP_NAME, "account"),
  /** Global backend service. */
  computeBackendServiceName: rule("google_compute_backend_service", 1, 63, GCP_NAME, "account"),
  /** SSL policy. */
  computeSslPolicyName: rule("google_compute_ssl_policy", 1, 63, GCP_NAME, "account"),
  /** Regional (serverless) network endpoint group. */
  computeRegionNetworkEndpointGroupName: rule("google_compute_region_network_endpoint_group", 1, 63, GCP_NAME, "region"),
  /** VPC network. */
  computeNetworkName: rule("google_compute_network", 1, 63, GCP_NAME, "account"),
  /** VPC subnetwork. */
  computeSubnetworkName: rule("google_compute_subnetwork", 1, 63, GCP_NAME, "region"),
  /** Cloud Router. */
  computeRouterName: rule("google_compute_router", 1, 63, GCP_NAME, "region"),
  /** Cloud NAT gateway (unique within its router). */
  computeRouterNatName: rule("google_compute_router_nat", 1, 63, GCP_NAME, "resource-group"),
} as const satisfies Record<string, NameRule>;

/** The name of a rule in {@link NAME_RULES}. */
export type NamedResource = keyof typeof NAME_RULES;
