import { S3Backend, TerraformStack } from "cdktf";
import { ServiceModel } from "../../model/service-model";
import { warnLocalState } from "../datacentre-stack";
import { awsStateBackend } from "./aws-options";

/**
 * Puts a stack's state in the S3 bucket of `region`
 * (`<bucketNamePrefix>-<region>`), encrypted, with S3-native locking; or
 * leaves it local with a warning when no AWS backend is configured.
 */
export function configureAwsState(stack: TerraformStack, service: ServiceModel, region: string): S3Backend | undefined {
  const props = awsStateBackend(service);
  if (!props) {
    warnLocalState(stack, "aws");
    return undefined;
  }
  const backend = new S3Backend(stack, {
    bucket: `${props.bucketNamePrefix}-${region}`,
    key: `${props.keyPrefix}/${stack.node.id}.tfstate`,
    region,
    encrypt: true,
    ...(props.kmsKeyId ? { kmsKeyId: props.kmsKeyId } : {}),
  });
  backend.addOverride("use_lockfile", true);
  return backend;
}
