import { spawnSync } from "child_process";
import { join } from "path";

interface ProbeReport {
  awsAzureStacks: number;
  afterAwsAzure: string[];
  awsAzureStacksWithoutGoogle: number;
  missing?: { name: string; message: string };
  withGcpStacks: number;
  afterGcp: number;
}

/** @cdktf/provider-google is an optional peer: checked in a fresh Node process, whose require.cache is the real one. */
describe("the optional Google provider", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "support", "optional-provider-probe.ts")], {
    cwd: join(__dirname, ".."),
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  });
  const line = result.stdout.trim().split("\n").pop() ?? "";
  const report = (result.status === 0 ? JSON.parse(line) : undefined) as ProbeReport | undefined;

  it("runs the probe", () => {
    expect([result.status, result.stderr.slice(0, 2000)]).toEqual([0, expect.any(String)]);
  });

  it("is never loaded by an AWS+Azure app", () => {
    expect(report?.awsAzureStacks).toBe(6);
    expect(report?.afterAwsAzure).toEqual([]);
  });

  it("is not needed by an AWS+Azure app when it is not installed", () => {
    expect(report?.awsAzureStacksWithoutGoogle).toBe(6);
  });

  it("is a DualCloudValidationError that says what to install when a GCP datacentre is named without it", () => {
    expect(report?.missing?.name).toBe("DualCloudValidationError");
    expect(report?.missing?.message).toMatch(/^\[orders\] datacentres: received "a gcp datacentre"; allowed: gcp datacentres only with the optional peer dependency @cdktf\/provider-google 16\.x installed \(npm install @cdktf\/provider-google@\^16\)$/);
  });

  it("is loaded, and synthesizes, once a GCP datacentre is named and the package is there", () => {
    expect(report?.withGcpStacks).toBe(7);
    expect(report?.afterGcp).toBeGreaterThan(0);
  });
});
