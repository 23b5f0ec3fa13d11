import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsAvailabilityZones } from "@cdktf/provider-aws/lib/data-aws-availability-zones";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DefaultSecurityGroup } from "@cdktf/provider-aws/lib/default-security-group";
import { Eip } from "@cdktf/provider-aws/lib/eip";
import { FlowLog } from "@cdktf/provider-aws/lib/flow-log";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { InternetGateway } from "@cdktf/provider-aws/lib/internet-gateway";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";
import { RouteTable } from "@cdktf/provider-aws/lib/route-table";
import { RouteTableAssociation } from "@cdktf/provider-aws/lib/route-table-association";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { parseCidr, subdivide } from "../../network/cidr";
import { physicalName } from "../../naming/physical-name";
import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition";

/** The most availability zones an AWS datacentre spreads over. */
export const AWS_MAX_ZONES = 3;

/** Subnet layout of one datacentre network: CIDRs per zone, derived from the datacentre's address space. */
export interface AwsSubnetLayout {
  /** Number of availability zones used (2 or 3). */
  readonly zones: number;
  /** One public subnet CIDR per zone (load balancer, NAT gateways). */
  readonly publicCidrs: readonly string[];
  /** One private subnet CIDR per zone (tasks). */
  readonly privateCidrs: readonly string[];
}

/**
 * Splits a datacentre CIDR into eight equal blocks: public subnets take
 * blocks 0..zones-1, private subnets blocks 4..4+zones-1, so growing from two
 * to three zones never moves an existing subnet.
 */
export function awsSubnetLayout(cidr: string, regionZones: number): AwsSubnetLayout {
  const zones = Math.max(2, Math.min(AWS_MAX_ZONES, regionZones));
  const prefix = parseCidr(cidr)!.bitmask + 3;
  return { zones, publicCidrs: subdivide(cidr, prefix, zones, 0), privateCidrs: subdivide(cidr, prefix, zones, 4) };
}

/** Props of {@link AwsNetwork}. */
export interface AwsNetworkProps {
  /** Service name, for physical names and Name tags. */
  readonly serviceName: string;
  /** Region name, for physical names and the flow log's `aws:SourceArn`. */
  readonly region: string;
  /**
   * The deploying account's ID: only this account's flow logs may assume the flow log role (`aws:SourceAccount`).
   * @default - read by the network's own `aws_caller_identity` data source
   */
  readonly accountId?: string;
  /**
   * The AWS partition (`aws`, `aws-cn`...), for the flow log ARN in the role's trust policy.
   * @default - read by the network's own `aws_partition` data source
   */
  readonly partition?: string;
  /** Availability zones the region has (RegionInfo.zones). */
  readonly regionZones: number;
  /** The VPC's IPv4 CIDR. */
  readonly cidr: string;
  /** `zone-redundant`: one NAT gateway per zone; `single`: one shared NAT gateway. */
  readonly egress: "zone-redundant" | "single";
  /** Customer-managed key that encrypts the flow log group. */
  readonly kmsKey: KmsKey;
  /** Flow log retention in days (a CloudWatch Logs retention value). */
  readonly logRetentionDays: number;
}

/**
 * A VPC across two or three availability zones with public and private
 * subnets, NAT egress for the private subnets, VPC flow logs and a locked-down
 * default security group: what terraform-aws-modules/vpc gives, with secure defaults.
 */
export class AwsNetwork extends Construct {
  /** The VPC. */
  public readonly vpc: Vpc;
  /** Availability zones of the region, by name (`Fn.element(names, i)` picks zone i). */
  public readonly availabilityZones: DataAwsAvailabilityZones;
  /** The subnet CIDRs. */
  public readonly layout: AwsSubnetLayout;
  /** Public subnets, one per zone. */
  public readonly publicSubnets: readonly Subnet[];
  /** Private subnets, one per zone. */
  public readonly privateSubnets: readonly Subnet[];
  /** The internet gateway. */
  public readonly internetGateway: InternetGateway;
  /** NAT gateways: one per zone, or one with `egress: "single"`. */
  public readonly natGateways: readonly NatGateway[];
  /** Route table of the public subnets. */
  public readonly publicRouteTable: RouteTable;
  /** Route tables of the private subnets, one per zone. */
  public readonly privateRouteTables: readonly RouteTable[];
  /** The VPC's default security group, with every rule removed. */
  public readonly defaultSecurityGroup: DefaultSecurityGroup;
  /** Flow log of all VPC traffic. */
  public readonly flowLog: FlowLog;
  /** Log group the flow log writes to. */
  public readonly flowLogGroup: CloudwatchLogGroup;
  /** Role the flow log service assumes to write its log group. */
  public readonly flowLogRole: IamRole;

  constructor(scope: Construct, id: string, props: AwsNetworkProps) {
    super(scope, id);
    const name = `${props.serviceName}-${props.region}`;
    this.layout = awsSubnetLayout(props.cidr, props.regionZones);

    this.availabilityZones = new DataAwsAvailabilityZones(this, "zones", {
      state: "available",
      filter: [{ name: "opt-in-status", values: ["opt-in-not-required"] }],
    });
    this.vpc = new Vpc(this, "vpc", { cidrBlock: props.cidr, enableDnsHostnames: true, enableDnsSupport: true, tags: { Name: name } });
    this.defaultSecurityGroup = new DefaultSecurityGroup(this, "default-security-group", {
      vpcId: this.vpc.id,
      ingress: [],
      egress: [],
      tags: { Name: `${name}-default-locked` },
    });
    this.internetGateway = new InternetGateway(this, "internet-gateway", { vpcId: this.vpc.id, tags: { Name: name } });

    const zoneName = (i: number): string => Fn.element(this.availabilityZones.names, i);
    this.publicSubnets = this.layout.publicCidrs.map(
      (cidr, i) =>
        new Subnet(this, `public-subnet-${i}`, {
          vpcId: this.vpc.id,
          cidrBlock: cidr,
          availabilityZone: zoneName(i),
          mapPublicIpOnLaunch: false,
          tags: { Name: `${name}-public-${i}`, tier: "public" },
        }),
    );
    this.privateSubnets = this.layout.privateCidrs.map(
      (cidr, i) =>
        new Subnet(this, `private-subnet-${i}`, {
          vpcId: this.vpc.id,
          cidrBlock: cidr,
          availabilityZone: zoneName(i),
          mapPublicIpOnLaunch: false,
          tags: { Name: `${name}-private-${i}`, tier: "private" },
        }),
    );

    this.publicRouteTable = new RouteTable(this, "public-route-table", { vpcId: this.vpc.id, tags: { Name: `${name}-public` } });
    new Route(this, "public-default-route", { routeTableId: this.publicRouteTable.id, destinationCidrBlock: "0.0.0.0/0", gatewayId: this.internetGateway.id });
    this.publicSubnets.forEach((subnet, i) => new RouteTableAssociation(this, `public-route-table-association-${i}`, { subnetId: subnet.id, routeTableId: this.publicRouteTable.id }));

    const natCount = props.egress === "single" ? 1 : this.layout.zones;
    this.natGateways = Array.from({ length: natCount }, (_, i) => {
      const eip = new Eip(this, `nat-eip-${i}`, { domain: "vpc", tags: { Name: `${name}-nat-${i}` }, dependsOn: [this.internetGateway] });
      return new NatGateway(this, `nat-gateway-${i}`, {
        allocationId: eip.allocationId,
        subnetId: this.publicSubnets[i].id,
        connectivityType: "public",
        tags: { Name: `${name}-${i}` },
        dependsOn: [this.internetGateway],
      });
    });
    this.privateRouteTables = this.privateSubnets.map((subnet, i) => {
      const table = new RouteTable(this, `private-route-table-${i}`, { vpcId: this.vpc.id, tags: { Name: `${name}-private-${i}` } });
      const nat = this.natGateways[props.egress === "single" ? 0 : i];
      new Route(this, `private-default-route-${i}`, { routeTableId: table.id, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nat.id });
      new RouteTableAssociation(this, `private-route-table-association-${i}`, { subnetId: subnet.id, routeTableId: table.id });
      return table;
    });

    this.flowLogGroup = new CloudwatchLogGroup(this, "flow-log-group", {
      name: physicalName("logGroupName", [`/dualcloud/${props.serviceName}/vpc-flow-logs`]),
      retentionInDays: props.logRetentionDays,
      kmsKeyId: props.kmsKey.arn,
    });
    // Confused-deputy guard from AWS's flow log IAM role page (docs/aws.md, "The flow log role").
    const accountId = props.accountId ?? new DataAwsCallerIdentity(this, "caller").accountId;
    const partition = props.partition ?? new DataAwsPartition(this, "partition").partition;
    const trust = new DataAwsIamPolicyDocument(this, "flow-log-trust", {
      statement: [
        {
          effect: "Allow",
          actions: ["sts:AssumeRole"],
          principals: [{ type: "Service", identifiers: ["vpc-flow-logs.amazonaws.com"] }],
          condition: [
            { test: "StringEquals", variable: "aws:SourceAccount", values: [accountId] },
            { test: "ArnLike", variable: "aws:SourceArn", values: [`arn:${partition}:ec2:${props.region}:${accountId}:vpc-flow-log/*`] },
          ],
        },
      ],
    });
    this.flowLogRole = new IamRole(this, "flow-log-role", {
      name: physicalName("iamRoleName", [props.serviceName, props.region, "flow-logs"]),
      assumeRolePolicy: trust.json,
    });
    const permissions = new DataAwsIamPolicyDocument(this, "flow-log-permissions", {
      statement: [
        {
          sid: "WriteFlowLogGroup",
          effect: "Allow",
          actions: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
          resources: [this.flowLogGroup.arn, `${this.flowLogGroup.arn}:log-stream:*`],
        },
        // A list action: AWS's documented minimum grants it on "*" (a resource, not an action, wildcard).
        { sid: "FindFlowLogGroup", effect: "Allow", actions: ["logs:DescribeLogGroups"], resources: ["*"] },
      ],
    });
    new IamRolePolicy(this, "flow-log-role-policy", { name: "write-flow-log-group", role: this.flowLogRole.id, policy: permissions.json });
    this.flowLog = new FlowLog(this, "flow-log", {
      vpcId: this.vpc.id,
      trafficType: "ALL",
      logDestinationType: "cloud-watch-logs",
      logDestination: this.flowLogGroup.arn,
      iamRoleArn: this.flowLogRole.arn,
      maxAggregationInterval: 60,
      tags: { Name: name },
    });
  }
}
