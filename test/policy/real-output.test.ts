import { App, TerraformElement, TerraformStack, Testing } from "cdktf";
import { DualCloudService } from "../../lib";
import { ALL_RULES, evaluateStack, policyElementType, PolicyRule } from "../../lib/policy";
import { addExampleService, EXAMPLE_SERVICE_PROPS } from "../../stacks/example-service";
import { GCP_SYNTHESIZES, itWithGcp } from "../support/core";
import { buildService, FIVE_DATACENTRES } from "../support/synth";
import { FIXTURES } from "./fixtures";
import { Breakage, BREAKAGES, BreakageStack } from "./real-output-breakages";

/** The real apps: the example (the default four datacentres) and the example on five datacentres (GCP rules). */
function realApp(five: boolean): { app: App; service: DualCloudService } {
  if (five) return buildService({ ...EXAMPLE_SERVICE_PROPS, datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" } });
  const app = Testing.app();
  return { app, service: addExampleService(app) };
}

function stackOf(service: DualCloudService, which: BreakageStack): TerraformStack {
  if (which === "route53" || which === "traffic-manager") return service.globalStacks[which];
  return service.datacentreStacks.find((s) => s.datacentre.cloud === which)!;
}

function stackFor(rule: PolicyRule, breakage: Breakage): BreakageStack {
  return breakage.stack ?? (rule.area === "global" ? "route53" : rule.area);
}

/** Terraform types of every resource and data source in an app. */
function typesIn(app: App): Set<string> {
  return new Set(app.node.findAll().map(policyElementType).filter((t): t is string => t !== undefined));
}

const ENTRY_HINT =
  '{ type: "<Terraform type of a resource the library builds>", id: "<its construct ID>", override: { "<attribute path>": <value that breaks the control> } } ' +
  "(or mutate: (element, stack) => ...), or { userAddition: true } when no app the library builds has a resource of the rule's types (then set the rule's userAdditionsOnly)";

describe("every policy rule, proven on the library's real output", () => {
  it("has a breakage entry for every rule, and none for a rule that does not exist", () => {
    const missing = ALL_RULES.map((r) => r.id).filter((id) => BREAKAGES[id] === undefined);
    const unknown = Object.keys(BREAKAGES).filter((id) => !ALL_RULES.some((r) => r.id === id));
    const problems = [
      ...missing.map((id) => `add "${id}": ${ENTRY_HINT} to BREAKAGES in test/policy/real-output-breakages.ts`),
      ...unknown.map((id) => `remove "${id}" from BREAKAGES in test/policy/real-output-breakages.ts: no such rule`),
    ];
    expect(problems).toEqual([]);
  });

  itWithGcp("marks a rule userAdditionsOnly exactly when no app the library builds has a resource of its types", () => {
    const present = new Set([...typesIn(realApp(false).app), ...typesIn(realApp(true).app)]);
    const mismatched = ALL_RULES.filter((r) => (r.userAdditionsOnly !== undefined) !== !r.resourceTypes.some((t) => present.has(t))).map((r) => r.id);
    expect(mismatched).toEqual([]);
    const wrongEntry = ALL_RULES.filter((r) => BREAKAGES[r.id] !== undefined && ("userAddition" in BREAKAGES[r.id]) !== (r.userAdditionsOnly !== undefined)).map((r) => r.id);
    expect(wrongEntry).toEqual([]);
  });

  /** Rules proven on an app with a GCP datacentre exist only where the Google provider synthesizes (not on cdktn). */
  const onThisCore = (r: PolicyRule): boolean => GCP_SYNTHESIZES || (r.area !== "gcp" && stackFor(r, BREAKAGES[r.id]) !== "gcp");
  describe.each(ALL_RULES.filter((r) => BREAKAGES[r.id] !== undefined && onThisCore(r)).map((r) => [r.id, r] as const))("%s", (id, rule) => {
    it("reports the control broken through an escape hatch on the real app, and nothing before", () => {
      const breakage = BREAKAGES[id];
      const which = stackFor(rule, breakage);
      const { service } = realApp(rule.area === "gcp" || which === "gcp");
      const stack = stackOf(service, which);
      const mine = () => evaluateStack(stack).filter((f) => f.ruleId === id && f.suppressedReason === undefined);
      expect(mine()).toEqual([]);
      if ("userAddition" in breakage) {
        FIXTURES[id].nonCompliant(stack);
      } else {
        const [element, ...others] = stack.node.findAll().filter((c) => policyElementType(c) === breakage.type && c.node.id === breakage.id) as TerraformElement[];
        expect([breakage.type, breakage.id, element !== undefined, others.length]).toEqual([breakage.type, breakage.id, true, 0]);
        for (const [path, value] of Object.entries(breakage.override ?? {})) element.addOverride(path, value);
        breakage.mutate?.(element, stack);
      }
      expect(mine().map((f) => f.ruleId)).toContain(id);
    });
  });
});
