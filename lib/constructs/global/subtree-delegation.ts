import { CLOUD_NAMES, CloudName } from "../../clouds/registry";
import { CertificateValidationRecord } from "../../model/props";
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

/** Certificate-validation CNAMEs by the cloud whose certificates need them. */
export type SubtreeCertificateValidation = { readonly [C in CloudName]?: readonly CertificateValidationRecord[] };

/** By cloud: where a static DNS input comes from, `<stack> output <name>`. */
export type DnsInputSourceByCloud = { readonly [C in CloudName]?: string };

/** Where a global layer's static DNS inputs come from, for its synth warnings. */
export interface GlobalLayerInputSources {
  /**
   * The outputs holding the name servers of each `<cloud>.<domain>`'s DNS.
   * @default - the warning names no stack
   */
  readonly nameServers?: DnsInputSourceByCloud;
  /**
   * The outputs holding each cloud's certificate-validation records; a cloud absent here needs none.
   * @default - no cloud needs them
   */
  readonly certificateValidation?: DnsInputSourceByCloud;
}

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

/** The warning a global layer gives when it cannot delegate `<cloud>.<domain>`; `source` names the stack output to copy from. */
export function missingNameServersWarning(cloud: CloudName, domain: string, ownDns: string, source = "its name-server output"): string {
  return (
    `dualcloud: dns.nameServers.${cloud} is empty, so ${ownDns} does not delegate ${cloud}.${domain}: ${cloud} endpoint names (and this layer's probes of them) ` +
    `resolve only through the DNS that hosts ${cloud}.${domain}. Deploy the stack that hosts it, copy ${source} into dns.nameServers.${cloud} and deploy again.`
  );
}

/** The warning a global layer gives while `dns.certificateValidation.<cloud>` is missing, naming the outputs to copy from. */
export function missingCertificateValidationWarning(cloud: CloudName, domain: string, ownDns: string, source: string): string {
  return (
    `dualcloud: dns.certificateValidation.${cloud} is empty, so ${ownDns} lacks the certificate-validation record of ${domain} that ${cloud}'s certificates need: ` +
    `a CA lookup that reaches this copy fails until it is given. Copy ${source} into dns.certificateValidation.${cloud} and deploy again (docs/dns.md).`
  );
}

/**
 * The certificate-validation records of `cloud` that a global layer of
 * another cloud writes into its copy: those outside `<cloud>.<domain>` (that
 * subtree is delegated to the cloud's own DNS), once per name, each with the
 * construct ID suffix its first label gives (stable while the name is).
 */
export function foreignValidationRecords(cloud: CloudName, domain: string, records: readonly CertificateValidationRecord[] | undefined): { id: string; name: string; value: string }[] {
  const subtree = `${cloud}.${domain}`;
  const seen = new Set<string>();
  return (records ?? [])
    .filter((r) => !(r.name === subtree || r.name.endsWith(`.${subtree}`)) && !seen.has(r.name) && seen.add(r.name) !== undefined)
    .map((r) => ({ id: `${cloud}-certificate-validation-${r.name.slice(0, r.name.indexOf("."))}`, name: r.name, value: r.value }));
}

/** Fails `nameServers.<cloud>` of a global layer's props unless each list given is a full set of that cloud's DNS. */
export function validateSubtreeNameServers(check: FieldChecker, nameServers: SubtreeNameServers | undefined): void {
  for (const cloud of CLOUD_NAMES) {
    const names = nameServers?.[cloud];
    if (names !== undefined && names.length > 0) checkNameServerSet(check, `nameServers.${cloud}`, cloud, names);
  }
}
