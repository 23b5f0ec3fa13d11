import { TerraformStack } from "cdktf";

/**
 * The Terraform versions every dualcloud stack accepts. The S3 backend's
 * `use_lockfile` (S3-native state locking) is experimental in Terraform 1.10
 * and generally available from 1.11; older versions refuse the argument at
 * `terraform init`. Sources: docs/first-deployment.md#terraform-version.
 */
export const REQUIRED_TERRAFORM_VERSION = ">= 1.11";

/** Writes `terraform.required_version` into the stack, so an older Terraform stops at init with a clear message. */
export function requireTerraformVersion(stack: TerraformStack): void {
  stack.addOverride("terraform.required_version", REQUIRED_TERRAFORM_VERSION);
}
