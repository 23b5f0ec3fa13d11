import { cloudPlugin } from "../clouds/registry";
import { checkProviderBuiltForCore } from "../core/core-package";
import { CloudName, cloudsOf } from "../model/cloud";
import { ServiceModel } from "../model/service-model";
import { FieldChecker } from "../validation/checker";
import { CloudAdapter } from "./cloud-adapter";
import { VerificationLabel, VerificationLabels } from "./global/subtree-delegation";

/**
 * Loads a cloud's adapter on first use, through its plugin. Each adapter's
 * module (and through it the provider package) is required only when a
 * datacentre of that cloud exists. An optional provider package that is
 * missing is a {@link DualCloudValidationError} that says what to install, and
 * so is a provider package built for another core (GCP on CDK Terrain).
 *
 * @param cloud the cloud
 * @param check where a missing optional provider is reported
 *   (default: a checker at the root path)
 */
export function loadAdapter(cloud: CloudName, check: FieldChecker = new FieldChecker("")): CloudAdapter {
  const plugin = cloudPlugin(cloud);
  checkProviderBuiltForCore(cloud, plugin.providerPackage, check);
  return plugin.loadAdapter(check);
}

/** The verification labels of every cloud the service runs in, from their adapters. */
export function verificationLabelsOf(service: ServiceModel): VerificationLabels {
  const out: { [C in CloudName]?: readonly VerificationLabel[] } = {};
  for (const cloud of cloudsOf(service.datacentres)) {
    const labels = loadAdapter(cloud).verificationLabels?.(service);
    if (labels && labels.length > 0) out[cloud] = labels;
  }
  return out as VerificationLabels;
}
