import { SynthesizedStack, isExpression, terraformBlocks, TerraformBlock } from "../terraform/terraform-json";
import { asObject } from "../private/terraform-values";
import { DnsProvider, DnsViewValue, UnknownDnsValue } from "./zone-view";

/**
 * One DNS record resource as written in Terraform JSON, before routing is
 * collapsed: what each provider's reader (Route 53, Azure DNS, Cloud DNS)
 * hands to {@link buildDnsZoneView}.
 */
export interface RawDnsRecord {
  /** The provider that serves it. */
  readonly provider: DnsProvider;
  /** Zone apex, absolute (`example.com.`); unknown when the zone reference cannot be followed. */
  readonly zone: DnsViewValue;
  /** Owner name, absolute, or unknown. */
  readonly name: DnsViewValue;
  /** Record type, upper case, or unknown. */
  readonly type: DnsViewValue;
  /** TTL in seconds, or unknown (an alias takes its target's). */
  readonly ttl: number | UnknownDnsValue;
  /** Values; empty for an alias. */
  readonly values: readonly DnsViewValue[];
  /** True when the record is one of several under a routing policy (Route 53 `set_identifier`). */
  readonly routed: boolean;
  /** A Route 53 alias: the target name, and whether it is a record of the same zone (else a load balancer or the like). */
  readonly alias?: { readonly target: DnsViewValue; readonly sameZone: boolean };
  /** The certificate domain (absolute) whose ACM DNS validation this record carries, when known from the resource. */
  readonly certificateValidationOf?: string;
  /** `<stack>:<terraform address>`, with the `for_each` key when expanded. */
  readonly source: string;
}

/** A Terraform string as a view value: literal text, or unknown with the expression. */
export function viewValue(value: unknown, note?: string): DnsViewValue {
  const text = typeof value === "string" ? value : JSON.stringify(value ?? null);
  return isExpression(text) ? { unknown: text, ...(note ? { note } : {}) } : text;
}

/** A Terraform number (a TTL) as a view value. */
export function viewNumber(value: unknown, note?: string): number | UnknownDnsValue {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return { unknown: typeof value === "string" ? value : JSON.stringify(value ?? null), ...(note ? { note } : {}) };
}

/**
 * The block a whole-string reference `${[data.]<type>.<name>.<attribute>}`
 * points at, when it is a block of `types` in `stack`, with the attribute.
 */
export function referencedBlock(stack: SynthesizedStack, value: unknown, types: readonly string[]): { block: TerraformBlock; attribute: string } | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\$\{(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}$/.exec(value.trim());
  if (!m || !types.includes(m[2])) return undefined;
  const kind = m[1] ? "data" : "resource";
  const block = terraformBlocks(stack.json).find((b) => b.kind === kind && b.type === m[2] && b.name === m[3]);
  return block ? { block, attribute: m[4] } : undefined;
}

/** A string argument of a block, or undefined. */
export function stringArg(config: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const v = config[key];
  return typeof v === "string" ? v : undefined;
}

/** The `for_each` keys of the ACM validation-record pattern (`for ... in aws_acm_certificate.<x>.domain_validation_options: val.domain_name => val`): the certificate's domains. */
export function acmValidationDomains(stack: SynthesizedStack, forEach: unknown): string[] | undefined {
  if (typeof forEach !== "string") return undefined;
  const m = /tolist\(aws_acm_certificate\.([A-Za-z0-9_-]+)\.domain_validation_options\)\s*:\s*val\.domain_name\s*=>/.exec(forEach);
  if (!m) return undefined;
  const cert = asObject(asObject(asObject(stack.json.resource)?.aws_acm_certificate)?.[m[1]]);
  if (!cert) return undefined;
  const domain = typeof cert.domain_name === "string" ? [cert.domain_name] : [];
  const sans = Array.isArray(cert.subject_alternative_names) ? cert.subject_alternative_names.filter((s): s is string => typeof s === "string") : [];
  return [...new Set([...domain, ...sans])];
}
