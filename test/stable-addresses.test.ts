import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { App, Testing } from "cdktf";
import { AddressMap, checkStableAddresses, synthesizeStacks, terraformAddresses } from "../lib/checks";
import { DualCloudService, DualCloudServiceProps } from "../lib";
import { GCP_SYNTHESIZES } from "./support/core";
import { REGENERATE_GOLDENS } from "./support/golden";
import { BASE_PROPS } from "./support/synth";

/** The golden app: the default topology with one secret and one env var. */
const GOLDEN_PROPS: DualCloudServiceProps = { ...BASE_PROPS, secrets: ["DATABASE_URL"], env: { LOG_LEVEL: "info" } };
const GOLDEN_PATH = join(__dirname, "__golden__", "addresses.json");
const REGENERATE = REGENERATE_GOLDENS;

function addressesOf(build: (app: App) => void): Record<string, string[]> {
  const app = Testing.app();
  build(app);
  return terraformAddresses(synthesizeStacks(app));
}

function total(map: AddressMap): number {
  return Object.values(map).reduce((n, a) => n + a.length, 0);
}

describe("stable Terraform addresses", () => {
  const before = addressesOf((app) => new DualCloudService(app, "orders", GOLDEN_PROPS));

  it("synthesizes the same addresses every time", () => {
    expect(addressesOf((app) => new DualCloudService(app, "orders", GOLDEN_PROPS))).toEqual(before);
  });

  describe.each<[string, (app: App) => void, boolean]>([
    ["a fifth datacentre in AWS", (app) => new DualCloudService(app, "orders", { ...GOLDEN_PROPS, datacentres: [
      { cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" }, { cloud: "aws", region: "us-west-2" },
    ] }), true],
    ["a fifth datacentre in Azure", (app) => new DualCloudService(app, "orders", { ...GOLDEN_PROPS, datacentres: [
      { cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" }, { cloud: "azure", region: "northeurope" },
    ] }), true],
    ["a fifth datacentre listed before the others of its cloud", (app) => new DualCloudService(app, "orders", { ...GOLDEN_PROPS, datacentres: [
      { cloud: "aws", region: "us-west-2" }, { cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" },
    ] }), true],
    // GCP only where its provider synthesizes (cdktf; see test/support/core.ts).
    ...(GCP_SYNTHESIZES ? [["a fifth datacentre in Google Cloud (break-glass)", (app: App) => new DualCloudService(app, "orders", { ...GOLDEN_PROPS, gcp: { projectId: "acme-orders" }, datacentres: [
      { cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" }, { cloud: "gcp", region: "us-central1" },
    ] }), true] as [string, (app: App) => void, boolean]] : []),
    ["another secret", (app) => new DualCloudService(app, "orders", { ...GOLDEN_PROPS, secrets: ["API_KEY", "DATABASE_URL"] }), false],
    ["another env var", (app) => new DualCloudService(app, "orders", { ...GOLDEN_PROPS, env: { FEATURE_X: "on", LOG_LEVEL: "info" } }), false],
    ["a second service in the same app", (app) => {
      new DualCloudService(app, "billing", { ...GOLDEN_PROPS, domain: "billing.example.com" });
      new DualCloudService(app, "orders", GOLDEN_PROPS);
    }, true],
  ])("when adding %s", (_label, build, addsStacks) => {
    const after = addressesOf(build);

    it("keeps every resource and data source address of the first synth", () => {
      expect(checkStableAddresses(before, after)).toEqual([]);
    });

    it("really adds something", () => {
      if (addsStacks) expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
      expect(total(after)).toBeGreaterThanOrEqual(total(before));
    });
  });

  describe("when a new Azure datacentre is listed before the existing ones", () => {
    const listedFirst = [
      { cloud: "azure", region: "northeurope" }, { cloud: "aws", region: "us-east-1" }, { cloud: "aws", region: "eu-west-1" }, { cloud: "azure", region: "eastus" }, { cloud: "azure", region: "westeurope" },
    ] as const;

    it("with the default gateway ingress, keeps every address: no datacentre owns shared verification records", () => {
      const after = addressesOf((app) => new DualCloudService(app, "orders", { ...GOLDEN_PROPS, datacentres: [...listedFirst] }));
      expect(checkStableAddresses(before, after)).toEqual([]);
    });

    describe("with direct ingress", () => {
      const direct = { ...GOLDEN_PROPS, azure: { ingress: "direct" as const }, waf: { disabledOn: ["azure" as const] }, edge: { unboundedConnections: "accept" as const } };
      const directBefore = addressesOf((app) => new DualCloudService(app, "orders", direct));

      it("moves the shared verification records unless their owner is pinned (documented)", () => {
        const after = addressesOf((app) => new DualCloudService(app, "orders", { ...direct, datacentres: [...listedFirst] }));
        expect(checkStableAddresses(directBefore, after).map((f) => f.address)).toEqual([
          expect.stringMatching(/^azurerm_dns_txt_record\.azure-eastus_azure-domain-verification-record_/),
          expect.stringMatching(/^azurerm_dns_txt_record\.azure-eastus_domain-verification-record_/),
        ]);
      });

      it("keeps every resource and data source address once azure.verificationRecordsRegion pins the owner", () => {
        const after = addressesOf((app) => new DualCloudService(app, "orders", { ...direct, datacentres: [...listedFirst], azure: { ingress: "direct", verificationRecordsRegion: "eastus" } }));
        expect(checkStableAddresses(directBefore, after)).toEqual([]);
      });
    });
  });

  describe("the comparison", () => {
    it("reports a renamed address and a vanished stack", () => {
      const renamed = Object.fromEntries(Object.entries(before).map(([stack, list]) => [stack, list.map((a, i) => (i === 0 ? `${a}-renamed` : a))]));
      delete renamed["orders-global-azure"];
      const findings = checkStableAddresses(before, renamed);
      const firstStack = Object.keys(before).find((s) => s !== "orders-global-azure" && before[s].length > 0)!;
      expect(findings).toEqual(expect.arrayContaining([
        { check: "stable-addresses", stack: firstStack, address: before[firstStack][0], message: "the address is gone, so Terraform would destroy it; allowed: every existing address unchanged" },
        { check: "stable-addresses", stack: "orders-global-azure", message: "the stack is gone; allowed: every existing stack kept under its name" },
      ]));
    });
  });

  describe("the golden list of the default app's addresses", () => {
    it(`matches ${GOLDEN_PATH.replace(/.*\/test\//, "test/")} (regenerate deliberately with ${REGENERATE})`, () => {
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(GOLDEN_PATH)) {
        mkdirSync(dirname(GOLDEN_PATH), { recursive: true });
        writeFileSync(GOLDEN_PATH, `${JSON.stringify(before, null, 2)}\n`);
        if (process.env.UPDATE_GOLDEN !== "1") throw new Error(`wrote a missing golden to ${GOLDEN_PATH}; review and commit it`);
        return;
      }
      const golden = JSON.parse(readFileSync(GOLDEN_PATH, "utf8")) as Record<string, string[]>;
      const removed = checkStableAddresses(golden, before).map((f) => `  - ${f.stack} ${f.address ?? "(whole stack)"}`);
      const added = checkStableAddresses(before, golden).map((f) => `  + ${f.stack} ${f.address ?? "(whole stack)"}`);
      if (removed.length + added.length > 0) {
        throw new Error([
          "Terraform addresses of the default app differ from the golden list.",
          ...(removed.length ? ["Removed or renamed (a deploy would destroy these; construct IDs are a public contract):", ...removed] : []),
          ...(added.length ? ["Added (not yet in the golden list):", ...added] : []),
          `If this is deliberate (a new resource, or a reviewed rename with a migration), regenerate and commit the golden: ${REGENERATE}`,
        ].join("\n"));
      }
    });
  });
});
