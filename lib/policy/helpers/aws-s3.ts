import { PolicyResource, PolicyStackIndex } from "../rule";
import { refersTo } from "../values";

/** The companion resources of `type` (e.g. aws_s3_bucket_versioning) that configure `bucket`. */
export function companionsOf(index: PolicyStackIndex, bucket: PolicyResource, type: string): readonly PolicyResource[] {
  return index.ofType(type).filter((c) => refersTo(c.config.bucket, bucket, ["bucket"]));
}
