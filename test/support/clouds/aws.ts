import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TestCloud } from "./test-cloud";

/** AWS for the cross-cloud test generators. */
export const TEST_CLOUD: TestCloud = {
  provider: (stack) => new AwsProvider(stack, "aws", { region: "us-east-1" }),
  stateBackend: { bucketNamePrefix: "acme-tfstate" },
  nameServers: ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net", "ns-1025.awsdns-03.co.uk", "ns-1537.awsdns-04.com"],
  fuzz: "always",
};
