/*
 * cdktf 0.21's HCL renderer (cdktf/lib/hcl/render.js, renderTerraform) writes
 * the terraform block's plain attributes (everything but required_providers,
 * backend and cloud) by passing their *names* to renderSimpleAttributes, so
 * `required_version = ">= 1.11"` comes out as `0 = "required_version"`, which
 * Terraform refuses to parse. The JSON synthesizer is not affected.
 *
 * The stacks' toHclTerraform passes its result through repairTerraformBlockHcl,
 * which rewrites exactly those lines from the block's values (read from the
 * metadata cdktf renders next to the HCL). It changes nothing when the broken
 * lines are absent, so a fixed cdktf (or cdktn) makes it a no-op.
 * Internal: not exported from the package.
 */

/** What TerraformStack.toHclTerraform returns: the HCL text and the metadata written next to it. */
export type RenderedHcl = {
  /** The stack's HCL. */
  readonly hcl: string;
  /** The metadata cdktf writes to metadata.json; its `terraform` key holds the terraform block. */
  readonly metadata?: { readonly terraform?: Readonly<Record<string, unknown>> };
};

/** Terraform block members renderTerraform writes as blocks; every other member goes through the broken path. */
const BLOCK_MEMBERS = ["required_providers", "backend", "cloud"];

/** Renders a plain attribute value as HCL: strings, numbers and booleans (all the terraform block's plain attributes take). */
function hclValue(name: string, value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(`dualcloud: terraform.${name} is not a string, number or boolean; the HCL repair cannot render it`);
}

/**
 * The stack's HCL with the terraform block's plain attributes written as
 * `name = value` instead of cdktf 0.21's `0 = "name"`; the metadata unchanged.
 */
export function repairTerraformBlockHcl<T extends RenderedHcl>(rendered: T): T {
  const block = rendered.metadata?.terraform ?? {};
  const names = Object.keys(block).filter((name) => !BLOCK_MEMBERS.includes(name));
  if (names.length === 0) return rendered;
  const broken = names.map((name, index) => `  ${index} = "${name}"`).join("\n");
  if (!rendered.hcl.includes(`\n${broken}\n}`)) return rendered;
  const repaired = names.map((name) => `  ${name} = ${hclValue(name, block[name])}`).join("\n");
  return { ...rendered, hcl: rendered.hcl.replace(`\n${broken}\n}`, `\n${repaired}\n}`) };
}
