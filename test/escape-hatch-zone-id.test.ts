import { AwsDatacentreStack } from "../lib/constructs/aws/aws-datacentre-stack";
import { buildService, synthService, StackJson } from "./support/synth";

/** README "Escape hatches": pin the Route 53 zone by ID when several public zones share its name. */
const ZONE_ID = "Z0123456789ABCDEFGHIJ";

function zoneLookups(json: StackJson): StackJson[] {
  return Object.values((json.data?.aws_route53_zone ?? {}) as Record<string, StackJson>);
}

describe("the README's recipe for a Route 53 zone pinned by ID", () => {
  const { service } = buildService();
  for (const stack of service.datacentreStacks) {
    if (stack instanceof AwsDatacentreStack) {
      stack.aws.zone.resetName();
      stack.aws.zone.zoneId = ZONE_ID;
    }
  }
  service.route53Stack.layer.zone.resetName();
  service.route53Stack.layer.zone.zoneId = ZONE_ID;
  const stacks = synthService(service);

  it("looks the zone up by ID, not by name, in every stack that reads it", () => {
    const lookups = ["orders-aws-us-east-1", "orders-aws-eu-west-1", "orders-global-aws"].flatMap((name) => zoneLookups(stacks[name]));
    expect(lookups).toHaveLength(3);
    expect(lookups.map((z) => [z.zone_id, z.name, z.private_zone])).toEqual([[ZONE_ID, undefined, false], [ZONE_ID, undefined, false], [ZONE_ID, undefined, false]]);
  });

  it("leaves the default app looking the zone up by name", () => {
    const plain = synthService(buildService().service);
    expect(zoneLookups(plain["orders-global-aws"]).map((z) => [z.name, z.zone_id])).toEqual([["example.com", undefined]]);
  });
});
