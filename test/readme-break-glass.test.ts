import { readFileSync } from "fs";
import { join } from "path";
import { Testing } from "cdktf";
import { DualCloudService } from "../lib";
import { Prerequisite } from "../lib/clouds/prerequisite";
import { prerequisitesOf } from "../lib/summary/prerequisites";
import { EXAMPLE_SERVICE_PROPS } from "../stacks/example-service";
import { describeWithGcp } from "./support/core";

/**
 * README "Break-glass: add a cloud during an outage": its GCP prerequisites are
 * the synth summary's (the same source as "First deployment" step 2), not a
 * list of its own that goes stale.
 */
const README = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const HEADING = "## Break-glass: add a cloud during an outage";

function section(readme: string): string {
  const start = readme.indexOf(HEADING);
  return readme.slice(start, readme.indexOf("\n## ", start + 1));
}

/** The section's shell lines, comments dropped. */
function shellLines(text: string): string[] {
  return [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split("\n")).map((l) => l.replace(/\s+#.*$/, "").trim()).filter(Boolean);
}

/** Every Google Cloud API the text names: `x.googleapis.com`, or a prose list "APIs `run`, `compute` and `iam`". */
function apisNamed(text: string): Set<string> {
  const full = [...text.matchAll(/\b([a-z0-9]+)\.googleapis\.com\b/g)].map((m) => m[1]);
  const prose = [...text.matchAll(/\bAPIs\s+((?:`[a-z0-9]+`[,\s]*(?:and\s+)?)+)/g)].flatMap((m) => [...m[1].matchAll(/`([a-z0-9]+)`/g)].map((n) => n[1]));
  return new Set([...full, ...prose].map((a) => `${a}.googleapis.com`));
}

/** What the section gets wrong against the summary's GCP prerequisites `gcp`. */
function problems(readme: string, gcp: readonly Prerequisite[]): string[] {
  const text = section(readme);
  const lines = shellLines(text);
  const printed = new Set(gcp.flatMap((p) => [...p.command.matchAll(/\b([a-z0-9]+)\.googleapis\.com\b/g)].map((m) => m[0])));
  const named = apisNamed(text);
  return [
    ...gcp.filter((p) => !lines.includes(p.command)).map((p) => `no command for ${p.what}: ${p.command}`),
    ...[...named].filter((a) => !printed.has(a)).map((a) => `names ${a}, which the summary does not print`),
    ...[...printed].filter((a) => !named.has(a)).map((a) => `does not name ${a}, which the summary prints`),
  ];
}

describeWithGcp("README, Break-glass: add a cloud during an outage", () => {
  const service = new DualCloudService(Testing.app({ stackTraces: false }), "orders", {
    ...EXAMPLE_SERVICE_PROPS,
    datacentres: [...EXAMPLE_SERVICE_PROPS.datacentres!, { cloud: "gcp", region: "us-central1" }],
    gcp: { projectId: "acme-orders-prod" },
    stateBackend: { gcp: { bucketNamePrefix: "acme-tfstate" } },
  });
  const gcp = prerequisitesOf([...service.datacentreStacks, ...Object.values(service.globalStacks)]).filter((p) => p.cloud === "gcp");

  it("given the section's example app, has each GCP prerequisite's command exactly as the summary prints it, and no other API list", () => {
    expect(gcp.map((p) => p.what)).toEqual([expect.stringMatching(/^APIs enabled/), expect.stringMatching(/^Artifact Registry service agent/), expect.stringMatching(/^state bucket gs:/)]);
    expect(problems(README, gcp)).toEqual([]);
  });

  describe("the check itself", () => {
    const stale = README.replace(
      section(README),
      `${HEADING}\n\nPrerequisites: in the project the APIs\n\`run\`, \`compute\`, \`certificatemanager\`, \`dns\`, \`secretmanager\`,\n\`artifactregistry\`, \`logging\` and \`iam\` enabled.\n`,
    );

    it("fails the old section, whose own API list missed four APIs, the service agent and the state bucket", () => {
      const found = problems(stale, gcp);
      expect(found.filter((p) => p.startsWith("no command for"))).toHaveLength(3);
      expect(found.filter((p) => p.startsWith("does not name")).sort()).toEqual([
        "does not name cloudkms.googleapis.com, which the summary prints",
        "does not name cloudresourcemanager.googleapis.com, which the summary prints",
        "does not name monitoring.googleapis.com, which the summary prints",
        "does not name serviceusage.googleapis.com, which the summary prints",
      ]);
    });

    it("fails a section naming an API the summary does not print", () => {
      const extra = README.replace(section(README), `${section(README)}\nAlso enable \`vpcaccess.googleapis.com\`.\n`);
      expect(problems(extra, gcp)).toEqual(["names vpcaccess.googleapis.com, which the summary does not print"]);
    });
  });
});
