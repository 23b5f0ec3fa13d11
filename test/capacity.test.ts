import { DualCloudValidationError } from "../lib";
import { assessCapacity, capacityInheritance, describePeak, peakInstances } from "../lib/model/capacity";
import { CapacityProps, DatacentreSpec, DualCloudServiceProps } from "../lib/model/props";
import { capacitySummarySection, renderCapacitySummary } from "../lib/summary/capacity-summary";
import { renderSynthSummary } from "../lib/summary/synth-summary";
import { buildService } from "./support/synth";

function build(props: Partial<DualCloudServiceProps>): ReturnType<typeof buildService> {
  return buildService(props);
}

function failureOf(props: Partial<DualCloudServiceProps>): string {
  try {
    build(props);
  } catch (e) {
    expect(e).toBeInstanceOf(DualCloudValidationError);
    return (e as Error).message;
  }
  throw new Error("expected a DualCloudValidationError");
}

const SIX_INSTANCES_AT_PEAK: CapacityProps = { minInstancesPerDatacentre: 2, maxInstancesPerDatacentre: 10, peak: { requestsPerSecond: 1200, requestsPerSecondPerInstance: 200 } };

describe("capacity model with static stability", () => {
  describe("given the default four datacentres at 2 to 10 instances and a peak of 6 instances", () => {
    it("refuses static stability, naming the failure and the minimum that fixes it", () => {
      const message = failureOf({ capacity: { ...SIX_INSTANCES_AT_PEAK, stability: "static" } });
      expect(message).toContain("[orders] capacity.peak: received \"1200 rps at 200 rps per instance = 6 instances\"");
      expect(message).toContain("losing cloud aws leaves 4 instances at minimum capacity for a peak of 6; raise capacity.minInstancesPerDatacentre to 3");
    });

    it("accepts elastic stability for the same topology, since the survivors scale to 20", () => {
      const { service } = build({ capacity: { ...SIX_INSTANCES_AT_PEAK, stability: "elastic" } });
      const a = assessCapacity(service.model.capacity, service.model.datacentres);
      expect(a.failures).toEqual([]);
      expect(a.scenarios.find((s) => s.description === "losing cloud aws")).toMatchObject({ minimumInstances: 4, maximumInstances: 20, carriedInstances: 20, shortfall: 0 });
    });

    it("accepts static stability once the minimum is raised to the proposed 3", () => {
      expect(() => build({ capacity: { ...SIX_INSTANCES_AT_PEAK, minInstancesPerDatacentre: 3 } })).not.toThrow();
    });

    it("defaults to static stability", () => {
      expect(() => build({ capacity: { peak: { instances: 6 } } })).toThrow(/at minimum capacity for a peak of 6; raise capacity\.minInstancesPerDatacentre to 3/);
    });
  });

  describe("when elastic stability cannot carry the peak either", () => {
    it("proposes raising the maximum", () => {
      expect(failureOf({ capacity: { stability: "elastic", minInstancesPerDatacentre: 1, maxInstancesPerDatacentre: 2, peak: { instances: 6 } } })).toContain(
        "losing cloud aws leaves 4 instances at maximum capacity for a peak of 6; raise capacity.maxInstancesPerDatacentre to 3",
      );
    });
  });

  describe("when the proposed minimum exceeds the maximum", () => {
    it("says the maximum must rise too", () => {
      expect(failureOf({ capacity: { minInstancesPerDatacentre: 2, maxInstancesPerDatacentre: 4, peak: { instances: 10 } } })).toContain(
        "losing cloud aws leaves 4 instances at minimum capacity for a peak of 10; raise capacity.minInstancesPerDatacentre to 5 (and capacity.maxInstancesPerDatacentre to at least 5)",
      );
    });
  });

  describe("when one datacentre carries most of a cloud", () => {
    const datacentres: DatacentreSpec[] = [
      { cloud: "aws", region: "us-east-1", minInstances: 6 },
      { cloud: "aws", region: "eu-west-1" },
      { cloud: "azure", region: "eastus" },
      { cloud: "azure", region: "westeurope" },
    ];

    it("lists every single failure with what is left", () => {
      const { service } = build({ datacentres, capacity: { peak: { instances: 4 } } });
      const a = assessCapacity(service.model.capacity, service.model.datacentres);
      expect(a.scenarios.map((s) => [s.description, s.minimumInstances, s.maximumInstances])).toEqual([
        ["losing datacentre aws-us-east-1", 6, 30],
        ["losing datacentre aws-eu-west-1", 10, 30],
        ["losing datacentre azure-eastus", 10, 30],
        ["losing datacentre azure-westeurope", 10, 30],
        ["losing cloud aws", 4, 20],
        ["losing cloud azure", 8, 20],
      ]);
      expect(a.baseline).toMatchObject({ description: "no failure", minimumInstances: 12, maximumInstances: 40 });
    });

    it("counts only the datacentres that inherit the default when proposing a new default", () => {
      // Losing azure leaves 6 + m (aws-us-east-1 keeps its own 6); losing aws leaves 2m: 2m >= 9 gives m = 5.
      expect(failureOf({ datacentres, capacity: { peak: { instances: 9 } } })).toContain("losing cloud aws leaves 4 instances at minimum capacity for a peak of 9; raise capacity.minInstancesPerDatacentre to 5");
    });
  });

  describe("when the survivors all set their own minimum", () => {
    it("proposes raising those datacentres, since the default would not move them", () => {
      const message = failureOf({
        datacentres: [{ cloud: "aws", region: "us-east-1", minInstances: 1 }, { cloud: "azure", region: "eastus", minInstances: 1 }],
        capacity: { peak: { instances: 6 } },
      });
      expect(message).toContain("losing datacentre aws-us-east-1 leaves 1 instance at minimum capacity for a peak of 6");
      expect(message).toContain("raise datacentres[0].minInstances (aws-us-east-1) to 6 and datacentres[1].minInstances (azure-eastus) to 6, or add a datacentre");
    });
  });

  describe("when a datacentre is drained", () => {
    const datacentres: DatacentreSpec[] = [
      { cloud: "aws", region: "us-east-1" },
      { cloud: "aws", region: "eu-west-1" },
      { cloud: "azure", region: "eastus", drain: true },
      { cloud: "azure", region: "westeurope" },
    ];

    it("counts it as already lost", () => {
      const capacity: CapacityProps = { minInstancesPerDatacentre: 3, peak: { instances: 6 } };
      expect(() => build({ capacity })).not.toThrow();
      const message = failureOf({ datacentres, capacity });
      expect(message).toContain("(drained datacentres count as already lost: azure-eastus)");
      expect(message).toContain("losing cloud aws leaves 3 instances at minimum capacity for a peak of 6; raise capacity.minInstancesPerDatacentre to 6");
    });

    it("does not list losing the drained datacentre as a scenario", () => {
      const { service } = build({ datacentres, capacity: { minInstancesPerDatacentre: 6, peak: { instances: 6 } } });
      const a = assessCapacity(service.model.capacity, service.model.datacentres);
      expect(a.scenarios.map((s) => s.lost)).toEqual(["aws-us-east-1", "aws-eu-west-1", "azure-westeurope", "aws", "azure"]);
      expect(a.drained).toEqual(["azure-eastus"]);
    });

    it("says when a failure leaves nothing in rotation", () => {
      const message = failureOf({
        datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "eastus", drain: true }],
        capacity: { peak: { instances: 1 } },
      });
      expect(message).toContain("losing datacentre aws-us-east-1 leaves 0 instances at minimum capacity for a peak of 1; no datacentre is left in rotation");
    });
  });

  describe("when no count within the limits is enough", () => {
    it("asks for more datacentres", () => {
      expect(failureOf({ capacity: { maxInstancesPerDatacentre: 1000, peak: { instances: 5000 } } })).toContain(
        "even 1000 instances per datacentre (2500 would be needed) is not enough: add datacentres or lower the peak",
      );
    });
  });

  describe("when no peak is declared", () => {
    it("skips the check and says so in the summary", () => {
      const { service } = build({ capacity: { minInstancesPerDatacentre: 1, maxInstancesPerDatacentre: 1 } });
      expect(assessCapacity(service.model.capacity, service.model.datacentres).failures).toEqual([]);
      expect(renderCapacitySummary(service.model)[0]).toBe("  capacity: no peak declared, so the capacity check is skipped; stability static (survivors at minimum, without scaling)");
    });
  });

  describe("peak arithmetic", () => {
    it("rounds a request rate up to whole instances", () => {
      expect(peakInstances({ requestsPerSecond: 1001, requestsPerSecondPerInstance: 200 })).toBe(6);
      expect(peakInstances({ requestsPerSecond: 1000, requestsPerSecondPerInstance: 200 })).toBe(5);
      expect(peakInstances({ instances: 7 })).toBe(7);
      expect(describePeak({ requestsPerSecond: 1001, requestsPerSecondPerInstance: 200 })).toBe("1001 rps at 200 rps per instance = 6 instances");
    });

    it("reads which datacentres inherit the defaults from the raw props", () => {
      expect(capacityInheritance([{ minInstances: 3 }, {}, { maxInstances: 4 }], 3, 2, 10)).toEqual({
        minInstancesPerDatacentre: 2, maxInstancesPerDatacentre: 10, inheritsMin: [false, true, true], inheritsMax: [true, true, false],
      });
      expect(capacityInheritance(undefined, 2, 2, 10).inheritsMin).toEqual([true, true]);
    });
  });

  describe("synth summary", () => {
    it("prints the capacity left under each failure, by default", () => {
      const { app } = build({ capacity: { ...SIX_INSTANCES_AT_PEAK, minInstancesPerDatacentre: 3 } });
      const lines = renderSynthSummary(app).split("\n");
      expect(renderSynthSummary(app, { serviceSections: [capacitySummarySection] }).split("\n").filter((l) => l.startsWith("  capacity:"))).toHaveLength(1);
      const start = lines.indexOf("  capacity: peak 1200 rps at 200 rps per instance = 6 instances; stability static (survivors at minimum, without scaling)");
      expect(start).toBeGreaterThan(0);
      expect(lines.slice(start + 1, start + 8)).toEqual([
        "    no failure                            12 min /    40 max",
        "    losing datacentre aws-us-east-1        9 min /    30 max  ok",
        "    losing datacentre aws-eu-west-1        9 min /    30 max  ok",
        "    losing datacentre azure-eastus         9 min /    30 max  ok",
        "    losing datacentre azure-westeurope     9 min /    30 max  ok",
        "    losing cloud aws                       6 min /    20 max  ok",
        "    losing cloud azure                     6 min /    20 max  ok",
      ]);
    });

    it("marks a failing scenario with its shortfall when a model is assessed directly", () => {
      const { service } = build({ capacity: { stability: "elastic", peak: { instances: 6 } } });
      const staticModel = { ...service.model, capacity: { ...service.model.capacity, stability: "static" as const } };
      const lines = renderCapacitySummary(staticModel);
      expect(lines).toContain("    losing cloud aws                       4 min /    20 max  SHORT by 2");
    });
  });
});
