import { ALL_RULES, policyFindings } from "../../lib/policy";
import { bareStack, fixtureCloud, FIXTURES } from "./fixtures";

describe("policy rules", () => {
  describe.each(ALL_RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
    const cloud = fixtureCloud(rule);

    it("given the compliant fixture, raises no finding of this rule", () => {
      const stack = bareStack(cloud);
      FIXTURES[id].compliant(stack);
      expect(policyFindings(stack).filter((f) => f.ruleId === id)).toEqual([]);
    });

    it("given the non-compliant fixture, raises exactly this rule's finding on the offending resource", () => {
      const stack = bareStack(cloud);
      const offender = FIXTURES[id].nonCompliant(stack);
      const mine = policyFindings(stack).filter((f) => f.ruleId === id);
      expect(mine.map((f) => f.path)).toEqual([offender.node.path]);
      expect(mine[0]).toMatchObject({ severity: rule.severity });
      expect(mine[0].message).toContain(`${id} (${rule.severity})`);
      expect(mine[0].message).toContain(`suppressPolicy(<construct>, "${id}"`);
    });
  });
});
