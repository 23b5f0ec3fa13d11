import { App, Testing } from "cdktf";
import { SynthesizedStack, synthesizeStacks, terraformAddresses } from "../lib/checks";
import { CLOUD_NAMES, CLOUDS, CloudName } from "../lib/clouds/registry";
import { DualCloudService, DualCloudServiceProps } from "../lib";
import { FieldChecker } from "../lib/validation/checker";
import { resolveDatacentres } from "../lib/validation/datacentres";
import { describeWithGcp } from "./support/core";
import { expectGolden, FlatGolden, goldenDifferences, GOLDEN_DIR } from "./support/golden";
import { BASE_PROPS } from "./support/synth";
import { readFileSync } from "fs";
import { join } from "path";

/**
 * Goldens that fail on any change that would make Terraform replace or rename
 * something: the addresses of a five-datacentre app (AWS, Azure, GCP) at every
 * deploy stage, every physical name of the golden apps, and the default CIDR of
 * every catalogue region. Regenerate deliberately with REGENERATE_GOLDENS.
 */

/** The default topology with one secret and one env var (as test/stable-addresses.test.ts). */
const DEFAULT_APP: DualCloudServiceProps = { ...BASE_PROPS, secrets: ["DATABASE_URL"], env: { LOG_LEVEL: "info" } };

/** Five datacentres on three clouds, remote state and name servers everywhere, two secrets. */
const FIVE_DATACENTRES: DualCloudServiceProps = {
  ...BASE_PROPS,
  healthCheckPath: "/health",
  datacentres: [
    { cloud: "aws", region: "us-east-1" },
    { cloud: "aws", region: "eu-west-1" },
    { cloud: "azure", region: "eastus" },
    { cloud: "azure", region: "westeurope" },
    { cloud: "gcp", region: "europe-west1" },
  ],
  secrets: ["API_KEY", "DATABASE_URL"],
  env: { LOG_LEVEL: "info" },
  gcp: { projectId: "acme-orders" },
  stateBackend: {
    aws: { bucketNamePrefix: "acme-tfstate" },
    azure: { resourceGroupName: "tfstate", storageAccountNamePrefix: "acmetf" },
    gcp: { bucketNamePrefix: "acme-tfstate" },
  },
  dns: {
    nameServers: {
      aws: ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net", "ns-1025.awsdns-03.co.uk", "ns-1537.awsdns-04.com"],
      azure: ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"],
      gcp: ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com", "ns-cloud-a3.googledomains.com", "ns-cloud-a4.googledomains.com"],
    },
  },
};

/** Every deploy stage a datacentre goes through, as the props that select it (`workload`: Azure's direct-ingress step, through the deprecated azure.stages). */
const STAGES: Readonly<Record<string, Partial<DualCloudServiceProps>>> = {
  foundation: { stage: "foundation" },
  workload: { azure: { stages: { eastus: "workload", westeurope: "workload" } }, gcp: { projectId: "acme-orders", stages: { "europe-west1": "serving" } } },
  serving: {},
};

/** Top-level arguments that hold a physical name: changing one renames, and so replaces, the resource. */
const NAME_ARGUMENTS = new Set(["name", "name_prefix", "bucket", "bucket_prefix", "bucket_id", "family", "repository_id", "secret_id", "account_id", "dns_name", "domain_name", "hostname"]);

function synthApp(build: (app: App) => void): SynthesizedStack[] {
  const app = Testing.app();
  build(app);
  return synthesizeStacks(app);
}

function stagedAddresses(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [stage, props] of Object.entries(STAGES)) {
    const stacks = synthApp((app) => new DualCloudService(app, "orders", { ...FIVE_DATACENTRES, ...props }));
    for (const [stack, addresses] of Object.entries(terraformAddresses(stacks))) out[`${stage} ${stack}`] = addresses;
  }
  return out;
}

/** `<app> <stack> <address>.<argument>` → the literal physical name (references are skipped: they name nothing themselves). */
function physicalNames(app: string, stacks: readonly SynthesizedStack[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name: stack, json } of stacks) {
    for (const [type, byName] of Object.entries((json.resource ?? {}) as Record<string, Record<string, Record<string, unknown>>>)) {
      for (const [name, config] of Object.entries(byName)) {
        for (const [argument, value] of Object.entries(config)) {
          if (NAME_ARGUMENTS.has(argument) && typeof value === "string" && !value.includes("${")) out[`${app} ${stack} ${type}.${name}.${argument}`] = value;
        }
        const relative = (config.dns_config as { relative_name?: unknown }[] | undefined)?.[0]?.relative_name;
        if (typeof relative === "string") out[`${app} ${stack} ${type}.${name}.dns_config.relative_name`] = relative;
      }
    }
  }
  return out;
}

/** `<cloud>/<region>` → the default address space the catalogue slot gives it. */
function defaultCidrs(): Record<string, string> {
  const out: Record<string, string> = {};
  const partner: Record<CloudName, { cloud: CloudName; region: string }> = {
    aws: { cloud: "azure", region: CLOUDS.azure.regions[0].name },
    azure: { cloud: "aws", region: CLOUDS.aws.regions[0].name },
    gcp: { cloud: "aws", region: CLOUDS.aws.regions[0].name },
  };
  for (const cloud of CLOUD_NAMES) {
    for (const region of CLOUDS[cloud].regions) {
      const [model] = resolveDatacentres(new FieldChecker("golden"), "svc", "svc.example.com", [{ cloud, region: region.name }, partner[cloud]], { minInstances: 1, maxInstances: 1 });
      out[`${cloud}/${region.name}`] = model.cidr;
    }
  }
  return out;
}

/**
 * The serving-stage addresses of the five-datacentre app, built by a copy of
 * the library in which the GCP datacentre creates its Cloud Router under the
 * construct ID `cloud-router`: a real rename, made at construction.
 */
function servingAddressesWithRenamedRouter(): Record<string, string[]> {
  let out: Record<string, string[]> = {};
  jest.isolateModules(() => {
    jest.doMock("@cdktf/provider-google/lib/compute-router", () => {
      const actual = jest.requireActual<typeof import("@cdktf/provider-google/lib/compute-router")>("@cdktf/provider-google/lib/compute-router");
      class RenamedRouter extends actual.ComputeRouter {
        constructor(scope: ConstructorParameters<typeof actual.ComputeRouter>[0], id: string, config: ConstructorParameters<typeof actual.ComputeRouter>[2]) {
          super(scope, id === "router" ? "cloud-router" : id, config);
        }
      }
      return { ...actual, ComputeRouter: RenamedRouter };
    });
    /* eslint-disable @typescript-eslint/no-require-imports */
    const isolatedCdktf = require("cdktf") as typeof import("cdktf");
    const isolatedLib = require("../lib") as typeof import("../lib");
    const isolatedChecks = require("../lib/checks") as typeof import("../lib/checks");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const app = isolatedCdktf.Testing.app();
    new isolatedLib.DualCloudService(app, "orders", FIVE_DATACENTRES);
    for (const [stack, addresses] of Object.entries(isolatedChecks.terraformAddresses(isolatedChecks.synthesizeStacks(app)))) out = { ...out, [`serving ${stack}`]: addresses };
  });
  return out;
}

describe("goldens: what Terraform would replace", () => {
  describeWithGcp("given the five-datacentre app (AWS, Azure, GCP)", () => {
    const now = stagedAddresses();

    it("keeps every address of every deploy stage (test/__golden__/addresses-five-datacentres.json)", () => {
      expect(Object.keys(now).filter((k) => k.startsWith("foundation ")).length).toBe(7);
      expectGolden("addresses-five-datacentres.json", "Terraform addresses of the five-datacentre app at every stage", now);
    });

    it("fails when a construct ID is renamed: the GCP Cloud Router built as `cloud-router` instead of `router`", () => {
      const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, "addresses-five-datacentres.json"), "utf8")) as FlatGolden;
      const servingGolden = Object.fromEntries(Object.entries(golden).filter(([k]) => k.startsWith("serving ")));
      const differences = goldenDifferences(servingGolden, servingAddressesWithRenamedRouter());
      expect(differences).toEqual([
        expect.stringMatching(/^ {2}- serving orders-gcp-europe-west1: google_compute_router\.gcp-europe-west1_router_[0-9A-F]{8}$/),
        expect.stringMatching(/^ {2}\+ serving orders-gcp-europe-west1: google_compute_router\.gcp-europe-west1_cloud-router_[0-9A-F]{8}$/),
      ]);
    });
  });

  describeWithGcp("given the default app and the five-datacentre app", () => {
    const names = {
      ...physicalNames("default", synthApp((app) => new DualCloudService(app, "orders", DEFAULT_APP))),
      ...physicalNames("five", synthApp((app) => new DualCloudService(app, "orders", FIVE_DATACENTRES))),
    };

    it("keeps every physical, bucket and globally unique name (test/__golden__/physical-names.json)", () => {
      for (const unique of ["aws_s3_bucket", "azurerm_key_vault", "azurerm_container_registry", "azurerm_traffic_manager_profile", "google_service_account"]) {
        expect(Object.keys(names).some((k) => k.includes(` ${unique}.`))).toBe(true);
      }
      expectGolden("physical-names.json", "Physical names", names);
    });

    it("fails when a name changes (a different hash window renames the ALB log bucket)", () => {
      const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, "physical-names.json"), "utf8")) as FlatGolden;
      const bucketKey = Object.keys(golden).find((k) => k.startsWith("default orders-aws-us-east-1 aws_s3_bucket.") && k.endsWith(".bucket"))!;
      const changed = { ...golden, [bucketKey]: `${String(golden[bucketKey]).slice(0, -1)}x` };
      expect(goldenDifferences(golden, changed)).toEqual([`  - ${bucketKey}: ${String(golden[bucketKey])}`, `  + ${bucketKey}: ${changed[bucketKey]}`]);
    });
  });

  describe("given every region of every catalogue", () => {
    const cidrs = defaultCidrs();

    it("keeps each region's default CIDR (test/__golden__/default-cidrs.json)", () => {
      expect(Object.keys(cidrs)).toHaveLength(CLOUD_NAMES.reduce((n, c) => n + CLOUDS[c].regions.length, 0));
      expectGolden("default-cidrs.json", "Default CIDRs of the catalogue regions", cidrs);
    });

    it("fails when the append-only catalogue is reordered (us-west-1 and us-west-2 swapped)", () => {
      const swapped = { ...cidrs, "aws/us-west-1": cidrs["aws/us-west-2"], "aws/us-west-2": cidrs["aws/us-west-1"] };
      expect(goldenDifferences(cidrs, swapped)).toHaveLength(4);
    });
  });
});
