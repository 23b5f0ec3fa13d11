import { CLOUD_NAMES, CloudName } from "../../clouds/registry";
import { FieldChecker } from "../../validation/checker";
import { checkNameServerSet } from "../../validation/name-server-set";
import { GlobalEndpoint } from "./global-endpoint";

/**
 * A name under `<domain>` that a cloud must validate through DNS, published by
 * that cloud in its own subtree: the cloud writes `<label>.<cloud>.<domain>`,
 * and each OTHER cloud's global layer writes CNAME `<label>.<domain>` ->
 * `<label>.<cloud>.<domain>`, so the name resolves through every DNS provider
 * that answers for `<domain>` (e.g. `asuid` for Container Apps custom domains,
 * `_acme-challenge` for Certificate Manager DNS authorization).
 */
export interface VerificationLabel {
  /** The DNS label, e.g. `asuid`. */
  readonly label: string;
  /** Construct ID suffix of the CNAME in a global layer, `<cloud>-<id>`; fixed forever once deployed. */
  readonly id: string;
}

/** Verification labels by the cloud that declares them. */
export type VerificationLabels = { readonly [C in CloudName]?: readonly VerificationLabel[] };

/** Name servers by cloud, for the delegation of `<cloud>.<domain>`. */
export type SubtreeNameServers = { readonly [C in CloudName]?: readonly string[] };

/**
 * The clouds whose subtree `<cloud>.<domain>` a global layer of `own` cloud
 * delegates: every other cloud with an endpoint, plus any other cloud whose
 * name servers were given, in the stable order of {@link CLOUD_NAMES}.
 */
export function delegatedClouds(own: CloudName, endpoints: readonly GlobalEndpoint[], nameServers: SubtreeNameServers): CloudName[] {
  return CLOUD_NAMES.filter((c) => c !== own && (endpoints.some((e) => e.cloud === c) || (nameServers[c]?.length ?? 0) > 0));
}

/** The warning a global layer gives when it cannot delegate `<cloud>.<domain>`. */
export function missingNameServersWarning(cloud: CloudName, domain: string, ownDns: string): string {
  return (
    `dualcloud: dns.nameServers.${cloud} is empty, so ${ownDns} does not delegate ${cloud}.${domain}: ${cloud} endpoint names (and this layer's probes of them) ` +
    `resolve only through the DNS that hosts ${cloud}.${domain}. Deploy the stack that hosts it, copy its name-server output into dns.nameServers.${cloud} and deploy again.`
  );
}

/** Fails `nameServers.<cloud>` of a global layer's props unless each list given is a full set of that cloud's DNS. */
export function validateSubtreeNameServers(check: FieldChecker, nameServers: SubtreeNameServers | undefined): void {
  for (const cloud of CLOUD_NAMES) {
    const names = nameServers?.[cloud];
    if (names !== undefined && names.length > 0) checkNameServerSet(check, `nameServers.${cloud}`, cloud, names);
  }
}
