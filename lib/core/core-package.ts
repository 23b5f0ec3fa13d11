import { FieldChecker } from "../validation/checker";

/**
 * The CDK core this build of dualcloud runs on: `"cdktf"` (CDK for Terraform
 * 0.21), or `"cdktn"` (CDK Terrain) in the dualcloud-cdktn flavour, whose
 * build step rewrites the specifier below like every other `cdktf` import.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const CORE_PACKAGE: string = (require("cdktf/package.json") as { name: string }).name;

/**
 * True when `providerPackage` is built for the core in use. Prebuilt provider
 * bindings are published under their core's scope (`@cdktf/provider-*` for
 * cdktf, `@cdktn/provider-*` for CDK Terrain) and their resources synthesize
 * only in stacks of that core.
 */
export function providerBuiltForCore(providerPackage: string): boolean {
  return providerPackage.startsWith(`@${CORE_PACKAGE}/`);
}

/**
 * Fails with a {@link DualCloudValidationError} when a cloud's provider
 * package is built for another core (today: GCP on CDK Terrain, which has no
 * `@cdktn/provider-google`), instead of letting synth crash on mixed cores.
 *
 * @param cloud the cloud a datacentre asks for
 * @param providerPackage the provider package its adapter imports
 * @param check where the error is reported
 */
export function checkProviderBuiltForCore(cloud: string, providerPackage: string, check: FieldChecker): void {
  if (providerBuiltForCore(providerPackage)) return;
  const counterpart = providerPackage.replace(/^@[^/]+\//, `@${CORE_PACKAGE}/`);
  check.fail(
    "datacentres",
    `a ${cloud} datacentre on ${CORE_PACKAGE}`,
    `datacentres of clouds with a provider built for ${CORE_PACKAGE}: ${cloud} uses ${providerPackage}, whose resources cannot synthesize inside ${CORE_PACKAGE} stacks, ` +
      `and ${counterpart} is not published yet. Once it is, a dualcloud-${CORE_PACKAGE} release built on it lifts this; until then deploy ${cloud} datacentres from the cdktf flavour (dualcloud)`,
  );
}
