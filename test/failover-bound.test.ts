import { DualCloudValidationError, resolveServiceModel } from "../lib";
import { failoverEstimates } from "../lib/validation/failover-estimates";
import { BASE_PROPS } from "./support/synth";

/** Resolves the base props with a routing override. */
function resolve(routing: Record<string, unknown>) {
  return resolveServiceModel("orders", "orders", { ...BASE_PROPS, routing });
}

describe("routing.maxFailoverSeconds, at the boundary", () => {
  it("given the default routing, then the worst cases are Route 53 51 s and Traffic Manager 50 s", () => {
    expect(failoverEstimates(resolve({}).routing).map((e) => [e.layer, e.worstCaseSeconds])).toEqual([["route53", 51], ["traffic-manager", 50]]);
  });

  it("given a bound exactly at the Route 53 worst case (51 s), then it is accepted; one second less is refused", () => {
    expect(resolve({ maxFailoverSeconds: 51 }).routing.maxFailoverSeconds).toBe(51);
    expect(() => resolve({ maxFailoverSeconds: 50 })).toThrow(DualCloudValidationError);
    expect(() => resolve({ maxFailoverSeconds: 50 })).toThrow(/routing: received "route53 worst case 51 s \(3 x 10 s \+ 6 s probe \+ 15 s TTL\)"; allowed: a worst-case failover within routing\.maxFailoverSeconds \(50 s\)/);
  });

  it("given a bound exactly at the Traffic Manager worst case (54 s), then it is accepted; one second less is refused", () => {
    expect(resolve({ probeTimeoutSeconds: 9, maxFailoverSeconds: 54 }).routing.maxFailoverSeconds).toBe(54);
    expect(() => resolve({ probeTimeoutSeconds: 9, maxFailoverSeconds: 53 })).toThrow(/routing: received "traffic-manager worst case 54 s \(\(2 \+ 1\) x 10 s \+ 9 s timeout \+ 15 s TTL\)"; allowed: a worst-case failover within routing\.maxFailoverSeconds \(53 s\)/);
  });
});
