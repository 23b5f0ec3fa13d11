import { GcsBackend, TerraformStack } from "cdktf";
import { ServiceModel } from "../../model/service-model";
import { warnLocalState } from "../datacentre-stack";
import { gcpStateBackend } from "./gcp-options";

/**
 * Puts a stack's state in the Cloud Storage bucket of `region`
 * (`<bucketNamePrefix>-<region>`, object `<keyPrefix>/<stack>/default.tfstate`,
 * locked by the backend's lock object); or leaves it local with a warning
 * when no GCP backend is configured.
 */
export function configureGcpState(stack: TerraformStack, service: ServiceModel, region: string): GcsBackend | undefined {
  const props = gcpStateBackend(service);
  if (!props) {
    warnLocalState(stack, "gcp");
    return undefined;
  }
  return new GcsBackend(stack, { bucket: `${props.bucketNamePrefix}-${region}`, prefix: `${props.keyPrefix}/${stack.node.id}` });
}
