import fc from "fast-check";
import { DualCloudValidationError, resolveServiceModel } from "../lib";
import { DatacentreSpec, DualCloudServiceProps, StabilityMode } from "../lib/model/props";
import { BASE_PROPS } from "./support/synth";

const AWS = ["us-east-1", "eu-west-1", "us-west-2"];
const AZURE = ["eastus", "westeurope", "northeurope"];

type Spec = { -readonly [K in keyof DatacentreSpec]: DatacentreSpec[K] };
type Props = { capacity: { minInstancesPerDatacentre: number; maxInstancesPerDatacentre: number; stability: StabilityMode; peak: { instances: number } }; datacentres: Spec[] };

/** The capacity message validation gives, or undefined when the props are accepted. */
function capacityFailure(props: Props): string | undefined {
  try {
    resolveServiceModel("orders", "orders", { ...BASE_PROPS, ...props } as DualCloudServiceProps);
    return undefined;
  } catch (e) {
    if (!(e instanceof DualCloudValidationError) || e.field !== "capacity.peak") throw e;
    return e.allowed;
  }
}

/**
 * Applies the fix a capacity message proposes, literally: the per-datacentre
 * knob (and the ceiling it names), or the named datacentres' own bounds.
 * Returns undefined when the message proposes no number (add datacentres).
 */
function applyFix(props: Props, message: string): Props | undefined {
  const next: Props = { capacity: { ...props.capacity }, datacentres: props.datacentres.map((d) => ({ ...d })) };
  const knob = /raise capacity\.(min|max)InstancesPerDatacentre to (\d+)/.exec(message);
  if (knob) {
    const value = Number(knob[2]);
    if (knob[1] === "min") next.capacity.minInstancesPerDatacentre = value;
    else next.capacity.maxInstancesPerDatacentre = value;
    const ceiling = /and capacity\.maxInstancesPerDatacentre to at least (\d+)/.exec(message);
    if (ceiling) next.capacity.maxInstancesPerDatacentre = Number(ceiling[1]);
    return next;
  }
  const sets = [...message.matchAll(/datacentres\[(\d+)\]\.(minInstances|maxInstances) \([^)]+\) to (\d+)/g)];
  if (sets.length === 0) return undefined;
  for (const [, index, field, value] of sets) {
    const d = next.datacentres[Number(index)];
    d[field as "minInstances" | "maxInstances"] = Number(value);
    if (field === "minInstances" && message.includes("raising maxInstances to match")) d.maxInstances = Math.max(d.maxInstances ?? next.capacity.maxInstancesPerDatacentre, Number(value));
  }
  return next;
}

const datacentre = (cloud: "aws" | "azure", region: string) =>
  fc.record({ minInstances: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }) }).map(({ minInstances }): Spec => ({
    cloud,
    region,
    ...(minInstances !== undefined ? { minInstances, maxInstances: 20 } : {}),
  }));

const topology = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([aws, azure]) => fc.tuple(...AWS.slice(0, aws).map((r) => datacentre("aws", r)), ...AZURE.slice(0, azure).map((r) => datacentre("azure", r))));

const props = fc.record({
  datacentres: topology,
  capacity: fc.record({
    minInstancesPerDatacentre: fc.integer({ min: 1, max: 4 }),
    maxInstancesPerDatacentre: fc.integer({ min: 4, max: 12 }),
    stability: fc.constantFrom<StabilityMode>("static", "elastic"),
    peak: fc.record({ instances: fc.integer({ min: 1, max: 40 }) }),
  }),
});

describe("the fix a capacity error proposes", () => {
  it("given a peak of 7 that losing a cloud leaves to 3 survivors, then it proposes 3 per datacentre (7 / 3 rounded up), and 3 is accepted", () => {
    const given: Props = {
      capacity: { minInstancesPerDatacentre: 1, maxInstancesPerDatacentre: 10, stability: "static", peak: { instances: 7 } },
      datacentres: [...AWS.map((region) => ({ cloud: "aws" as const, region })), ...AZURE.map((region) => ({ cloud: "azure" as const, region }))],
    };
    const message = capacityFailure(given)!;
    expect(message).toMatch(/losing cloud aws leaves 3 instances at minimum capacity for a peak of 7; raise capacity\.minInstancesPerDatacentre to 3$/);
    expect(capacityFailure(applyFix(given, message)!)).toBeUndefined();
    expect(capacityFailure({ ...given, capacity: { ...given.capacity, minInstancesPerDatacentre: 2 } })).toMatch(/losing cloud aws leaves 6 instances/);
  });

  it("given any topology that cannot carry its peak, then applying the proposed numbers makes validation pass", () => {
    let refused = 0;
    fc.assert(
      fc.property(props, (given) => {
        const message = capacityFailure(given);
        if (message === undefined) return;
        const fixed = applyFix(given, message);
        if (fixed === undefined) {
          expect(message).toMatch(/add datacentres|add one in another cloud|lower the peak/);
          return;
        }
        refused += 1;
        expect({ message, after: capacityFailure(fixed) }).toEqual({ message, after: undefined });
      }),
      { numRuns: 300, seed: 1329 },
    );
    expect(refused).toBeGreaterThan(50);
  });
});
