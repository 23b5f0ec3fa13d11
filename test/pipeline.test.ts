import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { App } from "cdktf";
import { parse } from "yaml";
import { prerequisitesOf } from "../lib/summary/prerequisites";
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
  readonly if?: string;
  readonly steps: Step[];
}
interface Workflow {
  readonly permissions: Record<string, string>;
  readonly env: Record<string, string>;
  readonly jobs: Record<string, Job>;
}
interface ManifestStack {
  readonly dependencies: string[];
}

const WORKFLOW_PATH = resolve(__dirname, "..", "examples", "github-actions", "deploy.yml");
/** The serving stage: the stack from the serving synth (cdktf.out). */
const DEPLOY = /^npx cdktf deploy (\S+) --skip-synth --auto-approve --ignore-missing-stack-dependencies$/;
/** The foundation stage: the stack from the foundation synth, applied unless it would delete anything. */
const FOUNDATION = /^examples\/github-actions\/apply-foundation\.sh cdktf\.out\.foundation\/stacks\/(\S+)$/;
const IMAGE_COPY = /^examples\/github-actions\/copy-image\.sh (aws|azure|gcp) cdktf\.out\/stacks\/(\S+) "\$IMAGE"$/;
const SECRETS_SEED = /^examples\/github-actions\/seed-secrets\.sh (aws|azure|gcp) cdktf\.out\/stacks\/(\S+)((?: [A-Z][A-Z0-9_]*)*)$/;
/** The repository's fast synth (`npx dualcloud synth` in a consumer's repository), once per stage. */
const FAST_SYNTH = "node scripts/dualcloud.cjs synth";
const FOUNDATION_SYNTH = `${FAST_SYNTH} --stage foundation --output cdktf.out.foundation`;
const ACTION_PIN = /^[\w.-]+\/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/;

/** Every command line of a job, in step order. */
function lines(job: Job): string[] {
  return job.steps.flatMap((s) => (s.run ?? "").split("\n").map((l) => l.trim()).filter(Boolean));
}

/** Stacks a job deploys at `serving`, in step order. */
function deployedBy(job: Job): string[] {
  return lines(job).map((l) => DEPLOY.exec(l)?.[1]).filter((x): x is string => x !== undefined);
}

/** Stacks a job applies at `foundation`. */
function foundationOf(job: Job): string[] {
  return lines(job).map((l) => FOUNDATION.exec(l)?.[1]).filter((x): x is string => x !== undefined);
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

/** What the checks compare the workflow with: the example app, synthesized. */
interface AppFacts {
  readonly manifest: Record<string, ManifestStack>;
  /** Datacentre stack -> its endpoint hostname and cloud. */
  readonly datacentres: Record<string, { readonly endpoint: string; readonly cloud: string }>;
  readonly image: string;
  readonly secrets: readonly string[];
  /** Every prerequisite the synth summary names, except the registrar's (a person's step, README). */
  readonly prerequisites: readonly { readonly cloud: string; readonly command: string; readonly neededBy: readonly string[]; readonly beforeStage?: string }[];
}

/** Maps each stack to the one job that runs it with `find`; reports stacks run twice. */
function jobsBy(workflow: Workflow, find: (job: Job) => string[], what: string, problems: string[]): Map<string, string> {
  const jobOf = new Map<string, string>();
  for (const [id, job] of Object.entries(workflow.jobs)) {
    for (const stack of find(job)) {
      if (jobOf.has(stack)) problems.push(`${stack} ${what} twice`);
      jobOf.set(stack, id);
    }
  }
  return jobOf;
}

/** The order of a first deployment: bootstrap, foundation everywhere, images and secrets, one datacentre serving, the rest, the global stacks. */
function checkWorkflow(workflow: Workflow, app: AppFacts): string[] {
  const problems: string[] = [];
  const served = jobsBy(workflow, deployedBy, "is deployed", problems);
  const founded = jobsBy(workflow, foundationOf, "gets its foundation", problems);
  const stacks = Object.keys(app.manifest);
  const regional = stacks.filter((s) => app.datacentres[s] !== undefined);
  const before = (job: string | undefined, other: string | undefined): boolean => job !== undefined && other !== undefined && ancestors(workflow, job).has(other);

  for (const s of stacks) if (!served.has(s)) problems.push(`${s} is never deployed`);
  for (const s of [...served.keys(), ...founded.keys()]) if (!app.manifest[s]) problems.push(`${s} is not a stack of the app`);
  for (const s of regional) if (!founded.has(s)) problems.push(`${s} never gets its foundation stage`);
  for (const [jobOf, stage] of [[served, "serving"], [founded, "foundation"]] as const) {
    for (const [stack, job] of jobOf) {
      for (const dep of app.manifest[stack]?.dependencies ?? []) {
        const depStack = dep.split("/").pop()!;
        if (stage === "foundation" && !regional.includes(depStack)) continue;
        if (!before(job, jobOf.get(depStack))) problems.push(`${stack} (${stage}) runs before its dependency ${depStack}`);
      }
    }
  }

  // Bootstrap: every prerequisite's command (but those needed only before serving), in a job of its cloud that runs before that cloud's foundations.
  for (const p of app.prerequisites.filter((x) => x.beforeStage === undefined)) {
    const job = Object.keys(workflow.jobs).find((id) => lines(workflow.jobs[id]).includes(p.command));
    if (job === undefined) problems.push(`no job runs the ${p.cloud} prerequisite: ${p.command}`);
    for (const s of regional.filter((r) => app.datacentres[r].cloud === p.cloud)) {
      if (job !== undefined && founded.has(s) && !before(founded.get(s), job)) problems.push(`${s} (foundation) must wait for ${job}`);
    }
  }

  // Images and secrets: per datacentre, after its foundation; every serving datacentre waits for all of them.
  const seeded = new Map<string, string>();
  for (const [id, job] of Object.entries(workflow.jobs)) {
    const copies = lines(job).map((l) => IMAGE_COPY.exec(l)).filter((m) => m !== null);
    const seeds = lines(job).map((l) => SECRETS_SEED.exec(l)).filter((m) => m !== null);
    for (const m of copies) {
      const stack = m[2];
      if (app.datacentres[stack]?.cloud !== m[1]) problems.push(`${id} copies the image into ${stack} as ${m[1]}`);
      const seed = seeds.find((s) => s[2] === stack);
      const names = (seed?.[3] ?? "").trim().split(/\s+/).filter(Boolean);
      if (!seed || seed[1] !== m[1] || names.join(",") !== app.secrets.join(",")) problems.push(`${id} must seed ${app.secrets.join(", ")} into ${stack}`);
      const env = job.steps.find((s) => SECRETS_SEED.test((s.run ?? "").trim()))?.env ?? {};
      for (const n of names) if (env[n] !== `\${{ secrets.${n} }}`) problems.push(`${id} must take ${n} from the repository secret of that name`);
      if (!before(id, founded.get(stack))) problems.push(`${id} must run after the foundation of ${stack}`);
      seeded.set(stack, id);
    }
  }
  // Before serving: the TLS certificate of every datacentre that reads one from its vault, in that datacentre's images-and-secrets job.
  for (const p of app.prerequisites.filter((x) => x.beforeStage === "serving")) {
    for (const stack of p.neededBy) {
      const id = seeded.get(stack);
      const step = id === undefined ? undefined : workflow.jobs[id].steps.find((st) => (st.run ?? "").trim() === `examples/github-actions/put-tls-certificate.sh cdktf.out/stacks/${stack}`);
      if (step?.env?.TLS_PFX_BASE64 !== "${{ secrets.TLS_PFX_BASE64 }}") problems.push(`${id ?? "no job"} must put the TLS certificate into ${stack} (put-tls-certificate.sh, TLS_PFX_BASE64 from the repository secret)`);
    }
  }
  if (workflow.env?.IMAGE !== app.image) problems.push(`the workflow's IMAGE must be the app's image ${app.image}`);
  for (const s of regional) {
    if (!seeded.has(s)) problems.push(`${s} never gets its image and secrets`);
    for (const [other, job] of seeded) if (!before(served.get(s), job)) problems.push(`${s} (serving) must wait for the image and secrets of ${other}`);
  }

  // One datacentre serves first and answers its health check before the others.
  const firsts = regional.filter((s) => served.has(s) && ![...ancestors(workflow, served.get(s)!)].some((j) => deployedBy(workflow.jobs[j]).length > 0));
  if (firsts.length !== 1) problems.push(`exactly one datacentre must serve first, found ${firsts.join(", ") || "none"}`);
  const canary = firsts.length === 1 ? firsts[0] : undefined;
  if (canary !== undefined) {
    const canaryJob = workflow.jobs[served.get(canary)!];
    if (deployedBy(canaryJob).length !== 1) problems.push("the canary job must deploy one stack only");
    const deployAt = canaryJob.steps.findIndex((s) => DEPLOY.test((s.run ?? "").trim()));
    const url = `https://${app.datacentres[canary].endpoint}${EXAMPLE_SERVICE_PROPS.healthCheckPath}`;
    const healthAt = canaryJob.steps.findIndex((s) => /^curl --fail\b.*--retry \d+/.test((s.run ?? "").trim()) && (s.run ?? "").trim().endsWith(` ${url}`));
    if (healthAt <= deployAt) problems.push(`the canary job must curl ${url} after deploying ${canary}`);
    for (const other of regional.filter((s) => s !== canary && served.has(s))) {
      if (!before(served.get(other), served.get(canary))) problems.push(`${other} must wait for the canary ${canary} and its health check`);
    }
  }

  for (const g of stacks.filter((s) => app.datacentres[s] === undefined && served.has(s))) {
    for (const r of regional) if (!before(served.get(g), served.get(r))) problems.push(`${g} must deploy after ${r}`);
  }
  return problems;
}

describe("examples/github-actions/deploy.yml", () => {
  const outdir = mkdtempSync(join(tmpdir(), "dualcloud-pipeline-"));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  const app = new App({ outdir });
  const service = addExampleService(app);
  app.synth();
  const facts: AppFacts = {
    manifest: JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")).stacks as Record<string, ManifestStack>,
    datacentres: Object.fromEntries(service.datacentreStacks.map((s) => [s.node.id, { endpoint: s.datacentre.endpointHostname, cloud: s.datacentre.cloud }])),
    image: service.model.image.uri,
    secrets: [...service.model.secrets].sort(),
    prerequisites: prerequisitesOf([...service.datacentreStacks, service.route53Stack, service.trafficManagerStack]).filter((p) => p.cloud !== "registrar"),
  };
  const text = readFileSync(WORKFLOW_PATH, "utf8");
  const workflow = parse(text) as Workflow;
  const broken = (change: (w: { jobs: Record<string, { needs: string[]; steps: Step[] }>; env: Record<string, string> }) => void): Workflow => {
    const copy = structuredClone(workflow) as unknown as { jobs: Record<string, { needs: string[]; steps: Step[] }>; env: Record<string, string> };
    change(copy);
    return copy as unknown as Workflow;
  };

  describe("given the example app's synthesized manifest and synth summary", () => {
    it("performs a first deployment in the issue's order: bootstrap, foundation everywhere, images and secrets, one datacentre serving, the others, the global stacks", () => {
      expect(facts.prerequisites.length).toBeGreaterThanOrEqual(2);
      expect(checkWorkflow(workflow, facts)).toEqual([]);
    });

    it("deploys the canary, then the other three datacentres, then global-aws, then global-azure", () => {
      const order = (job: string) => deployedBy(workflow.jobs[job]);
      expect(order("canary-aws-us-east-1")).toEqual(["orders-aws-us-east-1"]);
      expect([...order("aws-eu-west-1"), ...order("azure-eastus"), ...order("azure-westeurope")].sort()).toEqual(["orders-aws-eu-west-1", "orders-azure-eastus", "orders-azure-westeurope"]);
      expect(order("global-aws")).toEqual(["orders-global-aws"]);
      expect(order("global-azure")).toEqual(["orders-global-azure"]);
      expect(ancestors(workflow, "global-azure").has("global-aws")).toBe(true);
    });

    it("bootstraps only on a manual run that asks for it, and lets every later job run when it is skipped", () => {
      for (const id of ["bootstrap-aws", "bootstrap-azure"]) expect(workflow.jobs[id].if).toBe("${{ github.event_name == 'workflow_dispatch' && inputs.bootstrap }}");
      for (const [id, job] of Object.entries(workflow.jobs).filter(([id]) => ![...ancestors(workflow, id)].every((a) => a === "synth") && !id.startsWith("bootstrap-"))) {
        expect({ id, if: job.if }).toEqual({ id, if: "${{ !cancelled() && !failure() }}" });
      }
    });

    it("synthesizes once per stage, with the fast synth, and ships each cdktf.out to the jobs of its stage", () => {
      const synthSteps = Object.entries(workflow.jobs).flatMap(([id, j]) => j.steps.filter((s) => /(dualcloud(\.cjs)?|cdktf) synth\b/.test(s.run ?? "")).map((s) => `${id}: ${s.run}`));
      expect(synthSteps).toEqual([`synth: ${FAST_SYNTH}`, `synth: ${FOUNDATION_SYNTH}`]);
      for (const [id, job] of Object.entries(workflow.jobs).filter(([, j]) => deployedBy(j).length + foundationOf(j).length > 0)) {
        const artifact = foundationOf(job).length > 0 ? { name: "cdktf-out-foundation", path: "cdktf.out.foundation" } : { name: "cdktf-out", path: "cdktf.out" };
        expect({ id, needsSynth: ancestors(workflow, id).has("synth") }).toEqual({ id, needsSynth: true });
        expect(job.steps.find((s) => s.uses?.startsWith("actions/download-artifact@"))?.with).toEqual(artifact);
        expect(job.steps.find((s) => s.uses?.startsWith("hashicorp/setup-terraform@"))?.with?.terraform_wrapper).toBe(false);
      }
    });
  });

  describe("the check itself", () => {
    it("fails a workflow that deploys a global stack before a datacentre", () => {
      const problems = checkWorkflow(broken((w) => (w.jobs["global-aws"].needs = ["synth", "canary-aws-us-east-1"])), facts);
      expect(problems).toEqual(expect.arrayContaining([
        "orders-global-aws (serving) runs before its dependency orders-aws-eu-west-1",
        "orders-global-aws must deploy after orders-aws-eu-west-1",
        "orders-global-aws must deploy after orders-azure-westeurope",
      ]));
      expect(problems.every((p) => /^orders-global-(aws|azure) /.test(p))).toBe(true);
    });

    it("fails a workflow whose stack names do not match the app", () => {
      const renamed = parse(text.replace(/orders-azure-eastus --skip-synth/, "orders-azure-east-us --skip-synth")) as Workflow;
      expect(checkWorkflow(renamed, facts)).toEqual(expect.arrayContaining(["orders-azure-eastus is never deployed", "orders-azure-east-us is not a stack of the app"]));
    });

    it("fails a workflow that skips the canary health check or has two first datacentres", () => {
      const noHealth = parse(text.replace(/\n {6}- name: wait for https:[^\n]*\n[^\n]*curl[^\n]*/, "")) as Workflow;
      expect(checkWorkflow(noHealth, facts)).toEqual(["the canary job must curl https://us-east-1.aws.orders.example.com/health after deploying orders-aws-us-east-1"]);
      const twoFirst = broken((w) => (w.jobs["aws-eu-west-1"].needs = ["synth", "images-and-secrets-aws-eu-west-1", "images-and-secrets-aws-us-east-1", "images-and-secrets-azure-eastus", "images-and-secrets-azure-westeurope"]));
      expect(checkWorkflow(twoFirst, facts)).toEqual(["exactly one datacentre must serve first, found orders-aws-eu-west-1, orders-aws-us-east-1"]);
    });

    it("fails a workflow that serves before the images and secrets, or skips a foundation", () => {
      const early = checkWorkflow(broken((w) => (w.jobs["canary-aws-us-east-1"].needs = ["synth", "images-and-secrets-aws-us-east-1"])), facts);
      expect(early).toEqual(expect.arrayContaining(["orders-aws-us-east-1 (serving) must wait for the image and secrets of orders-azure-eastus"]));
      const noFoundation = checkWorkflow(broken((w) => (w.jobs["foundation-aws-eu-west-1"].steps = w.jobs["foundation-aws-eu-west-1"].steps.filter((s) => !FOUNDATION.test(s.run ?? "")))), facts);
      expect(noFoundation).toContain("orders-aws-eu-west-1 never gets its foundation stage");
    });

    it("fails a workflow without a prerequisite's command, or with another image or secret", () => {
      const noZone = checkWorkflow(broken((w) => (w.jobs["bootstrap-aws"].steps = w.jobs["bootstrap-aws"].steps.filter((s) => !s.run))), facts);
      expect(noZone).toEqual([`no job runs the aws prerequisite: ${facts.prerequisites.find((p) => p.cloud === "aws")!.command}`]);
      expect(checkWorkflow(broken((w) => (w.env.IMAGE = "ghcr.io/acme/orders:latest")), facts)).toEqual([`the workflow's IMAGE must be the app's image ${facts.image}`]);
      expect(checkWorkflow(workflow, { ...facts, secrets: ["API_KEY", "DATABASE_URL"] })).toEqual(expect.arrayContaining(["images-and-secrets-aws-us-east-1 must seed API_KEY, DATABASE_URL into orders-aws-us-east-1"]));
    });

    it("fails a workflow that serves an Azure datacentre without putting its TLS certificate in the vault first", () => {
      expect(facts.prerequisites.filter((p) => p.beforeStage === "serving").flatMap((p) => p.neededBy)).toEqual(["orders-azure-eastus", "orders-azure-westeurope"]);
      const noCertificate = broken((w) => (w.jobs["images-and-secrets-azure-westeurope"].steps = w.jobs["images-and-secrets-azure-westeurope"].steps.filter((s) => !(s.run ?? "").includes("put-tls-certificate.sh"))));
      expect(checkWorkflow(noCertificate, facts)).toEqual(["images-and-secrets-azure-westeurope must put the TLS certificate into orders-azure-westeurope (put-tls-certificate.sh, TLS_PFX_BASE64 from the repository secret)"]);
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
        expect(s.with?.["role-to-assume"]).toBe("${{ vars.AWS_DEPLOY_ROLE_ARN }}");
      }
      for (const s of steps.filter((x) => x.uses?.startsWith("azure/login@"))) {
        expect(Object.keys(s.with ?? {}).sort()).toEqual(["client-id", "subscription-id", "tenant-id"]);
      }
      expect(text).not.toMatch(/aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY|client-secret|ARM_CLIENT_SECRET|creds:/);
    });

    it("signs each job in to the one cloud of the stack it works on", () => {
      for (const [id, job] of Object.entries(workflow.jobs)) {
        const stack = [...deployedBy(job), ...foundationOf(job), ...lines(job).map((l) => IMAGE_COPY.exec(l)?.[2]).filter((x): x is string => x !== undefined)][0];
        const cloud = stack === undefined ? (id.startsWith("bootstrap-") ? id.slice("bootstrap-".length) : undefined) : facts.datacentres[stack]?.cloud ?? (stack.endsWith("-global-aws") ? "aws" : "azure");
        if (cloud === undefined) continue;
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
