import { DefaultTokenResolver, StringConcat, Testing, Tokenization } from "cdktf";
import { AwsDatacentreStack } from "../../lib/constructs/aws/aws-datacentre-stack";
import { AzureDatacentreStack } from "../../lib/constructs/azure/azure-datacentre-stack";
import { GcpDatacentreStack } from "../../lib/constructs/gcp/gcp-datacentre-stack";
import { policyFindings } from "../../lib/policy";
import { decodeJsonArgument } from "../../lib/private/json-arguments";
import { addExampleService, EXAMPLE_SERVICE_PROPS } from "../../stacks/example-service";
import { itWithGcp } from "../support/core";
import { buildService } from "../support/synth";

type Container = Record<string, unknown>;

/** The example app, and the real container definition of its first AWS task definition as the construct holds it. */
function exampleWithAwsContainer(): { app: ReturnType<typeof Testing.app>; stack: AwsDatacentreStack; container: Container } {
  const app = Testing.app();
  const service = addExampleService(app);
  const stack = service.datacentreStacks.find((s): s is AwsDatacentreStack => s instanceof AwsDatacentreStack)!;
  const raw = Tokenization.resolve(stack.aws.taskDefinition!.containerDefinitionsInput, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) });
  const [container] = decodeJsonArgument(raw) as Container[];
  return { app, stack, container };
}

/** Rule IDs reported on the AWS task definition after overriding its container through the escape hatch. */
function awsRulesAfter(change: (c: Container) => Container): string[] {
  const { app, stack, container } = exampleWithAwsContainer();
  stack.aws.taskDefinition!.addOverride("container_definitions", JSON.stringify([change(container)]));
  return policyFindings(app).filter((f) => f.path === stack.aws.taskDefinition!.node.path).map((f) => f.ruleId);
}

describe("container rules on the library's real output", () => {
  it("given the example app, then the AWS container rules see its container (reference-bearing image and all) and find nothing", () => {
    const { app, container } = exampleWithAwsContainer();
    expect(container.image).toMatch(/^\$\{aws_ecr_repository\..*\.repository_url\}@sha256:/);
    expect(policyFindings(app)).toEqual([]);
  });

  it.each([
    ["a writable root filesystem", "aws-ecs-readonly-root-filesystem", (c: Container) => ({ ...c, readonlyRootFilesystem: false })],
    ["a privileged container", "aws-ecs-no-privileged", (c: Container) => ({ ...c, privileged: true })],
    ["no log configuration", "aws-ecs-task-logging", (c: Container) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== "logConfiguration"))],
    ["a plaintext secret in environment", "aws-ecs-no-plaintext-secrets", (c: Container) => ({ ...c, environment: [...(c.environment as unknown[]), { name: "DATABASE_URL", value: "postgres://u:pw@db" }] })],
  ])("given the example app with %s set through addOverride, then %s reports it", (_label, ruleId, change) => {
    expect(awsRulesAfter(change)).toEqual([ruleId]);
  });

  it("given the example app, when an Azure container gets a plaintext secret through addOverride, then the Azure rule reports it", () => {
    const app = Testing.app();
    const service = addExampleService(app);
    const azure = service.datacentreStacks.find((s): s is AzureDatacentreStack => s instanceof AzureDatacentreStack)!;
    azure.azure.containerApp!.addOverride("template.container.0.env", [{ name: "DATABASE_URL", value: "postgres://u:pw@db" }]);
    expect(policyFindings(app).map((f) => f.ruleId)).toEqual(["azure-container-app-no-plaintext-secrets"]);
  });

  itWithGcp("given the five-datacentre app, when the Cloud Run container gets a plaintext secret through addOverride, then the GCP rule reports it", () => {
    const { app, service } = buildService({
      ...EXAMPLE_SERVICE_PROPS,
      datacentres: [...EXAMPLE_SERVICE_PROPS.datacentres!, { cloud: "gcp", region: "europe-west1" }],
      gcp: { projectId: "acme-orders" },
    });
    const gcp = service.datacentreStacks.find((s): s is GcpDatacentreStack => s instanceof GcpDatacentreStack)!;
    gcp.gcp.cloudRunService!.addOverride("template.containers.0.env", [{ name: "API_TOKEN", value: "t0ken" }]);
    expect(policyFindings(app).map((f) => f.ruleId)).toEqual(["gcp-cloud-run-no-plaintext-secrets"]);
  });
});
