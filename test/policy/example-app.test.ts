import { Testing } from "cdktf";
import { PolicyPack, policyFindings } from "../../lib/policy";
import { addExampleService } from "../../stacks/example-service";

describe("the example app under the policy pack", () => {
  // DualCloudService applies the pack itself; applying it again here checks
  // the example through a fresh aspect as a user would on their own app.
  it("has zero unsuppressed findings and synthesizes with validations on", () => {
    const app = Testing.app();
    const service = addExampleService(app);
    PolicyPack.applyTo(app);
    expect(policyFindings(app).map((f) => f.message)).toEqual([]);
    for (const stack of [...service.datacentreStacks, service.route53Stack, service.trafficManagerStack]) {
      expect(() => Testing.synth(stack, true)).not.toThrow();
    }
  });
});
