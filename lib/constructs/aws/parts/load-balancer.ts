import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { ACCESS_LOG_PREFIX, AwsAccessLogBucket } from "../aws-access-log-bucket";
import { ALB_SSL_POLICY } from "../aws-constants";

/** Where the load balancer sits and what it uses. */
export interface AwsLoadBalancerInputs {
  /** The VPC of the target group. */
  readonly vpc: Vpc;
  /** Public subnets the load balancer spans. */
  readonly publicSubnets: readonly Subnet[];
  /** The load balancer's security group. */
  readonly securityGroup: SecurityGroup;
  /** The access log bucket. */
  readonly accessLogs: AwsAccessLogBucket;
  /** ARN of the validated certificate of the HTTPS listener. */
  readonly certificateArn: string;
}

/** The load balancer, its target group and its two listeners. */
export interface AwsLoadBalancer {
  /** The internet-facing application load balancer. */
  readonly loadBalancer: Lb;
  /** The tasks' target group. */
  readonly targetGroup: LbTargetGroup;
  /** HTTPS listener on 443. */
  readonly httpsListener: LbListener;
  /** HTTP listener on 80 that only redirects to HTTPS. */
  readonly httpListener: LbListener;
}

/**
 * Creates the internet-facing ALB (IDs `alb`, `target-group`,
 * `https-listener`, `http-listener`): invalid headers dropped, deletion
 * protection and access logs on, client keep-alive `edge.keepAliveSeconds`, HTTPS with {@link ALB_SSL_POLICY}, HTTP only
 * redirecting to HTTPS.
 */
export function createLoadBalancer(scope: Construct, service: ServiceModel, region: string, inputs: AwsLoadBalancerInputs): AwsLoadBalancer {
  const name = service.name;
  const loadBalancer = new Lb(scope, "alb", {
    name: physicalName("albName", [name, region]),
    internal: false,
    loadBalancerType: "application",
    securityGroups: [inputs.securityGroup.id],
    subnets: inputs.publicSubnets.map((s) => s.id),
    dropInvalidHeaderFields: true,
    enableDeletionProtection: true,
    enableHttp2: true,
    idleTimeout: 60,
    // Bounds how long an open connection stays on this datacentre after it fails (docs/failover.md).
    clientKeepAlive: service.edge.keepAliveSeconds,
    accessLogs: { bucket: inputs.accessLogs.bucket.id, prefix: ACCESS_LOG_PREFIX, enabled: true },
    dependsOn: [inputs.accessLogs.policy],
  });
  const targetGroup = new LbTargetGroup(scope, "target-group", {
    name: physicalName("targetGroupName", [name, region]),
    port: service.port,
    protocol: "HTTP",
    targetType: "ip",
    vpcId: inputs.vpc.id,
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
  const httpsListener = new LbListener(scope, "https-listener", {
    loadBalancerArn: loadBalancer.arn,
    port: 443,
    protocol: "HTTPS",
    sslPolicy: ALB_SSL_POLICY,
    certificateArn: inputs.certificateArn,
    defaultAction: [{ type: "forward", targetGroupArn: targetGroup.arn }],
  });
  const httpListener = new LbListener(scope, "http-listener", {
    loadBalancerArn: loadBalancer.arn,
    port: 80,
    protocol: "HTTP",
    defaultAction: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
  });
  return { loadBalancer, targetGroup, httpsListener, httpListener };
}
