import { CloudName } from "../model/cloud";
import { CloudAdapter } from "./cloud-adapter";

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
