import { DefaultTokenResolver, StringConcat, Tokenization } from "cdktf";
import { AcmCertificate } from "@cdktf/provider-aws/lib/acm-certificate";
import { AcmCertificateValidation } from "@cdktf/provider-aws/lib/acm-certificate-validation";
import { AppautoscalingPolicy } from "@cdktf/provider-aws/lib/appautoscaling-policy";
import { AppautoscalingTarget } from "@cdktf/provider-aws/lib/appautoscaling-target";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DataAwsRoute53Zone } from "@cdktf/provider-aws/lib/data-aws-route53-zone";
import { EcrRepository } from "@cdktf/provider-aws/lib/ecr-repository";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { EcsTaskDefinition } from "@cdktf/provider-aws/lib/ecs-task-definition";
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
import { Construct } from "constructs";
import { decodeJsonArgument } from "../../private/json-arguments";
import { ServiceRuntimeContract } from "../../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { physicalName } from "../../naming/physical-name";
import { FieldChecker } from "../../validation/checker";
import { AwsAccessLogBucket } from "./aws-access-log-bucket";
import { AwsNetwork } from "./aws-network";
import { validateAwsModel } from "./aws-validation";
import { AwsDatacentreAlerts, createDatacentreAlerts } from "./parts/alerts";
import { createAutoscaling } from "./parts/autoscaling";
import { createCertificate } from "./parts/certificate";
import { ContainerDefinition, createCluster, createFargateService } from "./parts/fargate-service";
import { createLoadBalancer } from "./parts/load-balancer";
import { createRepository } from "./parts/registry";
import { createSecrets } from "./parts/secrets";
import { createSecurityGroups } from "./parts/security-groups";
import { createServiceKey } from "./parts/service-key";
import { AwsServiceRoles, createTaskRoles } from "./parts/task-roles";
import { AwsWebAcl, createWebAcl } from "./parts/web-acl";
import { suppressPolicy } from "../../policy/suppressions";
import { foundationStageHasNoRuntime } from "../../errors";

export { ALB_SSL_POLICY, CONTAINER_NAME } from "./aws-constants";
export type { AwsServiceRoles } from "./parts/task-roles";
export type { AwsWebAcl } from "./parts/web-acl";
export type { AwsDatacentreAlerts } from "./parts/alerts";

/** Props of {@link AwsDatacentre}. */
export interface AwsDatacentreProps {
  /** The validated service (see `resolveServiceModel`). */
  readonly service: ServiceModel;
  /** The AWS datacentre to build, one of `service.datacentres`. */
  readonly datacentre: DatacentreModel;
}

/**
 * A full AWS datacentre of one service, in the region of the enclosing
 * stack's AWS provider: a VPC over two or three zones with NAT egress and flow
 * logs, an internet-facing ALB (HTTPS only, TLS 1.2+, HTTP redirects) with an
 * ACM certificate, encrypted access logs and a WAFv2 web ACL, an ECS Fargate service in
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
  /** The ECS cluster (foundation: it runs nothing by itself). */
  public readonly cluster: EcsCluster;
  /** The internet-facing application load balancer; absent at the `foundation` stage, like every member below. */
  public readonly loadBalancer?: Lb;
  /** The tasks' target group. */
  public readonly targetGroup?: LbTargetGroup;
  /** HTTPS listener on 443. */
  public readonly httpsListener?: LbListener;
  /** HTTP listener on 80 that only redirects to HTTPS. */
  public readonly httpListener?: LbListener;
  /** The web ACL associated with the load balancer, and its log group; also absent when `waf.disabledOn` lists `aws`. */
  public readonly webAcl?: AwsWebAcl;
  /** The task definition. */
  public readonly taskDefinition?: EcsTaskDefinition;
  /** The Fargate service. */
  public readonly ecsService?: EcsService;
  /** Autoscaling bounds of the service. */
  public readonly scalingTarget?: AppautoscalingTarget;
  /** CPU target-tracking policy. */
  public readonly scalingPolicy?: AppautoscalingPolicy;
  /** The endpoint hostname record: alias A to the load balancer. */
  public readonly endpointRecord?: Route53Record;
  /** The datacentre's alarms (5xx rate, unhealthy targets, running tasks, task-start failures) and their SNS topic; absent at the `foundation` stage. */
  public readonly alerts?: AwsDatacentreAlerts;

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

    // Key, network and zone.
    const key = createServiceKey(this, name, region);
    this.kmsKey = key.key;
    this.kmsAlias = key.alias;
    this.network = new AwsNetwork(this, "network", {
      serviceName: name,
      region,
      accountId: key.accountId,
      partition: key.partition,
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

    // Registry, secrets, logs and the roles that use exactly them.
    this.repository = createRepository(this, service, this.kmsKey);
    this.secrets = createSecrets(this, service, this.kmsKey);
    this.logGroup = new CloudwatchLogGroup(this, "log-group", {
      name: physicalName("logGroupName", [`/dualcloud/${name}/app`]),
      retentionInDays: service.logRetentionDays,
      kmsKeyId: this.kmsKey.arn,
    });
    const roles = createTaskRoles(this, service, region, { repository: this.repository, logGroup: this.logGroup, kmsKey: this.kmsKey, secrets: this.secrets });
    this.roles = roles.roles;
    this.executionPolicy = roles.executionPolicy;

    // Ingress: security groups, access logs, certificate, load balancer.
    const groups = createSecurityGroups(this, name, service.port, this.vpc, service.outbound);
    this.loadBalancerSecurityGroup = groups.loadBalancer;
    this.taskSecurityGroup = groups.tasks;
    this.accessLogs = new AwsAccessLogBucket(this, "access-logs", {
      bucketName: physicalName("s3BucketName", [name, "alb-logs", region], `${service.domain}/${region}/alb-logs`),
      serverAccessLogBucketName: physicalName("s3BucketName", [name, "alb-logs-access", region], `${service.domain}/${region}/alb-logs-access`),
      accountId: key.accountId,
      region,
      retentionDays: service.logRetentionDays,
    });
    const certificate = createCertificate(this, service.domain, datacentre.endpointHostname, this.zone);
    this.certificate = certificate.certificate;
    this.certificateValidationRecords = certificate.validationRecords;
    this.certificateValidation = certificate.validation;
    this.cluster = createCluster(this, service);

    // Serving: the edge and the workload. At foundation the image and the secret values are not there yet.
    if (datacentre.stage === "foundation") return;
    const lb = createLoadBalancer(this, service, region, {
      vpc: this.vpc,
      publicSubnets: this.publicSubnets,
      securityGroup: this.loadBalancerSecurityGroup,
      accessLogs: this.accessLogs,
      certificateArn: this.certificateValidation.certificateArn,
    });
    this.loadBalancer = lb.loadBalancer;
    this.targetGroup = lb.targetGroup;
    this.httpsListener = lb.httpsListener;
    this.httpListener = lb.httpListener;
    if (service.waf.disabledOn.includes("aws")) {
      suppressPolicy(this.loadBalancer, "aws-alb-waf", "waf.disabledOn lists aws: the service owner opted this cloud's load balancers out of the WAF.");
    } else {
      this.webAcl = createWebAcl(this, service, region, this.loadBalancer, this.kmsKey);
    }

    // Workload: task definition, service, autoscaling.
    const fargate = createFargateService(this, service, datacentre, {
      cluster: this.cluster,
      repository: this.repository,
      secrets: this.secrets,
      logGroup: this.logGroup,
      roles: this.roles,
      privateSubnets: this.privateSubnets,
      securityGroup: this.taskSecurityGroup,
      targetGroup: this.targetGroup,
      httpsListener: this.httpsListener,
    });
    this.taskDefinition = fargate.taskDefinition;
    this.ecsService = fargate.service;
    const scaling = createAutoscaling(this, service, datacentre, this.cluster, this.ecsService);
    this.scalingTarget = scaling.target;
    this.scalingPolicy = scaling.policy;

    this.alerts = createDatacentreAlerts(this, service, datacentre, { loadBalancer: this.loadBalancer, targetGroup: this.targetGroup, cluster: this.cluster, ecsService: this.ecsService });

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
   * Throws at the `foundation` stage, which runs nothing yet.
   */
  public runtimeContract(): ServiceRuntimeContract {
    if (!this.taskDefinition || !this.targetGroup || !this.scalingTarget) throw foundationStageHasNoRuntime(this.node.path, "stage", "the ECS service");
    const [container] = decodeJsonArgument(Tokenization.resolve(this.taskDefinition.containerDefinitionsInput, { scope: this, resolver: new DefaultTokenResolver(new StringConcat()) })) as ContainerDefinition[];
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
}
