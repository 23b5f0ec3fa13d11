import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readSynthesizedStacks } from "../lib/checks/run-checks";
import { DualCloudValidationError, foundationStageHasNoRuntime, internalBug, probesDisagree, validationGap, wrongCloud } from "../lib/errors";
import { relativeRecordName } from "../lib/naming/dns-names";
import { subdivide } from "../lib/network/cidr";
import { defineRule, PolicyRule } from "../lib/policy/rule";

describe("error messages, built in lib/errors.ts", () => {
  it("given bad input, then the factories give the library's error naming field, value and what is allowed", () => {
    const cloud = wrongCloud("app/dc", "AzureDatacentre", "azure", { cloud: "gcp", key: "gcp-europe-west1" });
    expect(cloud).toBeInstanceOf(DualCloudValidationError);
    expect(cloud.message).toBe('[app/dc] datacentre.cloud: received "gcp"; allowed: "azure": AzureDatacentre builds azure datacentres only (received the datacentre gcp-europe-west1)');
    const stage = foundationStageHasNoRuntime("app/dc", "gcp.stages.europe-west1", "the Cloud Run service");
    expect(stage).toBeInstanceOf(DualCloudValidationError);
    expect(stage).toMatchObject({ field: "gcp.stages.europe-west1", received: '"foundation"' });
  });

  it("given a broken internal invariant, then the message says it is a dualcloud bug, never blaming the input", () => {
    expect(internalBug("x").message).toBe("dualcloud internal error: x; this is a bug in dualcloud, please report it");
    expect(validationGap("a GCP datacentre without gcp.projectId").message).toMatch(/^dualcloud internal error: a GCP datacentre without gcp\.projectId, which validation should have refused; this is a bug/);
    expect(probesDisagree("azure-eastus", ["/healthz", undefined]).message).toMatch(/the probes of azure-eastus disagree on the health path \(\/healthz, undefined\)/);
    expect(internalBug("x")).not.toBeInstanceOf(DualCloudValidationError);
  });

  it("given a zone the host is in, then its relative name; given another zone, then the validation gap is reported", () => {
    expect(relativeRecordName("orders.example.com", "example.com")).toBe("orders");
    expect(() => relativeRecordName("orders.example.org", "example.com")).toThrow(/internal error: orders\.example\.org is not inside the zone example\.com, which validation should have refused/);
  });

  it("given a split the block holds, then the subnets; given one it cannot hold, then an internal error", () => {
    expect(subdivide("10.1.0.0/16", 20, 2, 1)).toEqual(["10.1.16.0/20", "10.1.32.0/20"]);
    expect(() => subdivide("10.1.0.0/16", 8, 1)).toThrow(/^dualcloud internal error: cannot split 10\.1\.0\.0\/16 into \/8 blocks/);
    expect(() => subdivide("10.1.0.0/16", 17, 3)).toThrow(/^dualcloud internal error: 10\.1\.0\.0\/16 holds only 2 \/17 blocks, 3 asked/);
  });

  it("given an output directory without a manifest, then reading the stacks is refused with the library's error", () => {
    const empty = mkdtempSync(join(tmpdir(), "dualcloud-out-"));
    expect(() => readSynthesizedStacks(empty)).toThrow(DualCloudValidationError);
    expect(() => readSynthesizedStacks(empty)).toThrow(/^\[readSynthesizedStacks\] outdir: received ".*dualcloud-out-.*"; allowed: a directory holding cdktf synth output \(.*manifest\.json is missing\)/);
  });

  it("given a policy rule with exactly one of check and checkStack, then it is defined; with neither, then an internal error", () => {
    const base: PolicyRule = { id: "x-rule", description: "d", severity: "error", area: "aws", resourceTypes: ["aws_s3_bucket"], equivalents: {}, fix: "f", check: () => undefined };
    expect(defineRule(base).id).toBe("x-rule");
    expect(() => defineRule({ ...base, check: undefined })).toThrow(/^dualcloud internal error: policy rule x-rule must define exactly one of check or checkStack/);
  });
});
