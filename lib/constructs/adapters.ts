import { CLOUD_NAMES, CloudName } from "../model/cloud";
import { ServiceModel } from "../model/service-model";
import { CloudAdapter } from "./cloud-adapter";
import { VerificationLabels } from "./global/subtree-delegation";

/**
 * Loads a cloud's adapter on first use. Each adapter's module (and through it
 * the provider package) is required only when a datacentre of that cloud exists.
 */
export function loadAdapter(cloud: CloudName): CloudAdapter {
  switch (cloud) {
    case "aws":
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (require("./aws/aws-adapter") as typeof import("./aws/aws-adapter")).AWS_ADAPTER;
    case "azure":
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (require("./azure/azure-adapter") as typeof import("./azure/azure-adapter")).AZURE_ADAPTER;
  }
}

/** The verification labels of every cloud the service runs in, from their adapters. */
export function verificationLabelsOf(service: ServiceModel): VerificationLabels {
  const out: { [C in CloudName]?: CloudAdapter["verificationLabels"] } = {};
  for (const cloud of CLOUD_NAMES.filter((c) => service.datacentres.some((d) => d.cloud === c))) {
    const labels = loadAdapter(cloud).verificationLabels;
    if (labels && labels.length > 0) out[cloud] = labels;
  }
  return out as VerificationLabels;
}
