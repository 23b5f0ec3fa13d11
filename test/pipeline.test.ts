import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { App } from "cdktf";
import { parse } from "yaml";
import { addExampleService, EXAMPLE_SERVICE_PROPS } from "../stacks/example-service";

/** The parts of a GitHub Actions workflow the checks read. */
interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly needs?: string[] | string;
  readonly steps: Step[];
}
interface Workflow {
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, Job>;
}
interface ManifestStack {
  readonly dependencies: string[];
}

const WORKFLOW_PATH = resolve(__dirname, "..", "examples", "github-actions", "deploy.yml");
const DEPLOY = /npx cdktf deploy (\S+) --skip-synth --auto-approve --ignore-missing-stack-dependencies$/;
/** The repository's fast synth (`npx dualcloud synth` in a consumer's repository). */
const FAST_SYNTH = "node scripts/dualcloud.cjs synth";
const ACTION_PIN = /^[\w.-]+\/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/;

/** Stacks a job deploys, in step order. */
function deployedBy(job: Job): string[] {
  return job.steps.flatMap((s) => (s.run ?? "").split("\n").map((l) => DEPLOY.exec(l.trim())?.[1]).filter((x): x is string => x !== undefined));
}

/** Every job `job` waits for, directly or not. */
function ancestors(workflow: Workflow, job: string): Set<string> {
  const out = new Set<string>();
  const visit = (id: string): void => {
    const needs = workflow.jobs[id].needs;
    for (const n of needs === undefined ? [] : Array.isArray(needs) ? needs : [needs]) {
      if (!workflow.jobs[n]) throw new Error(`job ${id} needs unknown job ${n}`);
      if (!out.has(n)) {
        out.add(n);
        visit(n);
      }
    }
  };
  visit(job);
  return out;
}

/** The checks the wave-deploy workflow must pass against a synthesized manifest. */
function checkWorkflow(workflow: Workflow, manifest: Record<string, ManifestStack>, endpoints: Record<string, string>): string[] {
  const problems: string[] = [];
  const jobOf = new Map<string, string>();
  for (const [id, job] of Object.entries(workflow.jobs)) {
    for (const stack of deployedBy(job)) {
      if (jobOf.has(stack)) problems.push(`${stack} is deployed twice`);
      jobOf.set(stack, id);
    }
  }
  const stacks = Object.keys(manifest);
  for (const s of stacks) if (!jobOf.has(s)) problems.push(`${s} is never deployed`);
  for (const s of jobOf.keys()) if (!manifest[s]) problems.push(`${s} is not a stack of the app`);

  for (const [stack, job] of jobOf) {
    const before = ancestors(workflow, job);
    for (const dep of manifest[stack]?.dependencies ?? []) {
      const depStack = dep.split("/").pop()!;
      const depJob = jobOf.get(depStack);
      if (depJob === undefined || !before.has(depJob)) problems.push(`${stack} deploys before its dependency ${depStack}`);
    }
  }

  const regional = stacks.filter((s) => endpoints[s] !== undefined && jobOf.has(s));
  const withoutRegionalAncestors = regional.filter((s) => ![...ancestors(workflow, jobOf.get(s)!)].some((j) => deployedBy(workflow.jobs[j]).length > 0));
  if (withoutRegionalAncestors.length !== 1) problems.push(`exactly one datacentre must deploy first, found ${withoutRegionalAncestors.join(", ") || "none"}`);
  const canary = withoutRegionalAncestors.length === 1 ? withoutRegionalAncestors[0] : undefined;
  if (canary !== undefined) {
    const canaryJob = workflow.jobs[jobOf.get(canary)!];
    if (deployedBy(canaryJob).length !== 1) problems.push("the canary job must deploy one stack only");
    const deployAt = canaryJob.steps.findIndex((s) => DEPLOY.test((s.run ?? "").trim()));
    const url = `https://${endpoints[canary]}${EXAMPLE_SERVICE_PROPS.healthCheckPath}`;
    const healthAt = canaryJob.steps.findIndex((s) => /^curl --fail\b.*--retry \d+/.test((s.run ?? "").trim()) && (s.run ?? "").trim().endsWith(` ${url}`));
    if (healthAt <= deployAt) problems.push(`the canary job must curl ${url} after deploying ${canary}`);
    for (const other of regional.filter((s) => s !== canary)) {
      if (!ancestors(workflow, jobOf.get(other)!).has(jobOf.get(canary)!)) problems.push(`${other} must wait for the canary ${canary} and its health check`);
    }
  }

  const globals = stacks.filter((s) => endpoints[s] === undefined && jobOf.has(s));
  for (const g of globals) {
    const before = ancestors(workflow, jobOf.get(g)!);
    for (const r of regional) if (!before.has(jobOf.get(r)!)) problems.push(`${g} must deploy after ${r}`);
  }
  return problems;
}

describe("examples/github-actions/deploy.yml", () => {
  const outdir = mkdtempSync(join(tmpdir(), "dualcloud-pipeline-"));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  const app = new App({ outdir });
  const service = addExampleService(app);
  app.synth();
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")).stacks as Record<string, ManifestStack>;
  const endpoints = Object.fromEntries(service.datacentreStacks.map((s) => [s.node.id, s.datacentre.endpointHostname]));
  const text = readFileSync(WORKFLOW_PATH, "utf8");
  const workflow = parse(text) as Workflow;

  describe("given the example app's synthesized manifest", () => {
    it("deploys every stack of the manifest exactly once, in an order that honours every stack dependency", () => {
      expect(checkWorkflow(workflow, manifest, endpoints)).toEqual([]);
    });

    it("deploys the canary, then the other three datacentres, then global-aws, then global-azure", () => {
      const order = (job: string) => deployedBy(workflow.jobs[job]);
      expect(order("canary-aws-us-east-1")).toEqual(["orders-aws-us-east-1"]);
      expect([...order("aws-eu-west-1"), ...order("azure-eastus"), ...order("azure-westeurope")].sort()).toEqual(["orders-aws-eu-west-1", "orders-azure-eastus", "orders-azure-westeurope"]);
      expect(order("global-aws")).toEqual(["orders-global-aws"]);
      expect(order("global-azure")).toEqual(["orders-global-azure"]);
      expect(ancestors(workflow, "global-azure").has("global-aws")).toBe(true);
    });

    it("synthesizes once, with the fast synth, and ships cdktf.out to every deploy job", () => {
      const synthJobs = Object.entries(workflow.jobs).filter(([, j]) => j.steps.some((s) => s.run === FAST_SYNTH || /\bcdktf synth\b/.test(s.run ?? "")));
      expect(synthJobs.flatMap(([, j]) => j.steps.filter((s) => /synth\b/.test(s.run ?? "")).map((s) => s.run))).toEqual([FAST_SYNTH]);
      expect(synthJobs.map(([id]) => id)).toEqual(["synth"]);
      for (const [id, job] of Object.entries(workflow.jobs).filter(([, j]) => deployedBy(j).length > 0)) {
        expect({ id, needsSynth: ancestors(workflow, id).has("synth") }).toEqual({ id, needsSynth: true });
        expect(job.steps.find((s) => s.uses?.startsWith("actions/download-artifact@"))?.with).toEqual({ name: "cdktf-out", path: "cdktf.out" });
        expect(job.steps.find((s) => s.uses?.startsWith("hashicorp/setup-terraform@"))?.with?.terraform_wrapper).toBe(false);
      }
    });
  });

  describe("the check itself", () => {
    it("fails a workflow that deploys a global stack before a datacentre", () => {
      const broken = structuredClone(workflow) as { jobs: Record<string, { needs: string[] }> };
      broken.jobs["global-aws"].needs = ["synth", "canary-aws-us-east-1"];
      const problems = checkWorkflow(broken as unknown as Workflow, manifest, endpoints);
      expect(problems).toEqual(expect.arrayContaining([
        "orders-global-aws deploys before its dependency orders-aws-eu-west-1",
        "orders-global-aws must deploy after orders-aws-eu-west-1",
        "orders-global-aws must deploy after orders-azure-eastus",
        "orders-global-aws must deploy after orders-azure-westeurope",
      ]));
      expect(problems.every((p) => /^orders-global-(aws|azure) /.test(p))).toBe(true);
    });

    it("fails a workflow whose stack names do not match the app", () => {
      const renamed = parse(text.replace(/orders-azure-eastus --skip-synth/, "orders-azure-east-us --skip-synth")) as Workflow;
      expect(checkWorkflow(renamed, manifest, endpoints)).toEqual(expect.arrayContaining(["orders-azure-eastus is never deployed", "orders-azure-east-us is not a stack of the app"]));
    });

    it("fails a workflow that skips the canary health check or has two first datacentres", () => {
      const noHealth = parse(text.replace(/\n {6}- name: wait for https:[^\n]*\n[^\n]*curl[^\n]*/, "")) as Workflow;
      expect(checkWorkflow(noHealth, manifest, endpoints)).toEqual(["the canary job must curl https://us-east-1.aws.orders.example.com/health after deploying orders-aws-us-east-1"]);
      const twoFirst = structuredClone(workflow) as { jobs: Record<string, { needs: string[] }> };
      twoFirst.jobs["aws-eu-west-1"].needs = ["synth"];
      expect(checkWorkflow(twoFirst as unknown as Workflow, manifest, endpoints)).toEqual(["exactly one datacentre must deploy first, found orders-aws-eu-west-1, orders-aws-us-east-1"]);
    });
  });

  describe("credentials", () => {
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

    it("asks for an OIDC token and nothing more than read access to the code", () => {
      expect(workflow.permissions).toEqual({ contents: "read", "id-token": "write" });
    });

    it("signs in to AWS by assuming a role and to Azure by federated client, tenant and subscription IDs", () => {
      for (const s of steps.filter((x) => x.uses?.startsWith("aws-actions/configure-aws-credentials@"))) {
        expect(Object.keys(s.with ?? {}).sort()).toEqual(["aws-region", "role-to-assume"]);
      }
      for (const s of steps.filter((x) => x.uses?.startsWith("azure/login@"))) {
        expect(Object.keys(s.with ?? {}).sort()).toEqual(["client-id", "subscription-id", "tenant-id"]);
      }
      expect(text).not.toMatch(/aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY|client-secret|ARM_CLIENT_SECRET|creds:/);
    });

    it("signs each job in to the one cloud of the stack it deploys", () => {
      for (const [id, job] of Object.entries(workflow.jobs)) {
        const [stack] = deployedBy(job);
        if (stack === undefined) continue;
        const cloud = service.datacentreStacks.find((s) => s.node.id === stack)?.datacentre.cloud ?? (stack.endsWith("-global-aws") ? "aws" : "azure");
        const logins = job.steps.filter((s) => /^(aws-actions\/configure-aws-credentials|azure\/login)@/.test(s.uses ?? "")).map((s) => (s.uses!.startsWith("aws-") ? "aws" : "azure"));
        expect({ id, logins }).toEqual({ id, logins: [cloud] });
      }
    });

    it("pins every action to an exact release tag or a full commit SHA", () => {
      const uses = steps.map((s) => s.uses).filter((u): u is string => u !== undefined);
      expect(uses.length).toBeGreaterThan(10);
      expect(uses.filter((u) => !ACTION_PIN.test(u))).toEqual([]);
      expect(ACTION_PIN.test("actions/checkout@v4")).toBe(false);
      expect(ACTION_PIN.test("actions/checkout@main")).toBe(false);
    });
  });
});
