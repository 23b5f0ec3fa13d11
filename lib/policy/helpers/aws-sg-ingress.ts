import { PolicyResource } from "../rule";
import { includesInternet } from "../../security/ingress";
import { blocks, isUnknown, num, str, strings } from "../values";

/** One ingress permission, from any of the three ways Terraform can declare it. */
export interface IngressPermission {
  readonly sources: readonly string[];
  /** CIDR sources only known at apply (references or expressions). */
  readonly unknownSources: readonly string[];
  readonly fromPort?: number;
  readonly toPort?: number;
  readonly protocol?: string;
  readonly description?: string;
}

/** Security-group resource types that carry ingress permissions. */
export const SG_INGRESS_TYPES = ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"] as const;

/** The ingress permissions a security-group resource declares. */
export function ingressPermissions(r: PolicyResource): IngressPermission[] {
  const c = r.config;
  const perm = (b: Record<string, unknown>, sources: string[], raw: unknown[] = []): IngressPermission => ({
    sources,
    unknownSources: raw.flatMap((v) => (Array.isArray(v) ? v : [v])).filter(isUnknown).map(String),
    fromPort: num(b.from_port),
    toPort: num(b.to_port),
    protocol: str(b.protocol) ?? str(b.ip_protocol),
    description: str(b.description),
  });
  switch (r.type) {
    case "aws_security_group":
      return blocks(c.ingress).map((b) => perm(b, [...strings(b.cidr_blocks), ...strings(b.ipv6_cidr_blocks)], [b.cidr_blocks, b.ipv6_cidr_blocks]));
    case "aws_security_group_rule":
      return str(c.type) === "ingress" ? [perm(c, [...strings(c.cidr_blocks), ...strings(c.ipv6_cidr_blocks)], [c.cidr_blocks, c.ipv6_cidr_blocks])] : [];
    case "aws_vpc_security_group_ingress_rule":
      return [perm(c, [...strings(c.cidr_ipv4), ...strings(c.cidr_ipv6)], [c.cidr_ipv4, c.cidr_ipv6])];
    default:
      return [];
  }
}

/** Whether a permission is open to the whole internet. */
export function isPublic(p: IngressPermission): boolean {
  return includesInternet(p.sources);
}

/** Renders a permission's port range. */
export function portRange(p: IngressPermission): string {
  if (p.protocol === "-1" || p.protocol === "all") return "all ports";
  return p.fromPort === p.toPort ? `port ${p.fromPort}` : `ports ${p.fromPort}-${p.toPort}`;
}
