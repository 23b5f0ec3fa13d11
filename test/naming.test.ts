import fc from "fast-check";
import { AWS_REGIONS } from "../lib/constructs/aws/aws-regions";
import { AZURE_REGIONS } from "../lib/constructs/azure/azure-regions";
import { GCP_REGIONS } from "../lib/constructs/gcp/gcp-regions";
import { NAME_RULES, NamedResource } from "../lib/clouds/registry";
import { HASH_SUFFIX_LENGTH, isWithinNameRule, physicalName, stableHash } from "../lib/naming/physical-name";
import { SERVICE_NAME } from "../lib/validation/resolve-service";

const RESOURCES = Object.keys(NAME_RULES) as NamedResource[];
const SHORTEST_SERVICE = "ab";
const LONGEST_SERVICE = "abcdefghij-klmnopqrstu-v"; // 24 characters
const SERVICES = [SHORTEST_SERVICE, "a1", "orders", "internal-orders", "sthree-orders", LONGEST_SERVICE];
const REGIONS = [...AWS_REGIONS, ...AZURE_REGIONS, ...GCP_REGIONS].map((r) => r.name);

/** The shapes of parts the constructs pass: service alone, with the region, with a role suffix. */
const SHAPES: Array<(service: string, region: string) => string[]> = [
  (s) => [s],
  (s, r) => [s, r],
  (s, r) => [s, r, "execution"],
  (s, r) => [s, "alb-logs", r],
  (s, r) => [`/dualcloud/${s}/${r}/app`],
  (s, r) => [`alias/dualcloud/${s}/${r}`],
];

function expectWithin(resource: NamedResource, name: string): void {
  const rule = NAME_RULES[resource];
  if (!isWithinNameRule(resource, name)) {
    throw new Error(`${resource} (${rule.resourceType}): ${JSON.stringify(name)} (${name.length} chars) is outside ${rule.minLength}-${rule.maxLength} ${rule.pattern}`);
  }
}

describe("naming", () => {
  it("uses service names that are valid at both length bounds", () => {
    expect(SHORTEST_SERVICE).toHaveLength(2);
    expect(LONGEST_SERVICE).toHaveLength(24);
    for (const s of SERVICES) expect(SERVICE_NAME.test(s)).toBe(true);
  });

  describe.each(RESOURCES)("rule %s", (resource) => {
    const rule = NAME_RULES[resource];

    it("describes a provider resource type with sane bounds", () => {
      expect(rule.resourceType).toMatch(/^(aws|azurerm|google)_[a-z0-9_]+$/);
      expect(rule.minLength).toBeGreaterThanOrEqual(1);
      expect(rule.maxLength).toBeGreaterThanOrEqual(rule.minLength);
    });

    it("keeps every name within limits for the shortest and longest service names in every catalogue region", () => {
      for (const service of SERVICES) {
        for (const region of REGIONS) {
          for (const shape of SHAPES) {
            const name = physicalName(resource, shape(service, region));
            expectWithin(resource, name);
            expect(physicalName(resource, shape(service, region))).toBe(name);
          }
        }
      }
    });

    it("never gives two services or regions the same name", () => {
      const seen = new Map<string, string>();
      for (const service of SERVICES) {
        for (const region of REGIONS) {
          const name = physicalName(resource, [service, region]);
          const who = `${service}/${region}`;
          expect([name, seen.get(name) ?? who]).toEqual([name, who]);
          seen.set(name, who);
        }
      }
      expect(seen.size).toBe(SERVICES.length * REGIONS.length);
    });

    it("keeps any input within limits (property)", () => {
      fc.assert(
        fc.property(fc.array(fc.string({ unit: "binary", maxLength: 300 }), { maxLength: 5 }), fc.option(fc.string(), { nil: undefined }), (parts, seed) => {
          expectWithin(resource, physicalName(resource, parts, seed));
        }),
        { seed: 20261126, numRuns: 300 },
      );
    });

    if (rule.scope === "global") {
      it("ends a globally unique name in a stable hash of its seed", () => {
        const name = physicalName(resource, [SHORTEST_SERVICE, "eastus"], "orders.example.com/eastus");
        expect(name.endsWith(stableHash("orders.example.com/eastus", HASH_SUFFIX_LENGTH))).toBe(true);
        expect(physicalName(resource, [SHORTEST_SERVICE, "eastus"], "billing.example.com/eastus")).not.toBe(name);
        expect(physicalName(resource, [SHORTEST_SERVICE, "eastus"])).toBe(physicalName(resource, [SHORTEST_SERVICE, "eastus"]));
      });
    } else {
      it("keeps a name of exactly the maximum length as it is, and truncates one character more with a hash", () => {
        const prefix = rule.prefix ?? "";
        const exact = `${prefix}${"a".repeat(rule.maxLength - prefix.length)}`;
        expect(physicalName(resource, [exact])).toBe(exact);
        const over = `${prefix}${"a".repeat(rule.maxLength - prefix.length + 1)}`;
        const truncated = physicalName(resource, [over]);
        expect(truncated).toHaveLength(rule.maxLength);
        expect(truncated.endsWith(`-${stableHash(over, HASH_SUFFIX_LENGTH)}`)).toBe(true);
        expect(physicalName(resource, [`${over}b`])).not.toBe(truncated);
      });
    }

    it("pads a name shorter than the minimum", () => {
      const name = physicalName(resource, []);
      expectWithin(resource, name);
      expect(name.length).toBeGreaterThanOrEqual(rule.minLength);
    });
  });

  describe("cleaning and repairs", () => {
    it("drops characters the type forbids and folds case", () => {
      expect(physicalName("albName", ["Orders_API", "us.east.1"])).toBe("ordersapi-useast1");
      expect(physicalName("storageAccountName", ["Orders-API", "eastus"], "seed")).toBe(`ordersapieastus${stableHash("seed", 6)}`);
    });

    it("collapses runs of hyphens, which Key Vault and Container Apps refuse", () => {
      expect(physicalName("containerAppName", ["a-", "-b"])).toBe("a-b");
      expect(physicalName("keyVaultName", ["orders--x"], "s")).toBe(`orders-x-${stableHash("s", 6)}`);
    });

    it("puts an x in front of a name that would start with a forbidden prefix or character", () => {
      expect(physicalName("albName", ["internal", "us-east-1"])).toBe("xinternal-us-east-1");
      expect(physicalName("s3BucketName", ["sthree", "logs"], "s")).toBe(`xsthree-logs-${stableHash("s", 6)}`);
      expect(physicalName("keyVaultName", ["1vault"], "s")).toBe(`x1vault-${stableHash("s", 6)}`);
      expect(physicalName("kmsAliasName", ["alias/aws/key"])).toBe("alias/xaws/key");
    });

    it("leaves names that were already valid unchanged", () => {
      expect(physicalName("albName", ["orders", "us-east-1"])).toBe("orders-us-east-1");
      expect(physicalName("kmsAliasName", ["alias/dualcloud/orders"])).toBe("alias/dualcloud/orders");
      expect(physicalName("logGroupName", ["/dualcloud/orders/app"])).toBe("/dualcloud/orders/app");
    });

    it("adds a rule's fixed prefix when the parts lack it", () => {
      expect(physicalName("kmsAliasName", ["orders", "state"])).toBe("alias/orders-state");
    });

    it("accepts one-character names where the type does", () => {
      expect(physicalName("resourceGroupName", ["a"])).toBe("a");
      expect(physicalName("subnetName", ["a"])).toBe("a");
    });

    it("refuses names outside a rule in the shared validator", () => {
      expect(isWithinNameRule("albName", "internal-orders")).toBe(false);
      expect(isWithinNameRule("albName", "a".repeat(33))).toBe(false);
      expect(isWithinNameRule("keyVaultName", "kv--orders")).toBe(false);
      expect(isWithinNameRule("s3BucketName", "logs-s3alias")).toBe(false);
      expect(isWithinNameRule("storageAccountName", "ab")).toBe(false);
      expect(isWithinNameRule("resourceGroupName", "rg-")).toBe(false);
      expect(isWithinNameRule("albName", "orders-us-east-1")).toBe(true);
    });
  });
});
