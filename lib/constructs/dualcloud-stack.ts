import { TerraformStack } from "cdktf";
import { RenderedHcl } from "../private/hcl-terraform-block";
import { stackHcl } from "../private/stack-hcl";

/**
 * Base of every stack the library writes (datacentre and global stacks): a
 * TerraformStack whose `cdktf synth --hcl` output is Terraform that parses
 * (lib/private/stack-hcl.ts repairs what cdktf 0.21's HCL renderer gets wrong).
 */
export abstract class DualCloudStack extends TerraformStack {
  /** The stack as HCL (`cdktf synth --hcl`), as Terraform writes it. */
  public override toHclTerraform(): ReturnType<TerraformStack["toHclTerraform"]> {
    return stackHcl(super.toHclTerraform() as RenderedHcl);
  }
}
