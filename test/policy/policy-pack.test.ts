import { Lb } from "@cdktf/provider-aws/lib/lb";
import { Wafv2WebAclAssociation } from "@cdktf/provider-aws/lib/wafv2-web-acl-association";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Aspects, IAspect, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { ContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
import { CloudRunV2ServiceIamMember } from "@cdktf/provider-google/lib/cloud-run-v2-service-iam-member";
import { Construct } from "constructs";
import { DualCloudValidationError } from "../../lib";
import { ALL_RULES, applicableRules, listSuppressions, POLICY_NEUTRAL, PolicyPack, policyFindings, policySummaryLines, suppressPolicy } from "../../lib/policy";
import { bareStack } from "./fixtures";

function listener(scope: Construct, forward: boolean): LbListener {
  const l = new LbListener(scope, "http", {
    loadBalancerArn: "arn:lb",
    port: 80,
    protocol: "HTTP",
    defaultAction: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
  });
  if (forward) {
    l.addOverride("default_action.0.type", "forward");
    l.addOverride("default_action.0.target_group_arn", "arn:tg");
  }
  return l;
}

function publicSg(scope: Construct): SecurityGroup {
  return new SecurityGroup(scope, "alb-sg", { ingress: [{ fromPort: 443, toPort: 443, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"], description: "HTTPS from clients" }], egress: [] });
}

function metadataOf(c: Construct, type: string): string[] {
  return c.node.metadata.filter((m) => m.type === type).map((m) => String(m.data));
}

describe("PolicyPack", () => {
  describe("given a secure default turned off through an escape hatch (an HTTP listener that forwards)", () => {
    it("fails Testing.synth with validations on, naming the rule and the resource", () => {
      const stack = bareStack("aws");
      listener(stack, true);
      PolicyPack.applyTo(stack);
      expect(() => Testing.synth(stack, true)).toThrow(/\[fixture\/http\] aws-alb-http-redirects-to-https \(error\): aws_lb_listener\.http: the HTTP listener's default action is forward/);
    });

    it("fails a full synth (the path cdktf synth takes) as well", () => {
      const stack = bareStack("aws");
      listener(stack, true);
      PolicyPack.applyTo(stack.node.scope!);
      expect(() => Testing.fullSynth(stack)).toThrow(/aws-alb-http-redirects-to-https/);
    });

    it("annotates the error on the listener", () => {
      const stack = bareStack("aws");
      const l = listener(stack, true);
      PolicyPack.applyTo(stack);
      expect(() => Testing.synth(stack, true)).toThrow();
      expect(metadataOf(l, "@cdktf/error")).toEqual([expect.stringMatching(/^aws-alb-http-redirects-to-https \(error\).*Fix: .*suppressPolicy/)]);
    });
  });

  describe("given the compliant listener", () => {
    it("synthesizes, and a second synth adds no duplicate annotation", () => {
      const stack = bareStack("aws");
      const l = listener(stack, false);
      const lb = new Lb(stack, "alb", { dropInvalidHeaderFields: true, accessLogs: { bucket: "logs", enabled: true } });
      new Wafv2WebAclAssociation(stack, "waf", { resourceArn: lb.arn, webAclArn: "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/orders/1" });
      const aspect = PolicyPack.applyTo(stack);
      expect(() => Testing.synth(stack, true)).not.toThrow();
      Testing.synth(stack, true);
      expect(metadataOf(l, "@cdktf/error")).toEqual([]);
      expect(metadataOf(lb, "@cdktf/warn")).toEqual([expect.stringMatching(/^aws-alb-deletion-protection \(warning\)/)]);
      expect(aspect.findings.map((f) => [f.ruleId, f.path])).toEqual([["aws-alb-deletion-protection", "fixture/alb"]]);
    });
  });

  describe("given an intended exception", () => {
    it("passes the synth once suppressed with a reason, and lists the suppression", () => {
      const stack = bareStack("aws");
      const group = new Construct(stack, "public-edge");
      const sg = publicSg(group);
      suppressPolicy(group, "aws-sg-no-public-ingress", "The internet-facing load balancer answers HTTPS on 443.");
      PolicyPack.applyTo(stack);
      expect(() => Testing.synth(stack, true)).not.toThrow();
      expect(metadataOf(sg, "dualcloud/policy-suppressed")).toEqual(["aws-sg-no-public-ingress suppressed: The internet-facing load balancer answers HTTPS on 443."]);
      expect(metadataOf(sg, "@cdktf/info")).toEqual([]);
      expect(listSuppressions(stack)).toEqual([{ path: "fixture/public-edge", ruleId: "aws-sg-no-public-ingress", reason: "The internet-facing load balancer answers HTTPS on 443." }]);
      expect(policyFindings(stack)).toEqual([]);
      expect(policyFindings(stack, { includeSuppressed: true })).toEqual([
        expect.objectContaining({ ruleId: "aws-sg-no-public-ingress", path: "fixture/public-edge/alb-sg", suppressedReason: "The internet-facing load balancer answers HTTPS on 443." }),
      ]);
      expect(policySummaryLines(stack)).toContain("    aws-sg-no-public-ingress at fixture/public-edge: The internet-facing load balancer answers HTTPS on 443.");
    });

    it("does not let one rule's suppression hide another rule", () => {
      const stack = bareStack("aws");
      const sg = new SecurityGroup(stack, "sg", { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"], description: "ssh" }], egress: [] });
      suppressPolicy(sg, "aws-sg-no-public-ingress", "Reviewed: this group fronts a public endpoint.");
      expect(policyFindings(stack).map((f) => f.ruleId)).toEqual(["aws-sg-public-ingress-web-ports-only"]);
    });

    it("refuses a suppression without a written reason", () => {
      const stack = bareStack("aws");
      expect(() => suppressPolicy(stack, "aws-sg-no-public-ingress", "")).toThrow(DualCloudValidationError);
      expect(() => suppressPolicy(stack, "aws-sg-no-public-ingress", "   ")).toThrow(/reason: received "   "; allowed: a written reason/);
    });

    it("refuses a suppression of a rule that does not exist", () => {
      const stack = bareStack("aws");
      expect(() => suppressPolicy(stack, "aws-sg-no-public-ingres", "typo in the rule id here")).toThrow(/ruleId: received "aws-sg-no-public-ingres"; allowed: the ID of a dualcloud policy rule/);
    });
  });

  describe("given an app of several stacks, before cdktf writes the first one", () => {
    function twoStacks(): { app: ReturnType<typeof Testing.app>; first: TerraformStack; second: TerraformStack } {
      const app = Testing.app();
      const [first, second] = ["first", "second"].map((id) => {
        const stack = new TerraformStack(app, id);
        new AwsProvider(stack, "aws", { region: "us-east-1" });
        return stack;
      });
      const lb = (stack: TerraformStack, drop: boolean) => new Lb(stack, "alb", { internal: true, dropInvalidHeaderFields: drop, enableDeletionProtection: true, accessLogs: { bucket: "logs", enabled: true } });
      lb(first, true);
      lb(second, false);
      return { app, first, second };
    }

    it("fails the first stack's validation with another stack's unsuppressed error, so nothing is written", () => {
      const { app, first } = twoStacks();
      PolicyPack.applyTo(app);
      expect(() => Testing.synth(first, true)).toThrow(/\[second\/alb\] aws-alb-drop-invalid-headers \(error\)/);
    });

    it("leaves a stack under an aspect not marked POLICY_NEUTRAL to its own validation (that aspect may still fix it)", () => {
      const { app, first, second } = twoStacks();
      Aspects.of(second).add({ visit: () => undefined });
      PolicyPack.applyTo(app);
      expect(() => Testing.synth(first, true)).not.toThrow();
      expect(() => Testing.synth(second, true)).toThrow(/aws-alb-drop-invalid-headers \(error\)/);
    });

    it("still judges a stack under a POLICY_NEUTRAL aspect early", () => {
      const { app, first, second } = twoStacks();
      Aspects.of(second).add({ visit: () => undefined, [POLICY_NEUTRAL]: true } as IAspect);
      PolicyPack.applyTo(app);
      expect(() => Testing.synth(first, true)).toThrow(/\[second\/alb\] aws-alb-drop-invalid-headers/);
    });
  });

  describe("given an app, the summary counts the rules that apply to it", () => {
    it("counts only the rules reading a resource type the app has (here a load balancer's four), out of the whole pack", () => {
      const stack = bareStack("aws");
      new Lb(stack, "alb", { dropInvalidHeaderFields: true, enableDeletionProtection: true, accessLogs: { bucket: "logs", enabled: true } });
      expect(applicableRules(stack).map((r) => r.id)).toEqual(["aws-alb-access-logs", "aws-alb-deletion-protection", "aws-alb-drop-invalid-headers", "aws-alb-waf"]);
      expect(policySummaryLines(stack)[0]).toBe(`  policy: 4 of ${ALL_RULES.length} rules apply to this app's resources; 0 suppressions`);
    });

    it("counts none for an app with no resource a rule reads", () => {
      expect(policySummaryLines(bareStack("azure"))[0]).toBe(`  policy: 0 of ${ALL_RULES.length} rules apply to this app's resources; 0 suppressions`);
    });
  });

  describe("given values that are unknown at synth (variables and references)", () => {
    it.each([
      ["aws", "aws-sg-no-public-ingress", (s: TerraformStack, v: TerraformVariable) => new VpcSecurityGroupIngressRule(s, "in", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: v.stringValue, description: "d" }), /ingress from \$\{var\.v\} on port 443: the source is only known at apply/],
      ["aws", "aws-secret-recovery-window", (s: TerraformStack, v: TerraformVariable) => new SecretsmanagerSecret(s, "secret", { name: "x", kmsKeyId: "k", recoveryWindowInDays: v.numberValue }), /recovery_window_in_days is only known at apply/],
      ["azure", "azure-acr-admin-disabled", (s: TerraformStack, v: TerraformVariable) => new ContainerRegistry(s, "acr", { name: "acr", resourceGroupName: "rg", location: "eastus", sku: "Premium", adminEnabled: v.booleanValue }), /admin_enabled is only known at apply/],
      ["azure", "azure-nsg-no-internet-ingress", (s: TerraformStack, v: TerraformVariable) => new NetworkSecurityRule(s, "rule", { name: "r", resourceGroupName: "rg", networkSecurityGroupName: "nsg", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourcePortRange: "*", destinationPortRange: "443", sourceAddressPrefix: v.stringValue, destinationAddressPrefix: "*" }), /rule r: \$\{var\.v\} allows inbound traffic from a source only known at apply/],
      ["gcp", "gcp-cloud-run-no-public-invoker", (s: TerraformStack, v: TerraformVariable) => new CloudRunV2ServiceIamMember(s, "invoker", { name: "orders", location: "europe-west1", role: "roles/run.invoker", member: v.stringValue }), /member \$\{var\.v\} is only known at apply/],
    ] as const)("on %s, %s reports a value only known at apply instead of passing it", (cloud, ruleId, build, message) => {
      const stack = bareStack(cloud);
      build(stack, new TerraformVariable(stack, "v", {}));
      const mine = policyFindings(stack).filter((f) => f.ruleId === ruleId);
      expect(mine.map((f) => f.message)).toEqual([expect.stringMatching(message)]);
    });

    it("does not count a member with a fixed principal type around a reference as unknown", () => {
      const stack = bareStack("gcp");
      const v = new TerraformVariable(stack, "v", {});
      new CloudRunV2ServiceIamMember(stack, "invoker", { name: "orders", location: "europe-west1", role: "roles/run.invoker", member: `serviceAccount:${v.stringValue}` });
      expect(policyFindings(stack)).toEqual([]);
    });

    it("does not crash, and reports each value it cannot prove (no rule passes a resource because it holds a reference)", () => {
      const stack = bareStack("aws");
      const drop = new TerraformVariable(stack, "drop", { type: "bool" });
      const protocol = new TerraformVariable(stack, "protocol", { type: "string" });
      const lb = new Lb(stack, "alb", { dropInvalidHeaderFields: drop.booleanValue, enableDeletionProtection: drop.booleanValue, accessLogs: { bucket: "logs", enabled: drop.booleanValue } });
      new Wafv2WebAclAssociation(stack, "waf", { resourceArn: lb.arn, webAclArn: protocol.stringValue });
      new LbListener(stack, "l", { loadBalancerArn: lb.arn, port: 443, protocol: protocol.stringValue, sslPolicy: protocol.stringValue, defaultAction: [{ type: "forward", targetGroupArn: "arn:tg" }] });
      const findings = policyFindings(stack).map((f) => `${f.ruleId}: ${f.message.replace(/ \(\$\{[^)]*\)/, "").split(". Fix:")[0].split(": ").pop()}`);
      expect(findings.sort()).toEqual([
        "aws-alb-access-logs: access_logs.enabled is only known at apply, so nothing shows it complies",
        "aws-alb-deletion-protection: enable_deletion_protection is only known at apply, so nothing shows it complies",
        "aws-alb-drop-invalid-headers: drop_invalid_header_fields is only known at apply, so nothing shows it complies",
        "aws-alb-http-redirects-to-https: protocol is only known at apply, so nothing shows it complies",
        "aws-alb-listener-tls-policy: ssl_policy is only known at apply, so nothing shows it complies",
      ]);
    });
  });
});
