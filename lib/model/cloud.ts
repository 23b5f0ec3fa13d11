import type { CloudName } from "../clouds/registry";

export type { CloudName } from "../clouds/registry";

/**
 * The clouds that `datacentres` use, each once, sorted by name (the order of
 * the registry's `CLOUD_NAMES`). Needs no registry: the model knows no cloud.
 */
export function cloudsOf(datacentres: readonly { readonly cloud: CloudName }[]): CloudName[] {
  return [...new Set(datacentres.map((d) => d.cloud))].sort();
}
