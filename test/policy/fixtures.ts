import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { AWS_FIXTURES } from "./fixtures-aws";
import { AZURE_FIXTURES } from "./fixtures-azure";
import { RuleFixture } from "./fixture";
import { GCP_FIXTURES } from "./fixtures-gcp";
import { GLOBAL_FIXTURES } from "./fixtures-global";

/** Every rule's fixtures, keyed by rule ID. */
export const FIXTURES: Record<string, RuleFixture> = { ...AWS_FIXTURES, ...AZURE_FIXTURES, ...GCP_FIXTURES, ...GLOBAL_FIXTURES };

/** A bare stack with one provider of the rule's cloud. */
export function bareStack(cloud: "aws" | "azure" | "gcp"): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "fixture");
  if (cloud === "aws") new AwsProvider(stack, "aws", { region: "us-east-1" });
  else if (cloud === "gcp") new GoogleProvider(stack, "google", { project: "acme", region: "europe-west1" });
  else new AzurermProvider(stack, "azurerm", { features: [{}] });
  return stack;
}
