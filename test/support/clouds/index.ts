import { CLOUD_NAMES, CloudName } from "../../../lib/clouds/registry";
import { TestCloud } from "./test-cloud";

export type { TestCloud } from "./test-cloud";

/**
 * Every cloud of the registry as the test generators see it, loaded from
 * `test/support/clouds/<cloud>.ts`: a cloud without that file fails here, by name.
 */
export const TEST_CLOUDS: Readonly<Record<CloudName, TestCloud>> = Object.fromEntries(
  CLOUD_NAMES.map((cloud) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(`./${cloud}`) as { TEST_CLOUD?: TestCloud };
    if (loaded.TEST_CLOUD === undefined) throw new Error(`test/support/clouds/${cloud}.ts exports no TEST_CLOUD`);
    return [cloud, loaded.TEST_CLOUD];
  }),
) as Record<CloudName, TestCloud>;
