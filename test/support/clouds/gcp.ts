import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { TestCloud } from "./test-cloud";

/** Google Cloud for the cross-cloud test generators. */
export const TEST_CLOUD: TestCloud = {
  provider: (stack) => new GoogleProvider(stack, "google", { project: "acme", region: "europe-west1" }),
  stateBackend: { bucketNamePrefix: "acme-tfstate" },
  nameServers: ["ns-cloud-a1.googledomains.com.", "ns-cloud-a2.googledomains.com.", "ns-cloud-a3.googledomains.com.", "ns-cloud-a4.googledomains.com."],
  requiredOptions: { projectId: "acme-orders" },
  fuzz: "sometimes",
};
