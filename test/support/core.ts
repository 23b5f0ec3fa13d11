import { GCP_PROVIDER_PACKAGE } from "../../lib/constructs/gcp/gcp-plugin";
import { CORE_PACKAGE, providerBuiltForCore } from "../../lib/core/core-package";

/**
 * True on cdktf, the only core that synthesizes @cdktf/provider-google's
 * resources. On CDK Terrain (the dualcloud-cdktn flavour) a GCP datacentre is
 * a DualCloudValidationError instead (test/core.test.ts), so cases that build
 * one are skipped there, and jest.config.js skips the GCP-only suites.
 */
export const GCP_SYNTHESIZES = providerBuiltForCore(GCP_PROVIDER_PACKAGE);

/** Why GCP cases are skipped on this core. */
const SKIPPED = `skipped on ${CORE_PACKAGE}: no Google provider for it yet`;

/**
 * `describe` for a block that builds a GCP datacentre, even while collecting
 * its tests; on a core without a Google provider the block is one skipped test.
 */
export function describeWithGcp(name: string, body: () => void): void {
  if (GCP_SYNTHESIZES) describe(name, body);
  else it.skip(`${name} (${SKIPPED})`, body);
}

/** `it` for a case that builds a GCP datacentre; skipped on a core without a Google provider. */
export const itWithGcp: jest.It = GCP_SYNTHESIZES ? it : it.skip;
