import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Construct } from "constructs";
import { OutboundRule, outboundRuleKey } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { suppressPolicy } from "../../../policy/suppressions";

/** The security groups of the load balancer and of the tasks. */
export interface AwsSecurityGroups {
  /** The load balancer's: 443 and 80 from anywhere, out only to the tasks. */
  readonly loadBalancer: SecurityGroup;
  /** The tasks': the service port from the load balancer, HTTPS out. */
  readonly tasks: SecurityGroup;
}

/**
 * Creates the two security groups (IDs `alb-security-group`,
 * `task-security-group`) and their rules: the load balancer takes 443 and 80
 * from anywhere; the tasks take only the service port from the load balancer,
 * and may send HTTPS anywhere plus each `outbound` destination (IDs
 * `task-egress-<protocol>-<ports>-<cidr>`, stable when entries are added or removed).
 */
export function createSecurityGroups(scope: Construct, serviceName: string, servicePort: number, vpc: Vpc, outbound: readonly OutboundRule[]): AwsSecurityGroups {
  const loadBalancer = new SecurityGroup(scope, "alb-security-group", {
    name: physicalName("securityGroupName", [serviceName, "alb"]),
    description: `Load balancer of ${serviceName}: HTTPS and HTTP (redirect only) from the internet`,
    vpcId: vpc.id,
    revokeRulesOnDelete: true,
  });
  const tasks = new SecurityGroup(scope, "task-security-group", {
    name: physicalName("securityGroupName", [serviceName, "tasks"]),
    description: `Tasks of ${serviceName}: the service port from the load balancer only`,
    vpcId: vpc.id,
    revokeRulesOnDelete: true,
  });
  for (const port of [443, 80]) {
    const ingress = new VpcSecurityGroupIngressRule(scope, `alb-ingress-${port}`, {
      securityGroupId: loadBalancer.id,
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
  new VpcSecurityGroupEgressRule(scope, "alb-egress-tasks", {
    securityGroupId: loadBalancer.id,
    ipProtocol: "tcp",
    fromPort: servicePort,
    toPort: servicePort,
    referencedSecurityGroupId: tasks.id,
    description: "To the tasks on the service port",
  });
  new VpcSecurityGroupIngressRule(scope, "task-ingress-alb", {
    securityGroupId: tasks.id,
    ipProtocol: "tcp",
    fromPort: servicePort,
    toPort: servicePort,
    referencedSecurityGroupId: loadBalancer.id,
    description: "The service port from the load balancer",
  });
  new VpcSecurityGroupEgressRule(scope, "task-egress-https", {
    securityGroupId: tasks.id,
    ipProtocol: "tcp",
    fromPort: 443,
    toPort: 443,
    cidrIpv4: "0.0.0.0/0",
    description: "HTTPS out through NAT: ECR, Secrets Manager, CloudWatch Logs and the service's own dependencies",
  });
  for (const rule of outbound) {
    const egress = new VpcSecurityGroupEgressRule(scope, `task-egress-${outboundRuleKey(rule)}`, {
      securityGroupId: tasks.id,
      ipProtocol: rule.protocol,
      fromPort: rule.fromPort,
      toPort: rule.toPort,
      cidrIpv4: rule.cidr,
      description: `network.allowOutbound: ${rule.description}`,
    });
    if (rule.cidr === "0.0.0.0/0") {
      suppressPolicy(egress, "aws-sg-egress-allow-list", "network.allowOutboundToInternet: true was set: the service owner opened this port to the whole internet.");
    }
  }
  return { loadBalancer, tasks };
}
