import { CloudName, cloudsOf } from "../model/cloud";
import { ServiceModel } from "../model/service-model";
import { FieldChecker } from "../validation/checker";
import { CloudAdapter } from "./cloud-adapter";
import { VerificationLabels } from "./global/subtree-delegation";

/** The optional peer dependency the GCP adapter needs, and how to install it. */
export const GCP_PROVIDER_PACKAGE = "@cdktf/provider-google";
/** The install command named in the error when {@link GCP_PROVIDER_PACKAGE} is missing. */
export const GCP_PROVIDER_INSTALL = "npm install @cdktf/provider-google@^16";

/**
 * Loads a cloud's adapter on first use. Each adapter's module (and through it
 * the provider package) is required only when a datacentre of that cloud exists.
 * The Google provider is an optional peer dependency: without it, asking for
 * the GCP adapter is a {@link DualCloudValidationError} that says what to install.
 *
 * @param cloud the cloud
 * @param check where a missing optional provider is reported
 *   (default: a checker at the root path)
 */
export function loadAdapter(cloud: CloudName, check: FieldChecker = new FieldChecker("")): CloudAdapter {
  switch (cloud) {
    case "aws":
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (require("./aws/aws-adapter") as typeof import("./aws/aws-adapter")).AWS_ADAPTER;
    case "azure":
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (require("./azure/azure-adapter") as typeof import("./azure/azure-adapter")).AZURE_ADAPTER;
    case "gcp":
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return (require("./gcp/gcp-adapter") as typeof import("./gcp/gcp-adapter")).GCP_ADAPTER;
      } catch (error) {
        if (isMissingModule(error, GCP_PROVIDER_PACKAGE)) {
          check.fail("datacentres", "a gcp datacentre", `gcp datacentres only with the optional peer dependency ${GCP_PROVIDER_PACKAGE} 16.x installed (${GCP_PROVIDER_INSTALL})`);
        }
        throw error;
      }
  }
}

/** True when `error` is Node's "Cannot find module" for `pkg` (or a file inside it). */
function isMissingModule(error: unknown, pkg: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === "MODULE_NOT_FOUND" && typeof message === "string" && message.includes(`'${pkg}`);
}

/** The verification labels of every cloud the service runs in, from their adapters. */
export function verificationLabelsOf(service: ServiceModel): VerificationLabels {
  const out: { [C in CloudName]?: CloudAdapter["verificationLabels"] } = {};
  for (const cloud of cloudsOf(service.datacentres)) {
    const labels = loadAdapter(cloud).verificationLabels;
    if (labels && labels.length > 0) out[cloud] = labels;
  }
  return out as VerificationLabels;
}
