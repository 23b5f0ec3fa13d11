import { ResolvedStateBackend } from "../../clouds/cloud-plugin";
import { DEFAULTS } from "../../model/defaults";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { FieldChecker } from "../../validation/checker";
import { longestRegionName, resolveGlobalStackRegion } from "../../validation/global-stack-region";

/** S3 remote state with defaults applied (`stateBackend.aws`). */
export interface AwsStateBackend {
  /** Bucket name prefix; each region's stacks use `<prefix>-<region>`. */
  readonly bucketNamePrefix: string;
  /** Prefix of every state key. */
  readonly keyPrefix: string;
  /** Region whose bucket holds the Route 53 global stack's state. */
  readonly globalStackRegion?: string;
  /** KMS key ARN or alias that encrypts state objects. */
  readonly kmsKeyId?: string;
}

/** Parses `stateBackend.aws`. */
export function resolveAwsBackend(raw: unknown, datacentres: readonly DatacentreModel[], check: FieldChecker): ResolvedStateBackend {
  const b = check.object("stateBackend.aws", raw, ["bucketNamePrefix", "keyPrefix", "kmsKeyId", "globalStackRegion"]);
  const longest = longestRegionName(datacentres, "aws");
  const bucketNamePrefix = check.string("stateBackend.aws.bucketNamePrefix", b.bucketNamePrefix, /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
    `lower-case letters, digits and hyphens; with "-<region>" appended at most 63 characters (here at most ${62 - longest})`, 3, 62 - longest);
  const keyPrefix = check.optional(b.keyPrefix, DEFAULTS.stateKeyPrefix as string, (v) => check.string("stateBackend.aws.keyPrefix", v, /^[A-Za-z0-9!_.*'()/-]+$/, "an S3 key prefix of safe characters", 1, 200));
  const kmsKeyId = check.optional<string | undefined>(b.kmsKeyId, undefined, (v) => check.string("stateBackend.aws.kmsKeyId", v, /^(arn:aws[a-z-]*:kms:|alias\/)/, "a KMS key ARN or alias/<name>", 7, 2048));
  const globalStackRegion = resolveGlobalStackRegion(check, "stateBackend.aws.globalStackRegion", b.globalStackRegion, datacentres, "aws");
  const settings: AwsStateBackend = { bucketNamePrefix, keyPrefix, globalStackRegion, ...(kmsKeyId ? { kmsKeyId } : {}) };
  return { settings, globalStackRegion };
}

/** The service's S3 state backend, when `stateBackend.aws` is configured. */
export function awsStateBackend(service: ServiceModel): AwsStateBackend | undefined {
  return service.clouds.aws?.stateBackend as AwsStateBackend | undefined;
}
