import { readFileSync } from "fs";
import { join } from "path";
import { checkHttpsOnly } from "../lib/checks/https-only";
import { PolicyResource } from "../lib/policy/rule";
import { rule as albTlsRule } from "../lib/policy/rules/aws/aws-alb-listener-tls-policy";
import { rule as sgWebPortsRule } from "../lib/policy/rules/aws/aws-sg-public-ingress-web-ports-only";
import { isPublicWebPort, isPublicWebPortRange } from "../lib/security/ingress";
import { isTls12AlbPolicy } from "../lib/security/tls";
import { readSources } from "./support/import-graph";

/** A resource as a per-resource rule sees it (these rules read only type and config). */
function resource(type: string, config: Record<string, unknown>): PolicyResource {
  return { construct: undefined as unknown as PolicyResource["construct"], type, address: `${type}.x`, config };
}

/** Findings of the HTTPS-only invariant check on one resource. */
function httpsOnly(type: string, config: Record<string, unknown>): string[] {
  return checkHttpsOnly([{ name: "s", json: { resource: { [type]: { x: config } } } }]).map((f) => f.message);
}

describe("the security predicates the invariant checks and the policy rules share", () => {
  const policies: [string, boolean][] = [
    ["ELBSecurityPolicy-TLS13-1-2-2021-06", true],
    ["ELBSecurityPolicy-TLS13-1-2-Res-2021-06", true],
    ["ELBSecurityPolicy-TLS13-1-3-2021-06", true],
    ["ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04", true],
    ["ELBSecurityPolicy-TLS-1-2-Ext-2018-06", true],
    ["ELBSecurityPolicy-FS-1-2-Res-2020-10", true],
    ["ELBSecurityPolicy-TLS13-1-1-2021-06", false],
    ["ELBSecurityPolicy-TLS13-1-0-2021-06", false],
    ["ELBSecurityPolicy-TLS-1-1-2017-01", false],
    ["ELBSecurityPolicy-FS-1-1-2019-08", false],
    ["ELBSecurityPolicy-2016-08", false],
    ["ELBSecurityPolicy-TLS-1-3", false],
  ];

  it.each(policies)("given ssl_policy %s, then both engines agree it is TLS 1.2+ (%s)", (policy, tls12) => {
    expect(isTls12AlbPolicy(policy)).toBe(tls12);
    const listener = { protocol: "HTTPS", ssl_policy: policy };
    expect(httpsOnly("aws_lb_listener", listener)).toHaveLength(tls12 ? 0 : 1);
    expect(albTlsRule.check!(resource("aws_lb_listener", listener)) ?? []).toHaveLength(tls12 ? 0 : 1);
  });

  const ingress: [string, number, number, boolean][] = [
    ["tcp", 443, 443, true],
    ["6", 80, 80, true],
    ["tcp", 22, 22, false],
    ["tcp", 80, 443, false],
    ["udp", 443, 443, false],
    ["-1", 0, 0, false],
  ];

  it.each(ingress)("given internet ingress %s %d-%d, then both engines agree it is a web port (%s)", (protocol, from, to, ok) => {
    expect(isPublicWebPort(protocol, from, to)).toBe(ok);
    const sgRule = { type: "ingress", protocol, from_port: from, to_port: to, cidr_blocks: ["0.0.0.0/0"] };
    expect(httpsOnly("aws_security_group_rule", sgRule)).toHaveLength(ok ? 0 : 1);
    expect(sgWebPortsRule.check!(resource("aws_security_group_rule", sgRule)) ?? []).toHaveLength(ok ? 0 : 1);
  });

  it("given port ranges written as text, then exactly one web port passes", () => {
    expect(["443", "443-443", "80", "80-80"].filter(isPublicWebPortRange)).toHaveLength(4);
    expect(["8443", "0443", "80-443", "all ports", "", "443-80"].filter(isPublicWebPortRange)).toEqual([]);
  });

  it("given lib/, then each shared predicate is defined once, in lib/security or lib/private", () => {
    const files = readSources(join(__dirname, "..", "lib"));
    const definitions = (pattern: RegExp): string[] => Object.entries(files).filter(([, text]) => pattern.test(text)).map(([path]) => path);
    expect(definitions(/ELBSecurityPolicy-\(/)).toEqual(["security/tls.ts"]);
    expect(definitions(/SECRET\|PASSWORD/)).toEqual(["security/secrets.ts"]);
    expect(definitions(/secret_string_wo/)).toEqual(["security/secrets.ts"]);
    expect(definitions(/"0\.0\.0\.0\/0", "::\/0"/)).toEqual(["security/ingress.ts"]);
    expect(definitions(/function (asObject|blocks|blockList)\(/)).toEqual(["private/terraform-values.ts"]);
    expect(definitions(/\.filter\(\(c\): c is DualCloudService =>/)).toEqual(["constructs/find-services.ts"]);
    expect(readFileSync(join(__dirname, "..", "lib", "checks", "https-only.ts"), "utf8")).toContain('from "../security/tls"');
  });
});
