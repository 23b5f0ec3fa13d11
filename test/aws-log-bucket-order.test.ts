import { buildService, StackJson, synthService } from "./support/synth";

/**
 * S3 can reject concurrent configuration writes to one bucket with
 * `OperationAborted`, so each log bucket's sub-resources are created one after
 * another (docs/aws.md, "S3 sub-resources are created one at a time").
 */

/** The order the sub-resources of one bucket are created in. */
const ORDER = [
  "aws_s3_bucket_public_access_block",
  "aws_s3_bucket_ownership_controls",
  "aws_s3_bucket_versioning",
  "aws_s3_bucket_server_side_encryption_configuration",
  "aws_s3_bucket_lifecycle_configuration",
  "aws_s3_bucket_logging",
  "aws_s3_bucket_policy",
];

/** `type.address` of every resource that configures the bucket at `bucketAddress`, by type. */
function subResources(json: StackJson, bucketAddress: string): Map<string, { address: string; body: StackJson }> {
  const found = new Map<string, { address: string; body: StackJson }>();
  for (const type of ORDER) {
    for (const [name, body] of Object.entries((json.resource[type] ?? {}) as Record<string, StackJson>)) {
      if (body.bucket !== `\${${bucketAddress}.id}`) continue;
      expect(found.has(type)).toBe(false);
      found.set(type, { address: `${type}.${name}`, body });
    }
  }
  return found;
}

/** The sub-resources of `bucketAddress`, in ORDER, each paired with what it must depend on: the one before it. */
function chain(json: StackJson, bucketAddress: string): { address: string; dependsOn: string[]; previous?: string }[] {
  const subs = [...subResources(json, bucketAddress).values()];
  return subs.map((s, i) => ({ address: s.address, dependsOn: (s.body.depends_on ?? []) as string[], previous: subs[i - 1]?.address }));
}

describe("AWS log buckets", () => {
  const stacks = synthService(buildService({ secrets: ["DATABASE_URL"] }).service);

  describe.each(["orders-aws-us-east-1", "orders-aws-eu-west-1"])("given the %s stack", (stackName) => {
    const json = stacks[stackName];
    const buckets = Object.keys(json.resource.aws_s3_bucket as Record<string, StackJson>).map((n) => `aws_s3_bucket.${n}`);

    it("has the load balancer's log bucket and the bucket receiving its server access logs", () => {
      expect(buckets).toHaveLength(2);
      expect(buckets.filter((b) => b.includes("target-bucket"))).toHaveLength(1);
    });

    it.each([0, 1])("creates bucket %i's sub-resources one after another: each depends on the one before", (i) => {
      const links = chain(json, buckets[i]);
      const isTarget = buckets[i].includes("target-bucket");
      expect(links.map((l) => l.address.split(".")[0])).toEqual(ORDER.filter((t) => !(isTarget && t === "aws_s3_bucket_logging")));
      expect(links[0].dependsOn).toEqual([]);
      for (const link of links.slice(1)) expect(link.dependsOn).toContain(link.previous);
    });

    it("writes the lifecycle configuration after versioning, as the provider asks", () => {
      for (const bucket of buckets) {
        const subs = subResources(json, bucket);
        expect(subs.get("aws_s3_bucket_lifecycle_configuration")!.body.depends_on).toContain(subs.get("aws_s3_bucket_versioning")!.address);
      }
    });

    it("turns on server access logging only once the target bucket's policy lets S3 write", () => {
      const source = buckets.find((b) => !b.includes("target-bucket"))!;
      const target = buckets.find((b) => b.includes("target-bucket"))!;
      const logging = subResources(json, source).get("aws_s3_bucket_logging")!;
      expect(logging.body.depends_on).toContain(subResources(json, target).get("aws_s3_bucket_policy")!.address);
    });
  });

  describe("the chain check itself", () => {
    it("fails a bucket whose sub-resources are written concurrently", () => {
      const json: StackJson = {
        resource: {
          aws_s3_bucket_public_access_block: { pab: { bucket: "${aws_s3_bucket.b.id}" } },
          aws_s3_bucket_ownership_controls: { own: { bucket: "${aws_s3_bucket.b.id}" } },
        },
      };
      const [, second] = chain(json, "aws_s3_bucket.b");
      expect(second.dependsOn).not.toContain(second.previous);
    });
  });
});
