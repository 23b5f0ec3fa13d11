import { readFileSync } from "fs";
import { join } from "path";
import { App, Testing } from "cdktf";
import { DualCloudService } from "../lib";
import { Prerequisite } from "../lib/clouds/prerequisite";
import { prerequisitesOf } from "../lib/summary/prerequisites";
import { addExampleService, EXAMPLE_SERVICE_PROPS } from "../stacks/example-service";
import { describeWithGcp } from "./support/core";

/** README "First deployment" (issue #14, item 10): every prerequisite the synth summary names has a command there. */
const README = readFileSync(join(__dirname, "..", "README.md"), "utf8");

/** The section's shell code blocks, as single commands (each `&&` part on its own). */
function sectionCommands(readme: string): string[] {
  const start = readme.indexOf("## First deployment, step by step");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((b) => b.split("\n")).map((l) => l.replace(/\s+#.*$/, "").trim()).filter(Boolean);
}

/** The words of a command before its first option: what it does (`aws s3api create-bucket`). */
function verb(command: string): string {
  return command.trim().split(/\s+/).filter((_, i, words) => !words.slice(0, i + 1).some((w) => w.startsWith("-") || w.startsWith('"') || w.includes("://"))).join(" ");
}

function prerequisites(build: (app: App) => DualCloudService): Prerequisite[] {
  const service = build(Testing.app());
  return prerequisitesOf([...service.datacentreStacks, ...Object.values(service.globalStacks)]);
}

/** What is missing from the README: an exact command for the example app, a command doing the same for any other app. */
function missing(readme: string, exact: readonly Prerequisite[], kinds: readonly Prerequisite[]): string[] {
  const lines = sectionCommands(readme);
  const parts = lines.flatMap((l) => l.split(" && "));
  return [
    ...exact.filter((p) => !lines.includes(p.command)).map((p) => `${p.cloud} ${p.what}: ${p.command}`),
    ...kinds.flatMap((p) => p.command.split(" && ").map(verb)).filter((v, i, all) => all.indexOf(v) === i && !parts.some((c) => verb(c) === v)).map((v) => `a command like ${v}`),
  ];
}

describe("README, First deployment", () => {
  const example = prerequisites((app) => addExampleService(app));
  const everyKind = (): Prerequisite[] => prerequisites((app) => new DualCloudService(app, "orders", {
    ...EXAMPLE_SERVICE_PROPS,
    datacentres: [...EXAMPLE_SERVICE_PROPS.datacentres!, { cloud: "gcp", region: "europe-west1" }],
    gcp: { projectId: "acme-orders-prod" },
    stateBackend: { aws: { bucketNamePrefix: "acme-tfstate" }, azure: { resourceGroupName: "tfstate", storageAccountNamePrefix: "acmetf" }, gcp: { bucketNamePrefix: "acme-tfstate" } },
  }));

  it("given the example app, has every prerequisite's command exactly as the summary prints it, registrar included", () => {
    expect(example.map((p) => p.cloud)).toEqual(["aws", "azure", "azure", "azure", "registrar"]);
    expect(missing(README, example, [])).toEqual([]);
  });

  describeWithGcp("given an app with state backends on three clouds and a GCP datacentre", () => {
    it("has a command for every kind of prerequisite", () => {
    expect(everyKind().map((p) => p.what)).toEqual(expect.arrayContaining([expect.stringMatching(/^state bucket s3:/), expect.stringMatching(/^state storage account/), expect.stringMatching(/^state bucket gs:/), expect.stringMatching(/^APIs enabled/)]));
    expect(missing(README, [], everyKind())).toEqual([]);
    });
  });

  it("writes every step as a command: each numbered step has a shell block", () => {
    const start = README.indexOf("## First deployment, step by step");
    const section = README.slice(start, README.indexOf("\n## ", start + 1));
    const steps = section.split(/\n\*\*\d\. /).slice(1);
    expect(steps.length).toBe(8);
    expect(steps.filter((s) => !s.includes("```sh")).map((s) => s.slice(0, 40))).toEqual([]);
  });

  describe("the check itself", () => {
    it("fails a README without the Azure zone command", () => {
      const noZone = README.replace(/\naz group create --name dns[^\n]*/g, "");
      expect(missing(noZone, example, [])).toEqual([`azure Azure DNS zone example.com (resource group dns): ${example[1].command}`]);
    });

    describeWithGcp("given the app with state backends", () => {
      it("fails a README without any S3 bucket command", () => {
      const noBucket = README.replace(/\naws s3api create-bucket[^\n]*/g, "");
      expect(missing(noBucket, [], everyKind())).toEqual(["a command like aws s3api create-bucket", "a command like aws s3api put-bucket-versioning", "a command like aws s3api put-public-access-block", "a command like aws s3api put-bucket-encryption"]);
      });
    });
  });
});
