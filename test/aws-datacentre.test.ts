import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { DualCloudValidationError, resolveServiceModel } from "../lib";
import { AwsDatacentre } from "../lib/constructs/aws/aws-datacentre";
import { AwsDatacentreStack } from "../lib/constructs/aws/aws-datacentre-stack";
import { awsSubnetLayout } from "../lib/constructs/aws/aws-network";
import { decodeJsonArgument } from "../lib/private/json-arguments";
import { BASE_PROPS, buildService, resourceAddresses, resourcesOfType, StackJson, synthService, synthStack } from "./support/synth";

/** The single resource of a type, failing when there is not exactly one. */
function only(json: StackJson, type: string): StackJson {
  const all = resourcesOfType(json, type);
  expect(all).toHaveLength(1);
  return all[0];
}

/** `${type.address.attr}` reference of the resource of `type` whose address contains `fragment`. */
function ref(json: StackJson, type: string, fragment: string, attr: string): string {
  const names = Object.keys(json.resource[type]).filter((n) => n.includes(fragment));
  expect(names).toHaveLength(1);
  return `\${${type}.${names[0]}.${attr}}`;
}

function byAddressFragment(json: StackJson, type: string, fragment: string): StackJson {
  const entries = Object.entries(json.resource[type] as Record<string, StackJson>).filter(([n]) => n.includes(fragment));
  expect(entries).toHaveLength(1);
  return entries[0][1];
}

/** Every statement of every aws_iam_policy_document data source. */
function policyStatements(json: StackJson): StackJson[] {
  return Object.values(json.data.aws_iam_policy_document as Record<string, StackJson>).flatMap((d) => d.statement as StackJson[]);
}

const PROPS = { secrets: ["DATABASE_URL", "API_KEY"], env: { LOG_LEVEL: "info" } };

describe("AwsDatacentre", () => {
  describe("given the default topology with two secrets", () => {
    const { service } = buildService(PROPS);
    const stacks = synthService(service);
    const use1 = stacks["orders-aws-us-east-1"];
    const euw1 = stacks["orders-aws-eu-west-1"];

    describe("network", () => {
      it("spreads a VPC over three zones with public and private subnets split from the datacentre CIDR", () => {
        expect(only(use1, "aws_vpc")).toMatchObject({ cidr_block: "10.0.0.0/16", enable_dns_hostnames: true, enable_dns_support: true });
        const zones = Object.keys(use1.data.aws_availability_zones)[0];
        const subnets = (tier: string) => Object.entries(use1.resource.aws_subnet as Record<string, StackJson>).filter(([n]) => n.includes(`_${tier}-subnet-`)).map(([, s]) => s);
        expect(subnets("public").map((s) => s.cidr_block)).toEqual(["10.0.0.0/19", "10.0.32.0/19", "10.0.64.0/19"]);
        expect(subnets("private").map((s) => s.cidr_block)).toEqual(["10.0.128.0/19", "10.0.160.0/19", "10.0.192.0/19"]);
        subnets("private").forEach((s, i) => {
          expect(s.availability_zone).toBe(`\${element(data.aws_availability_zones.${zones}.names, ${i})}`);
          expect(s.map_public_ip_on_launch).toBe(false);
        });
        expect(use1.data.aws_availability_zones[zones].state).toBe("available");
      });

      it("uses two zones where the region has only two, and /23 subnets from a /20", () => {
        expect(awsSubnetLayout("10.8.0.0/20", 2)).toEqual({
          zones: 2,
          publicCidrs: ["10.8.0.0/23", "10.8.2.0/23"],
          privateCidrs: ["10.8.8.0/23", "10.8.10.0/23"],
        });
        expect(awsSubnetLayout("10.8.0.0/16", 6).zones).toBe(3);
      });

      it("gives each private subnet a route through the NAT gateway of its own zone", () => {
        const nats = resourcesOfType(use1, "aws_nat_gateway");
        expect(nats).toHaveLength(3);
        nats.forEach((nat, i) => expect(nat.subnet_id).toBe(ref(use1, "aws_subnet", `public-subnet-${i}`, "id")));
        for (let i = 0; i < 3; i++) {
          expect(byAddressFragment(use1, "aws_route", `private-default-route-${i}`)).toMatchObject({
            destination_cidr_block: "0.0.0.0/0",
            nat_gateway_id: ref(use1, "aws_nat_gateway", `nat-gateway-${i}`, "id"),
          });
        }
        expect(byAddressFragment(use1, "aws_route", "public-default-route").gateway_id).toBe(ref(use1, "aws_internet_gateway", "internet-gateway", "id"));
      });

      it("removes every rule from the default security group", () => {
        expect(only(use1, "aws_default_security_group")).toMatchObject({ ingress: [], egress: [], vpc_id: ref(use1, "aws_vpc", "vpc", "id") });
      });

      it("logs all VPC traffic to an encrypted log group with retention", () => {
        expect(only(use1, "aws_flow_log")).toMatchObject({
          traffic_type: "ALL",
          log_destination_type: "cloud-watch-logs",
          log_destination: ref(use1, "aws_cloudwatch_log_group", "flow-log-group", "arn"),
          vpc_id: ref(use1, "aws_vpc", "vpc", "id"),
        });
        expect(byAddressFragment(use1, "aws_cloudwatch_log_group", "flow-log-group")).toMatchObject({
          retention_in_days: 30,
          kms_key_id: ref(use1, "aws_kms_key", "kms-key", "arn"),
        });
      });
    });

    describe("load balancer", () => {
      it("is internet-facing in the public subnets, drops invalid headers, is protected from deletion and logs to its bucket", () => {
        expect(only(use1, "aws_lb")).toMatchObject({
          internal: false,
          load_balancer_type: "application",
          drop_invalid_header_fields: true,
          enable_deletion_protection: true,
          subnets: [0, 1, 2].map((i) => ref(use1, "aws_subnet", `public-subnet-${i}`, "id")),
          security_groups: [ref(use1, "aws_security_group", "alb-security-group", "id")],
          access_logs: { bucket: ref(use1, "aws_s3_bucket", "_access-logs_bucket", "id"), prefix: "alb", enabled: true },
        });
      });

      it("serves HTTPS on 443 with a TLS 1.2+ policy and the validated certificate, and only redirects on 80", () => {
        expect(byAddressFragment(use1, "aws_lb_listener", "https-listener")).toMatchObject({
          port: 443,
          protocol: "HTTPS",
          ssl_policy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
          certificate_arn: ref(use1, "aws_acm_certificate_validation", "certificate-validation", "certificate_arn"),
          default_action: [{ type: "forward", target_group_arn: ref(use1, "aws_lb_target_group", "target-group", "arn") }],
        });
        expect(byAddressFragment(use1, "aws_lb_listener", "http-listener")).toEqual(
          expect.objectContaining({ port: 80, protocol: "HTTP", default_action: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", status_code: "HTTP_301" } }] }),
        );
      });

      it("health-checks the tasks on the service's health path", () => {
        expect(only(use1, "aws_lb_target_group")).toMatchObject({
          port: 8080,
          protocol: "HTTP",
          target_type: "ip",
          health_check: { path: "/health", port: "traffic-port", protocol: "HTTP", matcher: "200-399" },
        });
      });

      it("certifies the domain with the endpoint hostname as a SAN, validated by DNS with a shared, overwritable record", () => {
        expect(only(use1, "aws_acm_certificate")).toMatchObject({
          domain_name: "orders.example.com",
          subject_alternative_names: ["us-east-1.aws.orders.example.com"],
          validation_method: "DNS",
          lifecycle: { create_before_destroy: true },
        });
        const validation = byAddressFragment(use1, "aws_route53_record", "certificate-validation-record");
        expect(validation.allow_overwrite).toBe(true);
        expect(validation.for_each).toMatch(/domain_validation_options/);
        expect(validation.zone_id).toMatch(/^\$\{data\.aws_route53_zone\./);
        expect(Object.values(use1.data.aws_route53_zone)).toEqual([{ name: "example.com", private_zone: false }]);
      });

      it("keeps access logs and their server access logs in versioned, encrypted, private, TLS-only buckets, with retention", () => {
        for (const type of ["aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_versioning", "aws_s3_bucket_public_access_block", "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_policy"]) {
          expect(resourcesOfType(use1, type)).toHaveLength(2);
        }
        for (const r of resourcesOfType(use1, "aws_s3_bucket_server_side_encryption_configuration")) expect(r.rule).toEqual([{ apply_server_side_encryption_by_default: { sse_algorithm: "AES256" } }]);
        for (const r of resourcesOfType(use1, "aws_s3_bucket_versioning")) expect(r.versioning_configuration).toEqual({ status: "Enabled" });
        for (const r of resourcesOfType(use1, "aws_s3_bucket_public_access_block")) {
          expect(r).toMatchObject({ block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true });
        }
        for (const r of resourcesOfType(use1, "aws_s3_bucket_lifecycle_configuration")) expect(r.rule[0]).toMatchObject({ status: "Enabled", expiration: [{ days: 30 }] });
        for (const r of resourcesOfType(use1, "aws_s3_bucket")) expect(r.force_destroy).toBe(false);
      });

      it("lets ELB write only under alb/AWSLogs/<this account>/", () => {
        const bucketPolicy = byAddressFragment(use1, "aws_s3_bucket_policy", "_access-logs_policy").policy as string;
        const doc = Object.entries(use1.data.aws_iam_policy_document as Record<string, StackJson>).find(([n]) => bucketPolicy.includes(n))![1];
        const objects = expect.stringMatching(/^\$\{aws_s3_bucket\.[^}]+\.arn\}\/alb\/AWSLogs\/\$\{data\.aws_caller_identity\.[^}]+\.account_id\}\/\*$/);
        expect(doc.statement).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ effect: "Deny", condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }] }),
            expect.objectContaining({ effect: "Allow", actions: ["s3:PutObject"], resources: [objects], principals: [{ type: "Service", identifiers: ["logdelivery.elasticloadbalancing.amazonaws.com"] }] }),
            expect.objectContaining({ effect: "Allow", actions: ["s3:PutObject"], resources: [objects], principals: [{ type: "AWS", identifiers: [expect.stringMatching(/data\.aws_elb_service_account\..*\.arn/)] }] }),
          ]),
        );
      });

      it("records requests to the access-log bucket in a second bucket only S3 logging for that bucket and account may write", () => {
        const logging = only(use1, "aws_s3_bucket_logging");
        expect(logging).toMatchObject({
          bucket: ref(use1, "aws_s3_bucket", "_access-logs_bucket", "id"),
          target_bucket: ref(use1, "aws_s3_bucket", "server-access-logs_target-bucket", "id"),
          target_prefix: "s3-access/",
          depends_on: [
            expect.stringMatching(/^aws_s3_bucket_policy\..*server-access-logs_target-policy/),
            expect.stringMatching(/^aws_s3_bucket_lifecycle_configuration\..*_access-logs_lifecycle/),
          ],
        });
        const targetPolicy = byAddressFragment(use1, "aws_s3_bucket_policy", "server-access-logs_target-policy").policy as string;
        const doc = Object.entries(use1.data.aws_iam_policy_document as Record<string, StackJson>).find(([n]) => targetPolicy.includes(n))![1];
        expect(doc.statement).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              effect: "Allow",
              actions: ["s3:PutObject"],
              principals: [{ type: "Service", identifiers: ["logging.s3.amazonaws.com"] }],
              condition: [
                { test: "ArnLike", variable: "aws:SourceArn", values: [ref(use1, "aws_s3_bucket", "_access-logs_bucket", "arn")] },
                { test: "StringEquals", variable: "aws:SourceAccount", values: [expect.stringMatching(/^\$\{data\.aws_caller_identity\./)] },
              ],
            }),
          ]),
        );
        expect(only(use1, "aws_lb").depends_on).toEqual([expect.stringMatching(/^aws_s3_bucket_policy\./)]);
      });
    });

    describe("security groups", () => {
      it("lets the internet reach the load balancer on 443 and 80 only", () => {
        const albSg = ref(use1, "aws_security_group", "alb-security-group", "id");
        const ingress = resourcesOfType(use1, "aws_vpc_security_group_ingress_rule").filter((r) => r.security_group_id === albSg);
        expect(ingress.map((r) => [r.ip_protocol, r.from_port, r.to_port, r.cidr_ipv4]).sort()).toEqual([["tcp", 443, 443, "0.0.0.0/0"], ["tcp", 80, 80, "0.0.0.0/0"]]);
      });

      it("lets the tasks accept only the service port, only from the load balancer", () => {
        const taskSg = ref(use1, "aws_security_group", "task-security-group", "id");
        const ingress = resourcesOfType(use1, "aws_vpc_security_group_ingress_rule").filter((r) => r.security_group_id === taskSg);
        expect(ingress).toEqual([
          expect.objectContaining({ ip_protocol: "tcp", from_port: 8080, to_port: 8080, referenced_security_group_id: ref(use1, "aws_security_group", "alb-security-group", "id") }),
        ]);
        expect(ingress[0].cidr_ipv4).toBeUndefined();
      });
    });

    describe("compute", () => {
      it("enables Container Insights on the cluster", () => {
        expect(only(use1, "aws_ecs_cluster").setting).toEqual([{ name: "containerInsights", value: "enabled" }]);
      });

      it("runs the Fargate service in the private subnets without public IPs, with circuit breaker and rollback", () => {
        expect(only(use1, "aws_ecs_service")).toMatchObject({
          launch_type: "FARGATE",
          desired_count: 2,
          network_configuration: {
            assign_public_ip: false,
            subnets: [0, 1, 2].map((i) => ref(use1, "aws_subnet", `private-subnet-${i}`, "id")),
            security_groups: [ref(use1, "aws_security_group", "task-security-group", "id")],
          },
          deployment_circuit_breaker: { enable: true, rollback: true },
          deployment_controller: { type: "ECS" },
          load_balancer: [{ container_name: "app", container_port: 8080, target_group_arn: ref(use1, "aws_lb_target_group", "target-group", "arn") }],
          lifecycle: { ignore_changes: ["desired_count"] },
          enable_execute_command: false,
        });
      });

      it("sizes the task from the spec and runs the container unprivileged with a read-only root filesystem", () => {
        const task = only(use1, "aws_ecs_task_definition");
        expect(task).toMatchObject({ cpu: "512", memory: "1024", network_mode: "awsvpc", requires_compatibilities: ["FARGATE"] });
        expect(task.execution_role_arn).toBe(ref(use1, "aws_iam_role", "execution-role", "arn"));
        expect(task.task_role_arn).toBe(ref(use1, "aws_iam_role", "task-role", "arn"));
        expect(task.container_definitions).toMatch(/^\$\{jsonencode\(\[\{/);
        const [container] = decodeJsonArgument(task.container_definitions) as StackJson[];
        expect(container).toMatchObject({
          name: "app",
          image: `${ref(use1, "aws_ecr_repository", "repository", "repository_url")}@sha256:${"a".repeat(64)}`,
          privileged: false,
          readonlyRootFilesystem: true,
          portMappings: [{ containerPort: 8080, protocol: "tcp" }],
          environment: [{ name: "LOG_LEVEL", value: "info" }],
          logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": ref(use1, "aws_cloudwatch_log_group", "_log-group", "name"), "awslogs-region": "us-east-1" } },
        });
      });

      it("injects secrets by ARN, and no secret value appears anywhere", () => {
        const [container] = decodeJsonArgument(only(use1, "aws_ecs_task_definition").container_definitions) as StackJson[];
        expect(container.secrets).toEqual([
          { name: "API_KEY", valueFrom: ref(use1, "aws_secretsmanager_secret", "secret-API_KEY", "arn") },
          { name: "DATABASE_URL", valueFrom: ref(use1, "aws_secretsmanager_secret", "secret-DATABASE_URL", "arn") },
        ]);
        expect(use1.resource.aws_secretsmanager_secret_version).toBeUndefined();
        for (const secret of resourcesOfType(use1, "aws_secretsmanager_secret")) {
          expect(secret.kms_key_id).toBe(ref(use1, "aws_kms_key", "kms-key", "arn"));
          expect(Object.keys(secret)).not.toContain("secret_string");
        }
        expect(resourcesOfType(use1, "aws_secretsmanager_secret").map((s) => s.name).sort()).toEqual(["orders/api_key", "orders/database_url"]);
      });

      it("scales on CPU between the datacentre's min and max", () => {
        expect(only(use1, "aws_appautoscaling_target")).toMatchObject({ min_capacity: 2, max_capacity: 10, scalable_dimension: "ecs:service:DesiredCount", service_namespace: "ecs" });
        expect(only(use1, "aws_appautoscaling_policy")).toMatchObject({
          policy_type: "TargetTrackingScaling",
          target_tracking_scaling_policy_configuration: { target_value: 60, predefined_metric_specification: { predefined_metric_type: "ECSServiceAverageCPUUtilization" } },
        });
      });
    });

    describe("identity", () => {
      it("grants no wildcard action in any Allow statement", () => {
        const allows = policyStatements(use1).filter((s) => s.effect === "Allow");
        expect(allows.length).toBeGreaterThan(5);
        for (const s of allows) for (const a of s.actions) expect(a).not.toContain("*");
      });

      it("lets the execution role read only this service's secrets, pull only its repository, write its log group and use its key", () => {
        const policy = byAddressFragment(use1, "aws_iam_role_policy", "execution-role-policy");
        expect(policy.role).toBe(ref(use1, "aws_iam_role", "execution-role", "id"));
        const doc = Object.entries(use1.data.aws_iam_policy_document as Record<string, StackJson>).find(([n]) => n.includes("execution-permissions"))![1];
        const bySid = Object.fromEntries((doc.statement as StackJson[]).map((s) => [s.sid, s]));
        expect(bySid.EcrLogin).toEqual({ sid: "EcrLogin", effect: "Allow", actions: ["ecr:GetAuthorizationToken"], resources: ["*"] });
        expect(bySid.PullOwnImage.resources).toEqual([ref(use1, "aws_ecr_repository", "repository", "arn")]);
        expect(bySid.ReadOwnSecrets).toMatchObject({
          actions: ["secretsmanager:GetSecretValue"],
          resources: [ref(use1, "aws_secretsmanager_secret", "secret-DATABASE_URL", "arn"), ref(use1, "aws_secretsmanager_secret", "secret-API_KEY", "arn")],
        });
        expect(bySid.WriteOwnLogs.resources).toEqual([`${ref(use1, "aws_cloudwatch_log_group", "_log-group", "arn")}:log-stream:*`]);
        expect(bySid.UseServiceKey.resources).toEqual([ref(use1, "aws_kms_key", "kms-key", "arn")]);
        const wildcardResources = (doc.statement as StackJson[]).filter((s) => s.resources.includes("*")).map((s) => s.sid);
        expect(wildcardResources).toEqual(["EcrLogin"]);
      });

      it("keeps execution and task roles separate, and attaches nothing to the task role", () => {
        const roles = resourcesOfType(use1, "aws_iam_role").map((r) => r.name).sort();
        expect(roles).toEqual(["orders-us-east-1-execution", "orders-us-east-1-flow-logs", "orders-us-east-1-task"]);
        const attached = resourcesOfType(use1, "aws_iam_role_policy").map((p) => p.role);
        expect(attached).not.toContain(ref(use1, "aws_iam_role", "task-role", "id"));
      });

      it("has no execution-role secret statement when the service declares no secrets", () => {
        const json = synthService(buildService().service)["orders-aws-us-east-1"];
        const doc = Object.entries(json.data.aws_iam_policy_document as Record<string, StackJson>).find(([n]) => n.includes("execution-permissions"))![1];
        expect((doc.statement as StackJson[]).map((s) => s.sid)).toEqual(["EcrLogin", "PullOwnImage", "WriteOwnLogs", "UseServiceKey"]);
      });
    });

    describe("registry, logs and keys", () => {
      it("creates an immutable, scanned, KMS-encrypted ECR repository protected from destroy", () => {
        expect(only(use1, "aws_ecr_repository")).toMatchObject({
          name: "orders",
          image_tag_mutability: "IMMUTABLE",
          image_scanning_configuration: { scan_on_push: true },
          encryption_configuration: [{ encryption_type: "KMS", kms_key: ref(use1, "aws_kms_key", "kms-key", "arn") }],
          lifecycle: { prevent_destroy: true },
        });
      });

      it("encrypts the container log group with the rotating key and keeps logs for the retention", () => {
        expect(byAddressFragment(use1, "aws_cloudwatch_log_group", "_log-group_")).toMatchObject({
          name: "/dualcloud/orders/app",
          retention_in_days: 30,
          kms_key_id: ref(use1, "aws_kms_key", "kms-key", "arn"),
        });
        expect(byAddressFragment(use1, "aws_kms_key", "kms-key")).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30 });
        const keyDoc = Object.entries(use1.data.aws_iam_policy_document as Record<string, StackJson>).find(([n]) => n.includes("kms-key-policy"))![1];
        expect(keyDoc.statement[1]).toMatchObject({ principals: [{ type: "Service", identifiers: ["logs.us-east-1.amazonaws.com"] }] });
      });
    });

    describe("endpoint and outputs", () => {
      it("publishes <region>.aws.<domain> as an alias A record to the load balancer", () => {
        expect(byAddressFragment(use1, "aws_route53_record", "endpoint-record")).toEqual({
          name: "us-east-1.aws.orders.example.com",
          type: "A",
          zone_id: expect.stringMatching(/^\$\{data\.aws_route53_zone\./),
          alias: { name: ref(use1, "aws_lb", "alb", "dns_name"), zone_id: ref(use1, "aws_lb", "alb", "zone_id"), evaluate_target_health: false },
        });
      });

      it("outputs the load balancer DNS name and the endpoint hostname", () => {
        expect(use1.output.load_balancer_dns_name.value).toBe(ref(use1, "aws_lb", "alb", "dns_name"));
        expect(use1.output.endpoint_hostname.value).toBe("us-east-1.aws.orders.example.com");
        expect(Object.keys(use1.output.secret_arns.value).sort()).toEqual(["API_KEY", "DATABASE_URL"]);
      });
    });

    describe("a second AWS region", () => {
      it("is an independent stack: own provider region, no remote state, no shared physical names", () => {
        expect(euw1.provider.aws[0].region).toBe("eu-west-1");
        expect(euw1.data.terraform_remote_state).toBeUndefined();
        expect(use1.data.terraform_remote_state).toBeUndefined();
        const accountScoped = (json: StackJson) => [
          ...resourcesOfType(json, "aws_iam_role").map((r) => r.name),
          ...resourcesOfType(json, "aws_s3_bucket").map((r) => r.bucket),
        ];
        expect(accountScoped(euw1).filter((n) => accountScoped(use1).includes(n))).toEqual([]);
        expect(only(euw1, "aws_vpc").cidr_block).toBe("10.7.0.0/16");
        expect(only(euw1, "aws_acm_certificate").subject_alternative_names).toEqual(["eu-west-1.aws.orders.example.com"]);
      });

      it("has the same resources at addresses under its own datacentre key", () => {
        const strip = (json: StackJson, key: string) => resourceAddresses(json).map((a) => a.replace(key, "<dc>").replace(/_[0-9A-F]{8}$/, ""));
        expect(strip(euw1, "aws-eu-west-1")).toEqual(strip(use1, "aws-us-east-1"));
      });
    });

    describe("runtime contract", () => {
      it("reports what the task definition and autoscaling actually run", () => {
        const stack = service.datacentreStacks[0] as AwsDatacentreStack;
        expect(stack.aws.runtimeContract()).toEqual({
          port: 8080,
          healthCheckPath: "/health",
          envNames: ["LOG_LEVEL"],
          secretNames: ["API_KEY", "DATABASE_URL"],
          cpu: 0.5,
          memoryMiB: 1024,
          minReplicas: 2,
          maxReplicas: 10,
        });
      });
    });
  });

  describe("when things are added", () => {
    it("keeps every existing address when a datacentre or a secret is added", () => {
      const before = resourceAddresses(synthService(buildService(PROPS).service)["orders-aws-us-east-1"]);
      const more = buildService({
        ...PROPS,
        secrets: [...PROPS.secrets, "THIRD"],
        datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }, { cloud: "aws", region: "us-west-2" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" }],
      }).service;
      const after = resourceAddresses(synthService(more)["orders-aws-us-east-1"]);
      expect(after.filter((a) => !before.includes(a))).toEqual([expect.stringMatching(/^aws_secretsmanager_secret\.aws-us-east-1_secret-THIRD_/)]);
      expect(before.filter((a) => !after.includes(a))).toEqual([]);
    });
  });

  describe("given options", () => {
    it("shares one NAT gateway with single egress", () => {
      const json = synthService(buildService({ network: { egress: "single" } }).service)["orders-aws-us-east-1"];
      expect(resourcesOfType(json, "aws_nat_gateway")).toHaveLength(1);
      const nat = ref(json, "aws_nat_gateway", "nat-gateway-0", "id");
      for (let i = 0; i < 3; i++) expect(byAddressFragment(json, "aws_route", `private-default-route-${i}`).nat_gateway_id).toBe(nat);
    });

    it("uses two zones in us-west-1", () => {
      const json = synthService(buildService({ datacentres: [{ cloud: "aws", region: "us-west-1" }, { cloud: "azure", region: "westus2" }] }).service)["orders-aws-us-west-1"];
      expect(resourcesOfType(json, "aws_subnet")).toHaveLength(4);
      expect(resourcesOfType(json, "aws_nat_gateway")).toHaveLength(2);
      expect(json.data.aws_elb_service_account).toBeDefined();
    });

    it("grants log delivery only to the service principal in regions opened after August 2022", () => {
      const json = synthService(buildService({ datacentres: [{ cloud: "aws", region: "eu-central-2" }, { cloud: "azure", region: "switzerlandnorth" }] }).service)["orders-aws-eu-central-2"];
      expect(json.data.aws_elb_service_account).toBeUndefined();
    });

    it("references a tag and allows mutable tags when the image is given by tag", () => {
      const json = synthService(buildService({ image: "ghcr.io/acme/orders:1.2.3", allowMutableImageTag: true }).service)["orders-aws-us-east-1"];
      expect(only(json, "aws_ecr_repository").image_tag_mutability).toBe("MUTABLE");
      expect((decodeJsonArgument(only(json, "aws_ecs_task_definition").container_definitions) as StackJson[])[0].image).toBe(`${ref(json, "aws_ecr_repository", "repository", "repository_url")}:1.2.3`);
    });

    it("leaves the root filesystem writable only when asked", () => {
      const json = synthService(buildService({ readOnlyRootFilesystem: false }).service)["orders-aws-us-east-1"];
      const task = only(json, "aws_ecs_task_definition");
      expect((decodeJsonArgument(task.container_definitions) as StackJson[])[0].readonlyRootFilesystem).toBe(false);
      expect(task.volume).toBeUndefined();
    });

    it("takes per-datacentre instance bounds and the CPU target", () => {
      const json = synthService(
        buildService({ capacity: { targetCpuPercent: 45 }, datacentres: [{ cloud: "aws", region: "us-east-1", minInstances: 3, maxInstances: 7 }, { cloud: "azure", region: "eastus" }] }).service,
      )["orders-aws-us-east-1"];
      expect(only(json, "aws_appautoscaling_target")).toMatchObject({ min_capacity: 3, max_capacity: 7 });
      expect(only(json, "aws_ecs_service").desired_count).toBe(3);
      expect(only(json, "aws_appautoscaling_policy").target_tracking_scaling_policy_configuration.target_value).toBe(45);
    });
  });

  describe("inside a user's own stack", () => {
    const model = resolveServiceModel("orders", "orders", { ...BASE_PROPS, secrets: ["DATABASE_URL"] });
    const awsDc = model.datacentres.find((d) => d.key === "aws-eu-west-1")!;

    it("builds under the user's AWS provider", () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, "platform");
      new AwsProvider(stack, "aws", { region: "eu-west-1" });
      const dc = new AwsDatacentre(stack, "orders-eu", { service: model, datacentre: awsDc });
      const json = synthStack(stack);
      expect(dc.loadBalancer?.loadBalancerTypeInput).toBe("application");
      expect(dc.vpc.cidrBlockInput).toBe("10.7.0.0/16");
      expect(dc.privateSubnets.map((s) => s.cidrBlockInput)).toEqual(["10.7.128.0/19", "10.7.160.0/19", "10.7.192.0/19"]);
      expect(Object.keys(json.resource.aws_lb)).toEqual([expect.stringMatching(/^orders-eu_alb_/)]);
      expect(only(json, "aws_acm_certificate").subject_alternative_names).toEqual(["eu-west-1.aws.orders.example.com"]);
    });

    it("refuses an Azure datacentre", () => {
      const stack = new TerraformStack(Testing.app(), "platform");
      const azureDc = model.datacentres.find((d) => d.cloud === "azure")!;
      expect(() => new AwsDatacentre(stack, "x", { service: model, datacentre: azureDc })).toThrow(/\[platform\/x\] datacentre\.cloud: received "azure"; allowed: "aws"/);
    });

    it("refuses a datacentre that is not one of the service's", () => {
      const stack = new TerraformStack(Testing.app(), "platform");
      expect(() => new AwsDatacentre(stack, "x", { service: model, datacentre: { ...awsDc, key: "aws-us-west-2" } })).toThrow(/datacentre: received "aws-us-west-2"; allowed: one of the service's datacentres/);
    });

    it("refuses a hand-built model with a vCPU count Fargate lacks", () => {
      const stack = new TerraformStack(Testing.app(), "platform");
      expect(() => new AwsDatacentre(stack, "x", { service: { ...model, cpu: 3 }, datacentre: awsDc })).toThrow(/size\.cpu: received 3; allowed: a Fargate vCPU count/);
    });
  });

  describe("validation", () => {
    it("accepts a domain of exactly 64 characters, the ACM limit", () => {
      const domain = `${"a".repeat(52)}.example.com`;
      expect(domain).toHaveLength(64);
      expect(() => buildService({ domain })).not.toThrow();
    });

    it("refuses a domain longer than ACM's 64-character common name", () => {
      const domain = `${"a".repeat(53)}.example.com`;
      expect(() => buildService({ domain })).toThrow(DualCloudValidationError);
      expect(() => buildService({ domain })).toThrow(/domain: received "a+\.example\.com"; allowed: at most 64 characters, the longest common name ACM issues/);
    });

    it("accepts a memory size on the Fargate grid and refuses one off it", () => {
      expect(() => buildService({ size: { cpu: 1, memoryMiB: 8192 } })).not.toThrow();
      expect(() => buildService({ size: { cpu: 1, memoryMiB: 2500 } })).toThrow(/size\.memoryMiB: received 2500; allowed: a Fargate memory size for 1 vCPU: 2048 to 8192 MiB in steps of 1024/);
    });
  });
});
