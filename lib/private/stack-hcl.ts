import { RenderedHcl, repairTerraformBlockHcl } from "./hcl-terraform-block";
import { unwrapInterpolationOnly } from "./hcl-interpolation";

/**
 * What every dualcloud stack's toHclTerraform returns: cdktf's rendering with
 * the terraform block repaired (hcl-terraform-block.ts) and interpolation-only
 * values unwrapped as `terraform fmt` writes them (hcl-interpolation.ts), so
 * `cdktf synth --hcl` writes files that pass `terraform fmt -check`. The JSON
 * output (`cdktf synth`) does not go through here. Internal.
 */
export function stackHcl<T extends RenderedHcl>(rendered: T): T {
  const repaired = repairTerraformBlockHcl(rendered);
  return { ...repaired, hcl: unwrapInterpolationOnly(repaired.hcl) };
}
