import { AcmCertificate } from "@cdktf/provider-aws/lib/acm-certificate";
import { AcmCertificateValidation } from "@cdktf/provider-aws/lib/acm-certificate-validation";
import { AppautoscalingPolicy } from "@cdktf/provider-aws/lib/appautoscaling-policy";
import { AppautoscalingTarget } from "@cdktf/provider-aws/lib/appautoscaling-target";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { DataAwsIamPolicyDocument, DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition";
import { DataAwsRoute53Zone } from "@cdktf/provider-aws/lib/data-aws-route53-zone";
import { EcrRepository } from "@cdktf/provider-aws/lib/ecr-repository";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { EcsTaskDefinition } from "@cdktf/provider-aws/lib/ecs-task-definition";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { TerraformIterator, Token } from "cdktf";
import { Construct } from "constructs";
import { ServiceRuntimeContract } from "../../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { suppressPolicy } from "../../policy/suppressions";
import { physicalName } from "../../naming/physical-name";
import { FieldChecker } from "../../validation/checker";
import { ACCESS_LOG_PREFIX, AwsAccessLogBucket } from "./aws-access-log-bucket";
import { AwsNetwork } from "./aws-network";
import { validateAwsModel } from "./aws-validation";
import { fargateCpuUnits } from "./fargate-sizing";

/** TLS policy of the HTTPS listener: TLS 1.3 and 1.2 only, forward-secret ciphers. */
export const ALB_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

/** Name of the service's container in the task definition. */
export const CONTAINER_NAME = "app";

/** Props of {@link AwsDatacentre}. */
export interface AwsDatacentreProps {
  /** The validated service (see `resolveServiceModel`). */
  readonly service: ServiceModel;
  /** The AWS datacentre to build, one of `service.datacentres`. */
  readonly datacentre: DatacentreModel;
}

/** The two IAM roles of the service's tasks. */
export interface AwsServiceRoles {
  /** Assumed by the ECS agent: pulls the image, reads the secrets, writes logs. */
  readonly execution: IamRole;
  /** Assumed by the application: no permissions until you attach some. */
  readonly task: IamRole;
}

/** One container definition entry as dualcloud writes it (the fields it sets). */
interface ContainerDefinition {
  readonly name: string;
  readonly image: string;
  readonly essential: boolean;
  readonly portMappings: { containerPort: number; hostPort: number; protocol: string; name: string; appProtocol: string }[];
  readonly environment: { name: string; value: string }[];
  readonly secrets: { name: string; valueFrom: string }[];
  readonly readonlyRootFilesystem: boolean;
  readonly privileged: boolean;
  readonly [key: string]: unknown;
}

/**
 * A full AWS datacentre of one service, in the region of the enclosing
 * stack's AWS provider: a VPC over two or three zones with NAT egress and flow
 * logs, an internet-facing ALB (HTTPS only, TLS 1.2+, HTTP redirects) with an
 * ACM certificate and encrypted access logs, an ECS Fargate service in
 * private subnets with autoscaling and a deployment circuit breaker, an ECR
 * repository, one Secrets Manager secret per declared secret, a customer KMS
 * key, least-privilege roles and the endpoint record `<region>.aws.<domain>`.
 *
 * `AwsDatacentreStack` places it under the ID of the datacentre key
 * (`aws-us-east-1`); it also works inside your own stack that has an AWS
 * provider for the datacentre's region.
 *
 * @example
 * const model = resolveServiceModel("orders", "orders", props);
 * new AwsDatacentre(myStack, "aws-us-east-1", { service: model, datacentre: model.datacentres[0] });
 */
export class AwsDatacentre extends Construct {
  /** The service. */
  public readonly service: ServiceModel;
  /** The datacentre. */
  public readonly datacentre: DatacentreModel;
  /** The network: VPC, subnets, NAT gateways, flow log. */
  public readonly network: AwsNetwork;
  /** The VPC (same as `network.vpc`). */
  public readonly vpc: Vpc;
  /** Public subnets, one per zone: load balancer and NAT gateways (same as `network.publicSubnets`). */
  public readonly publicSubnets: readonly Subnet[];
  /** Private subnets, one per zone: the tasks (same as `network.privateSubnets`). */
  public readonly privateSubnets: readonly Subnet[];
  /** Customer-managed key (rotated yearly) for logs, secrets and the registry. */
  public readonly kmsKey: KmsKey;
  /** Alias of the key. */
  public readonly kmsAlias: KmsAlias;
  /** The Route 53 zone the records go into (looked up by name). */
  public readonly zone: DataAwsRoute53Zone;
  /** The image registry the pipeline pushes to. */
  public readonly repository: EcrRepository;
  /** One secret per declared secret name, by name. */
  public readonly secrets: Readonly<Record<string, SecretsmanagerSecret>>;
  /** The container's log group. */
  public readonly logGroup: CloudwatchLogGroup;
  /** Execution and task roles. */
  public readonly roles: AwsServiceRoles;
  /** The execution role's permissions, as a policy document. */
  public readonly executionPolicy: DataAwsIamPolicyDocument;
  /** Security group of the load balancer. */
  public readonly loadBalancerSecurityGroup: SecurityGroup;
  /** Security group of the tasks. */
  public readonly taskSecurityGroup: SecurityGroup;
  /** Access log bucket of the load balancer. */
  public readonly accessLogs: AwsAccessLogBucket;
  /** Certificate for the domain, with the endpoint hostname as a SAN. */
  public readonly certificate: AcmCertificate;
  /** The certificate's DNS validation, complete once ACM has issued it. */
  public readonly certificateValidation: AcmCertificateValidation;
  /** DNS validation records (one per distinct validation name, `for_each` over the certificate's options). */
  public readonly certificateValidationRecords: Route53Record;
  /** The internet-facing application load balancer. */
  public readonly loadBalancer: Lb;
  /** The tasks' target group. */
  public readonly targetGroup: LbTargetGroup;
  /** HTTPS listener on 443. */
  public readonly httpsListener: LbListener;
  /** HTTP listener on 80 that only redirects to HTTPS. */
  public readonly httpListener: LbListener;
  /** The ECS cluster. */
  public readonly cluster: EcsCluster;
  /** The task definition. */
  public readonly taskDefinition: EcsTaskDefinition;
  /** The Fargate service. */
  public readonly ecsService: EcsService;
  /** Autoscaling bounds of the service. */
  public readonly scalingTarget: AppautoscalingTarget;
  /** CPU target-tracking policy. */
  public readonly scalingPolicy: AppautoscalingPolicy;
  /** The endpoint hostname record: alias A to the load balancer. */
  public readonly endpointRecord: Route53Record;

  constructor(scope: Construct, id: string, props: AwsDatacentreProps) {
    super(scope, id);
    const { service, datacentre } = props;
    const check = new FieldChecker(this.node.path);
    if (datacentre.cloud !== "aws") check.fail("datacentre.cloud", datacentre.cloud, '"aws": AwsDatacentre builds AWS datacentres only');
    if (!service.datacentres.some((d) => d.key === datacentre.key)) {
      check.fail("datacentre", datacentre.key, `one of the service's datacentres: ${service.datacentres.map((d) => d.key).join(", ")}`);
    }
    validateAwsModel(service, check);
    this.service = service;
    this.datacentre = datacentre;
    const region = datacentre.region.name;
    const name = service.name;

    const partition = new DataAwsPartition(this, "partition", {});
    const account = new DataAwsCallerIdentity(this, "account", {});
    this.kmsKey = this.createKey(partition, account);
    this.kmsAlias = new KmsAlias(this, "kms-alias", { name: physicalName("kmsAliasName", [`alias/dualcloud/${name}`]), targetKeyId: this.kmsKey.keyId });

    this.network = new AwsNetwork(this, "network", {
      serviceName: name,
      region,
      regionZones: datacentre.region.zones,
      cidr: datacentre.cidr,
      egress: service.egress,
      kmsKey: this.kmsKey,
      logRetentionDays: service.logRetentionDays,
    });
    this.vpc = this.network.vpc;
    this.publicSubnets = this.network.publicSubnets;
    this.privateSubnets = this.network.privateSubnets;
    this.zone = new DataAwsRoute53Zone(this, "zone", { name: service.dns.zoneName, privateZone: false });

    this.repository = new EcrRepository(this, "repository", {
      name: physicalName("ecrRepositoryName", [name]),
      imageTagMutability: service.image.digest !== undefined ? "IMMUTABLE" : "MUTABLE",
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: [{ encryptionType: "KMS", kmsKey: this.kmsKey.arn }],
      forceDelete: false,
      lifecycle: { preventDestroy: true },
    });
    if (service.image.digest === undefined) {
      suppressPolicy(this.repository, "aws-ecr-immutable-tags", "allowMutableImageTag: true was set, so the image is pushed by tag and the repository must accept a moved tag.");
    }
    const secrets: Record<string, SecretsmanagerSecret> = {};
    for (const secretName of service.secrets) {
      secrets[secretName] = new SecretsmanagerSecret(this, `secret-${secretName}`, {
        name: physicalName("secretName", [`${name}/${secretName}`]),
        description: `${secretName} of ${name}; the value is set out of band (aws secretsmanager put-secret-value), never by Terraform.`,
        kmsKeyId: this.kmsKey.arn,
        recoveryWindowInDays: 30,
      });
    }
    this.secrets = secrets;
    this.logGroup = new CloudwatchLogGroup(this, "log-group", {
      name: physicalName("logGroupName", [`/dualcloud/${name}/app`]),
      retentionInDays: service.logRetentionDays,
      kmsKeyId: this.kmsKey.arn,
    });

    const roles = this.createRoles(region);
    this.roles = roles.roles;
    this.executionPolicy = roles.executionPolicy;

    // Security groups: the load balancer takes 443 and 80 from anywhere; tasks take only the service port from the load balancer.
    this.loadBalancerSecurityGroup = new SecurityGroup(this, "alb-security-group", {
      name: physicalName("securityGroupName", [name, "alb"]),
      description: `Load balancer of ${name}: HTTPS and HTTP (redirect only) from the internet`,
      vpcId: this.network.vpc.id,
      revokeRulesOnDelete: true,
    });
    this.taskSecurityGroup = new SecurityGroup(this, "task-security-group", {
      name: physicalName("securityGroupName", [name, "tasks"]),
      description: `Tasks of ${name}: the service port from the load balancer only`,
      vpcId: this.network.vpc.id,
      revokeRulesOnDelete: true,
    });
    for (const port of [443, 80]) {
      const ingress = new VpcSecurityGroupIngressRule(this, `alb-ingress-${port}`, {
        securityGroupId: this.loadBalancerSecurityGroup.id,
        ipProtocol: "tcp",
        fromPort: port,
        toPort: port,
        cidrIpv4: "0.0.0.0/0",
        description: port === 443 ? "HTTPS from the internet" : "HTTP from the internet, redirected to HTTPS",
      });
      suppressPolicy(
        ingress,
        "aws-sg-no-public-ingress",
        port === 443 ? "The public load balancer serves the service over HTTPS to the internet." : "Port 80 on the public load balancer only redirects to HTTPS.",
      );
    }
    new VpcSecurityGroupEgressRule(this, "alb-egress-tasks", {
      securityGroupId: this.loadBalancerSecurityGroup.id,
      ipProtocol: "tcp",
      fromPort: service.port,
      toPort: service.port,
      referencedSecurityGroupId: this.taskSecurityGroup.id,
      description: "To the tasks on the service port",
    });
    new VpcSecurityGroupIngressRule(this, "task-ingress-alb", {
      securityGroupId: this.taskSecurityGroup.id,
      ipProtocol: "tcp",
      fromPort: service.port,
      toPort: service.port,
      referencedSecurityGroupId: this.loadBalancerSecurityGroup.id,
      description: "The service port from the load balancer",
    });
    new VpcSecurityGroupEgressRule(this, "task-egress-https", {
      securityGroupId: this.taskSecurityGroup.id,
      ipProtocol: "tcp",
      fromPort: 443,
      toPort: 443,
      cidrIpv4: "0.0.0.0/0",
      description: "HTTPS out through NAT: ECR, Secrets Manager, CloudWatch Logs and the service's own dependencies",
    });

    this.accessLogs = new AwsAccessLogBucket(this, "access-logs", {
      bucketName: physicalName("s3BucketName", [name, "alb-logs", region], `${service.domain}/${region}/alb-logs`),
      region,
      retentionDays: service.logRetentionDays,
    });

    // Certificate: the domain plus this datacentre's endpoint hostname, DNS-validated in the Route 53 zone.
    this.certificate = new AcmCertificate(this, "certificate", {
      domainName: service.domain,
      subjectAlternativeNames: [datacentre.endpointHostname],
      validationMethod: "DNS",
      keyAlgorithm: "RSA_2048",
      lifecycle: { createBeforeDestroy: true },
    });
    const options = TerraformIterator.fromComplexList(this.certificate.domainValidationOptions, "domain_name");
    this.certificateValidationRecords = new Route53Record(this, "certificate-validation-record", {
      forEach: options,
      zoneId: this.zone.zoneId,
      name: options.getString("resource_record_name"),
      type: options.getString("resource_record_type"),
      records: [options.getString("resource_record_value")],
      ttl: 300,
      // ACM gives every certificate for a name the same validation CNAME, so both AWS datacentres write it: the last apply owns it.
      allowOverwrite: true,
    });
    this.certificateValidation = new AcmCertificateValidation(this, "certificate-validation", {
      certificateArn: this.certificate.arn,
      validationRecordFqdns: Token.asList(TerraformIterator.fromResources(this.certificateValidationRecords).pluckProperty("fqdn")),
    });

    this.loadBalancer = new Lb(this, "alb", {
      name: physicalName("albName", [name, region]),
      internal: false,
      loadBalancerType: "application",
      securityGroups: [this.loadBalancerSecurityGroup.id],
      subnets: this.network.publicSubnets.map((s) => s.id),
      dropInvalidHeaderFields: true,
      enableDeletionProtection: true,
      enableHttp2: true,
      idleTimeout: 60,
      accessLogs: { bucket: this.accessLogs.bucket.id, prefix: ACCESS_LOG_PREFIX, enabled: true },
      dependsOn: [this.accessLogs.policy],
    });
    this.targetGroup = new LbTargetGroup(this, "target-group", {
      name: physicalName("targetGroupName", [name, region]),
      port: service.port,
      protocol: "HTTP",
      targetType: "ip",
      vpcId: this.network.vpc.id,
      deregistrationDelay: "30",
      healthCheck: {
        enabled: true,
        path: service.healthCheckPath,
        protocol: "HTTP",
        port: "traffic-port",
        matcher: "200-399",
        interval: 10,
        timeout: 5,
        healthyThreshold: 2,
        unhealthyThreshold: 3,
      },
    });
    this.httpsListener = new LbListener(this, "https-listener", {
      loadBalancerArn: this.loadBalancer.arn,
      port: 443,
      protocol: "HTTPS",
      sslPolicy: ALB_SSL_POLICY,
      certificateArn: this.certificateValidation.certificateArn,
      defaultAction: [{ type: "forward", targetGroupArn: this.targetGroup.arn }],
    });
    this.httpListener = new LbListener(this, "http-listener", {
      loadBalancerArn: this.loadBalancer.arn,
      port: 80,
      protocol: "HTTP",
      defaultAction: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
    });

    this.cluster = new EcsCluster(this, "cluster", {
      name: physicalName("ecsClusterName", [name]),
      setting: [{ name: "containerInsights", value: "enabled" }],
    });
    this.taskDefinition = new EcsTaskDefinition(this, "task-definition", {
      family: physicalName("ecsTaskFamily", [name]),
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: String(fargateCpuUnits(service.cpu)),
      memory: String(service.memoryMiB),
      executionRoleArn: this.roles.execution.arn,
      taskRoleArn: this.roles.task.arn,
      runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: "X86_64" },
      containerDefinitions: JSON.stringify([this.containerDefinition(region)]),
      ...(service.readOnlyRootFilesystem ? { volume: [{ name: "tmp" }] } : {}),
    });
    this.ecsService = new EcsService(this, "service", {
      name: physicalName("ecsServiceName", [name]),
      cluster: this.cluster.arn,
      taskDefinition: this.taskDefinition.arn,
      launchType: "FARGATE",
      platformVersion: "LATEST",
      desiredCount: datacentre.minInstances,
      deploymentMinimumHealthyPercent: 100,
      deploymentMaximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      deploymentController: { type: "ECS" },
      healthCheckGracePeriodSeconds: 60,
      enableExecuteCommand: false,
      propagateTags: "SERVICE",
      enableEcsManagedTags: true,
      networkConfiguration: {
        subnets: this.network.privateSubnets.map((s) => s.id),
        securityGroups: [this.taskSecurityGroup.id],
        assignPublicIp: false,
      },
      loadBalancer: [{ targetGroupArn: this.targetGroup.arn, containerName: CONTAINER_NAME, containerPort: service.port }],
      // Autoscaling owns the running count after the first apply.
      lifecycle: { ignoreChanges: ["desired_count"] },
      dependsOn: [this.httpsListener],
    });
    this.scalingTarget = new AppautoscalingTarget(this, "scaling-target", {
      serviceNamespace: "ecs",
      scalableDimension: "ecs:service:DesiredCount",
      resourceId: `service/${this.cluster.name}/${this.ecsService.name}`,
      minCapacity: datacentre.minInstances,
      maxCapacity: datacentre.maxInstances,
    });
    this.scalingPolicy = new AppautoscalingPolicy(this, "scaling-policy", {
      name: "cpu-target-tracking",
      policyType: "TargetTrackingScaling",
      serviceNamespace: this.scalingTarget.serviceNamespace,
      scalableDimension: this.scalingTarget.scalableDimension,
      resourceId: this.scalingTarget.resourceId,
      targetTrackingScalingPolicyConfiguration: {
        targetValue: service.capacity.targetCpuPercent,
        predefinedMetricSpecification: { predefinedMetricType: "ECSServiceAverageCPUUtilization" },
        scaleInCooldown: 300,
        scaleOutCooldown: 60,
      },
    });

    this.endpointRecord = new Route53Record(this, "endpoint-record", {
      zoneId: this.zone.zoneId,
      name: datacentre.endpointHostname,
      type: "A",
      // The load balancer alias has a fixed 60 s TTL; failover happens at the <domain> CNAME, so it does not count.
      alias: { name: this.loadBalancer.dnsName, zoneId: this.loadBalancer.zoneId, evaluateTargetHealth: false },
    });
  }

  /**
   * What this datacentre runs, read back from the task definition, target
   * group and autoscaling target this construct created.
   */
  public runtimeContract(): ServiceRuntimeContract {
    const [container] = JSON.parse(this.taskDefinition.containerDefinitionsInput!) as ContainerDefinition[];
    return {
      port: container.portMappings[0].containerPort,
      healthCheckPath: this.targetGroup.healthCheck.pathInput!,
      envNames: container.environment.map((e) => e.name).sort(),
      secretNames: container.secrets.map((s) => s.name).sort(),
      cpu: Number(this.taskDefinition.cpuInput) / 1024,
      memoryMiB: Number(this.taskDefinition.memoryInput),
      minReplicas: this.scalingTarget.minCapacityInput!,
      maxReplicas: this.scalingTarget.maxCapacityInput!,
    };
  }

  private containerDefinition(region: string): ContainerDefinition {
    const { service } = this;
    const image = service.image.digest !== undefined ? `${this.repository.repositoryUrl}@${service.image.digest}` : `${this.repository.repositoryUrl}:${service.image.tag}`;
    return {
      name: CONTAINER_NAME,
      image,
      essential: true,
      portMappings: [{ containerPort: service.port, hostPort: service.port, protocol: "tcp", name: "http", appProtocol: "http" }],
      environment: Object.keys(service.env).sort().map((k) => ({ name: k, value: service.env[k] })),
      secrets: [...service.secrets].sort().map((s) => ({ name: s, valueFrom: this.secrets[s].arn })),
      readonlyRootFilesystem: service.readOnlyRootFilesystem,
      privileged: false,
      ...(service.readOnlyRootFilesystem ? { mountPoints: [{ sourceVolume: "tmp", containerPath: "/tmp", readOnly: false }] } : {}),
      // Fargate cannot grant NET_BIND_SERVICE back, so capabilities are dropped only when the port needs none.
      linuxParameters: { initProcessEnabled: true, ...(service.port >= 1024 ? { capabilities: { drop: ["ALL"] } } : {}) },
      logConfiguration: {
        logDriver: "awslogs",
        options: { "awslogs-group": this.logGroup.name, "awslogs-region": region, "awslogs-stream-prefix": CONTAINER_NAME },
      },
    };
  }

  private createKey(partition: DataAwsPartition, account: DataAwsCallerIdentity): KmsKey {
    const region = this.datacentre.region.name;
    const root = `arn:${partition.partition}:iam::${account.accountId}:root`;
    const policy = new DataAwsIamPolicyDocument(this, "kms-key-policy", {
      statement: [
        {
          sid: "AccountAdministersAndDelegatesToIam",
          effect: "Allow",
          principals: [{ type: "AWS", identifiers: [root] }],
          actions: [
            "kms:CancelKeyDeletion", "kms:CreateAlias", "kms:CreateGrant", "kms:Decrypt", "kms:DeleteAlias", "kms:DescribeKey", "kms:DisableKey",
            "kms:DisableKeyRotation", "kms:EnableKey", "kms:EnableKeyRotation", "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext",
            "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListAliases", "kms:ListGrants", "kms:ListKeyPolicies", "kms:ListResourceTags",
            "kms:PutKeyPolicy", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:RetireGrant", "kms:RevokeGrant", "kms:ScheduleKeyDeletion",
            "kms:TagResource", "kms:UntagResource", "kms:UpdateAlias", "kms:UpdateKeyDescription",
          ],
          resources: ["*"],
        },
        {
          sid: "CloudWatchLogsEncryptsThisServicesLogGroups",
          effect: "Allow",
          principals: [{ type: "Service", identifiers: [`logs.${region}.amazonaws.com`] }],
          actions: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"],
          resources: ["*"],
          condition: [
            {
              test: "ArnLike",
              variable: "kms:EncryptionContext:aws:logs:arn",
              values: [`arn:${partition.partition}:logs:${region}:${account.accountId}:log-group:/dualcloud/${this.service.name}/*`],
            },
          ],
        },
      ],
    });
    return new KmsKey(this, "kms-key", {
      description: `${this.service.name} in ${region}: logs, secrets and the image registry`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policy.json,
    });
  }

  private createRoles(region: string): { roles: AwsServiceRoles; executionPolicy: DataAwsIamPolicyDocument } {
    const name = this.service.name;
    const trust = new DataAwsIamPolicyDocument(this, "ecs-tasks-trust", {
      statement: [{ effect: "Allow", actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["ecs-tasks.amazonaws.com"] }] }],
    });
    const execution = new IamRole(this, "execution-role", {
      name: physicalName("iamRoleName", [name, region, "execution"]),
      description: `ECS agent of ${name} in ${region}: pulls its image, reads its secrets, writes its logs`,
      assumeRolePolicy: trust.json,
    });
    const task = new IamRole(this, "task-role", {
      name: physicalName("iamRoleName", [name, region, "task"]),
      description: `The ${name} application in ${region}: no permissions until you attach some`,
      assumeRolePolicy: trust.json,
    });
    const statements: DataAwsIamPolicyDocumentStatement[] = [
      // GetAuthorizationToken is account-wide and takes no resource: "*" here is a resource, not an action, wildcard.
      { sid: "EcrLogin", effect: "Allow", actions: ["ecr:GetAuthorizationToken"], resources: ["*"] },
      { sid: "PullOwnImage", effect: "Allow", actions: ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"], resources: [this.repository.arn] },
      { sid: "WriteOwnLogs", effect: "Allow", actions: ["logs:CreateLogStream", "logs:PutLogEvents"], resources: [`${this.logGroup.arn}:log-stream:*`] },
      { sid: "UseServiceKey", effect: "Allow", actions: ["kms:Decrypt"], resources: [this.kmsKey.arn] },
    ];
    const secretArns = this.service.secrets.map((s) => this.secrets[s].arn);
    if (secretArns.length > 0) {
      statements.push({ sid: "ReadOwnSecrets", effect: "Allow", actions: ["secretsmanager:GetSecretValue"], resources: secretArns });
    }
    const executionPolicy = new DataAwsIamPolicyDocument(this, "execution-permissions", { statement: statements });
    new IamRolePolicy(this, "execution-role-policy", { name: "pull-image-read-secrets-write-logs", role: execution.id, policy: executionPolicy.json });
    return { roles: { execution, task }, executionPolicy };
  }
}
