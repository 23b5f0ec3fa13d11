import { Testing } from "cdktf";
import { DualCloudService, DualCloudServiceProps, DualCloudValidationError } from "../lib";
import { FieldChecker } from "../lib/validation/checker";
import { BASE_PROPS } from "./support/synth";

/** What `new DualCloudService` threw for these props. */
function errorFor(props: Record<string, unknown>, name = "orders"): DualCloudValidationError {
  try {
    new DualCloudService(Testing.app(), name, props as unknown as DualCloudServiceProps);
  } catch (error) {
    if (error instanceof DualCloudValidationError) return error;
    throw error;
  }
  throw new Error("no error");
}

const THREE_MISTAKES = {
  ...BASE_PROPS,
  image: "ghcr.io/acme/orders:1.4.2",
  port: "8080",
  datacentres: [
    { cloud: "aws", region: "us-east-1" },
    { cloud: "aws", region: "us-east1" },
    { cloud: "azure", region: "eastus" },
    { cloud: "azure", region: "westeurope" },
  ],
};

describe("DualCloudValidationError with every problem", () => {
  describe("given an app with three mistakes in three sections", () => {
    const error = errorFor(THREE_MISTAKES);

    it("throws one typed error listing all three, in the order the input is checked", () => {
      expect(error.problems.map((p) => p.field)).toEqual(["image", "port", "datacentres[1].region"]);
      expect(error.problems.map((p) => p.received)).toEqual(['"ghcr.io/acme/orders:1.4.2"', '"8080"', '"us-east1"']);
      expect(error.problems[2].allowed).toMatch(/^a known aws region; nearest: us-east-1/);
    });

    it("keeps field, received and allowed of the first problem for existing callers", () => {
      expect(error.field).toBe("image");
      expect(error.received).toBe('"ghcr.io/acme/orders:1.4.2"');
      expect(error.allowed).toBe(error.problems[0].allowed);
      expect(error.constructPath).toBe("orders");
    });

    it("puts every problem on its own line of the message, each with field, value and what is allowed", () => {
      const lines = error.message.split("\n");
      expect(lines[3]).toBe("(3 invalid inputs)");
      expect(lines.slice(0, 3)).toEqual([
        expect.stringMatching(/^\[orders\] image: received "ghcr\.io\/acme\/orders:1\.4\.2"; allowed: a fully qualified OCI reference by digest/),
        '[orders] port: received "8080"; allowed: an integer from 1 to 65535',
        expect.stringMatching(/^\[orders\] datacentres\[1\]\.region: received "us-east1"; allowed: a known aws region/),
      ]);
    });
  });

  it("given one mistake, keeps the one-line message of earlier versions", () => {
    const error = errorFor({ ...BASE_PROPS, port: 0 });
    expect(error.message).toBe("[orders] port: received 0; allowed: an integer from 1 to 65535");
    expect(error.problems).toHaveLength(1);
  });

  it("given an unknown field and invalid optional fields in three sections, reports all four", () => {
    const error = errorFor({ ...BASE_PROPS, routing: { probeIntervalSeconds: 15 }, logRetentionDays: 0, network: { egress: "none" }, colour: "blue" });
    expect(error.problems.map((p) => p.field)).toEqual(["colour", "routing.probeIntervalSeconds", "logRetentionDays", "network.egress"]);
  });

  it("given an invalid minimum, does not also check capacity against a default it did not give", () => {
    const error = errorFor({ ...BASE_PROPS, capacity: { minInstancesPerDatacentre: 0, maxInstancesPerDatacentre: 3, peak: { requestsPerSecond: 443, requestsPerSecondPerInstance: 150 } } });
    expect(error.problems.map((p) => p.field)).toEqual(["capacity.minInstancesPerDatacentre"]);
  });

  it("given an invalid domain, does not also report the datacentres and DNS that depend on it", () => {
    const error = errorFor({ ...BASE_PROPS, domain: "https://orders.example.com", dns: { zoneName: "example.com" } });
    expect(error.problems.map((p) => p.field)).toEqual(["domain"]);
  });

  it("given props that are not an object, stops there: there is nothing else to check", () => {
    expect(errorFor("orders" as unknown as Record<string, unknown>).problems.map((p) => p.field)).toEqual([""]);
  });
});

describe("FieldChecker.attempt", () => {
  it("outside collect, throws the first failure as before", () => {
    const check = new FieldChecker("x");
    expect(() => check.attempt(() => check.integer("port", "8080", 1, 65535), 0)).toThrow(DualCloudValidationError);
    expect(() => check.optional("8080", 1, (v) => check.integer("port", v, 1, 65535))).toThrow(/port: received "8080"/);
  });

  it("inside collect, records each failure, returns the fallback and throws them together at the end", () => {
    const check = new FieldChecker("x");
    const seen: unknown[] = [];
    expect(() => check.collect(() => {
      seen.push(check.attempt(() => check.integer("a", "1", 1, 2), "fallback"));
      seen.push(check.attempt(() => check.optional(7, 1, (v) => check.integer("b", v, 1, 2)), "fallback"));
      seen.push(check.attempt(() => check.integer("c", 2, 1, 2), "fallback"));
      check.object("d", { x: 1, y: 2 }, []);
    })).toThrow(expect.objectContaining({ problems: ["a", "b", "d.x", "d.y"].map((field) => expect.objectContaining({ field })) }));
    expect(seen).toEqual(["fallback", "fallback", 2]);
  });

  it("inside collect, lets errors that are not validation errors through", () => {
    const check = new FieldChecker("x");
    expect(() => check.collect(() => check.attempt(() => { throw new TypeError("bug"); }, 0))).toThrow(TypeError);
  });
});
