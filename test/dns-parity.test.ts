import { DualCloudServiceProps, DualCloudValidationError } from "../lib";
import { SynthesizedStack, checkDnsParity, dnsParityReport, runInvariantChecks, synthesizeStacks } from "../lib/checks";
import { pendingDnsInputs } from "../lib/constructs/global/dns-inputs";
import { buildDnsZoneView } from "../lib/dns";
import { buildService, FIVE_DATACENTRES } from "./support/synth";
import { describeWithGcp } from "./support/core";

const NS = {
  aws: ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net", "ns-1025.awsdns-03.co.uk", "ns-1537.awsdns-04.com"],
  azure: ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"],
  gcp: ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com", "ns-cloud-a3.googledomains.com", "ns-cloud-a4.googledomains.com"],
};
/** ACM's records as the AWS stacks' certificate_validation_records output gives them: one for the shared hostname, one per endpoint SAN. */
const ACM = [
  { name: "_0123456789abcdef0123456789abcdef.orders.example.com.", value: "_fedcba9876543210fedcba9876543210.xkzjz.acm-validations.aws." },
  { name: "_1123456789abcdef0123456789abcdef.us-east-1.aws.orders.example.com", value: "_1edcba9876543210fedcba9876543210.xkzjz.acm-validations.aws" },
  { name: "_2123456789abcdef0123456789abcdef.eu-west-1.aws.orders.example.com", value: "_2edcba9876543210fedcba9876543210.xkzjz.acm-validations.aws" },
];
const FIVE: Partial<DualCloudServiceProps> = { datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" } };
const ALL_INPUTS: Partial<DualCloudServiceProps> = { ...FIVE, dns: { nameServers: NS, certificateValidation: { aws: ACM } } };

function synth(props: Partial<DualCloudServiceProps>) {
  const { app, service } = buildService(props);
  return { app, service, stacks: synthesizeStacks(app) };
}

/** `stacks` with the resources of `type` whose `name` matches removed from `stack`. */
function without(stacks: readonly SynthesizedStack[], stack: string, type: string, name: RegExp): SynthesizedStack[] {
  return stacks.map((s) => {
    if (s.name !== stack) return s;
    const json = JSON.parse(JSON.stringify(s.json));
    const byName = json.resource[type] as Record<string, { name: string }>;
    const hits = Object.keys(byName).filter((k) => name.test(byName[k].name));
    expect(hits).toHaveLength(1);
    delete byName[hits[0]];
    return { ...s, json };
  });
}

describe("the DNS parity check", () => {
  describe("given the default app, with no static DNS input yet", () => {
    const { app, service, stacks } = synth({});

    it("finds nothing in the invariant checks: every gap waits for an input", () => {
      expect(runInvariantChecks(app).filter((f) => f.check === "dns-parity")).toEqual([]);
    });

    it("reports each gap as pending, naming the input and the stack output to copy from", () => {
      const { findings, pending } = dnsParityReport(stacks, { pendingInputs: pendingDnsInputs(service.model) });
      expect(findings).toEqual([]);
      expect(pending).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^us-east-1\.aws\.orders\.example\.com\. \(an answer of orders\.example\.com\. in route53\) has no answer in the azure-dns copy of example\.com\. \(the route53 copy answers it\): waiting for dns\.nameServers\.aws \(copy it from orders-global-aws output name_servers\)$/),
          expect.stringMatching(/^eastus\.azure\.orders\.example\.com\. .* no answer in the route53 copy .*: waiting for dns\.nameServers\.azure \(copy it from orders-global-azure output name_servers\)$/),
          expect.stringMatching(/^the certificate-validation name of orders\.example\.com\. .* no answer in the azure-dns copy .*: waiting for dns\.certificateValidation\.aws \(copy it from output certificate_validation_records of orders-aws-us-east-1, orders-aws-eu-west-1\)$/),
        ]),
      );
    });

    it("fails every gap when no input is pending, so the check can fail", () => {
      const findings = checkDnsParity(stacks);
      expect(findings.map((f) => f.address)).toEqual(
        expect.arrayContaining(["us-east-1.aws.orders.example.com.", "eastus.azure.orders.example.com.", "_<acm>.orders.example.com.", "_<acm>.us-east-1.aws.orders.example.com."]),
      );
      expect(findings.every((f) => f.check === "dns-parity" && /allowed: every name a client, a CA or a health checker resolves answered by every copy/.test(f.message))).toBe(true);
    });
  });

  describeWithGcp("given five datacentres with every static input", () => {
    const { app, service, stacks } = synth(ALL_INPUTS);

    it("passes with nothing pending", () => {
      expect(pendingDnsInputs(service.model)).toEqual([]);
      expect(dnsParityReport(stacks)).toEqual({ findings: [], pending: [] });
      expect(runInvariantChecks(app)).toEqual([]);
    });

    it("serves every certificate-validation name of every AWS datacentre from both copies: the shared one as a record, the endpoint ones through the aws subtree's delegation", () => {
      const view = buildDnsZoneView(stacks);
      const [route53, azure] = ["route53", "azure-dns"].map((p) => view.copies.find((c) => c.provider === p && c.zone === "example.com.")!);
      const validated = (copy: typeof route53) => [...new Set(copy.records.map((r) => r.certificateValidationOf).filter((d) => d !== undefined))].sort();
      expect(validated(route53)).toEqual(["eu-west-1.aws.orders.example.com.", "orders.example.com.", "us-east-1.aws.orders.example.com."]);
      expect(validated(azure)).toEqual(["orders.example.com."]);
      expect(azure.records.find((r) => r.certificateValidationOf === "orders.example.com.")).toMatchObject({
        name: "_0123456789abcdef0123456789abcdef.orders.example.com.",
        type: "CNAME",
        values: ["_fedcba9876543210fedcba9876543210.xkzjz.acm-validations.aws."],
      });
      expect(azure.records.find((r) => r.name === "aws.orders.example.com.")).toMatchObject({ type: "NS", values: NS.aws.map((n) => `${n}.`) });
    });
  });

  describeWithGcp("given five datacentres and no static input", () => {
    const { service, stacks } = synth(FIVE);

    it("passes with the inputs pending and fails without", () => {
      expect(checkDnsParity(stacks, { pendingInputs: pendingDnsInputs(service.model) })).toEqual([]);
      expect(checkDnsParity(stacks).map((f) => f.address)).toEqual(expect.arrayContaining(["europe-west1.gcp.orders.example.com.", "gcp.orders.example.com."]));
    });
  });

  describeWithGcp("given fixtures that drop one name from one copy", () => {
    const { stacks } = synth(ALL_INPUTS);

    it("fails when the Azure copy loses the ACM validation record", () => {
      const findings = checkDnsParity(without(stacks, "orders-global-azure", "azurerm_dns_cname_record", /^_0123/));
      expect(findings).toEqual([
        expect.objectContaining({
          check: "dns-parity",
          address: "_<acm>.orders.example.com.",
          message: expect.stringMatching(/^the certificate-validation name of orders\.example\.com\. \(certificate validation, route53\) has no answer in the azure-dns copy of example\.com\. \(the route53 copy answers it\); allowed:/),
        }),
      ]);
    });

    it("fails when the Azure copy loses the delegation of gcp.<domain>", () => {
      const findings = checkDnsParity(without(stacks, "orders-global-azure", "azurerm_dns_ns_record", /^gcp\.orders$/));
      expect(findings.map((f) => `${f.stack} ${f.address}`)).toEqual(
        expect.arrayContaining(["azure-dns example.com. gcp.orders.example.com.", "azure-dns example.com. europe-west1.gcp.orders.example.com."]),
      );
    });

    it("fails when the Azure copy loses an endpoint name that Route 53 delegates to it", () => {
      const findings = checkDnsParity(without(stacks, "orders-azure-eastus", "azurerm_dns_a_record", /^eastus\.azure\.orders$/));
      expect(findings.map((f) => f.message)).toEqual(
        [
          expect.stringMatching(/^eastus\.azure\.orders\.example\.com\. \(an answer of orders\.example\.com\. in route53\) has no answer in the route53 copy of example\.com\., nor in any other copy; allowed:/),
          expect.stringMatching(/^eastus\.azure\.orders\.example\.com\. \(an answer of orders\.example\.com\. in route53\) has no answer in the azure-dns copy of example\.com\., nor in any other copy; allowed:/),
        ],
      );
    });

    it("fails when the copies delegate one subtree to different name servers", () => {
      const changed = stacks.map((s) => {
        if (s.name !== "orders-global-azure") return s;
        const json = JSON.parse(JSON.stringify(s.json));
        const ns = Object.values(json.resource.azurerm_dns_ns_record as Record<string, { name: string; records: string[] }>).find((r) => r.name === "gcp.orders")!;
        ns.records = ["ns-cloud-b1.googledomains.com.", "ns-cloud-b2.googledomains.com.", "ns-cloud-b3.googledomains.com.", "ns-cloud-b4.googledomains.com."];
        return { ...s, json };
      });
      expect(checkDnsParity(changed).map((f) => f.message)).toEqual([expect.stringMatching(/^gcp\.orders\.example\.com\. is delegated to ns-cloud-a1\.googledomains\.com\., .* by the route53 copy but to ns-cloud-b1\.googledomains\.com\., .* by the azure-dns copy/)]);
    });
  });

  describe("dns.certificateValidation", () => {
    it("refuses a record outside the domain and a cloud without a certificate-validation source, naming the field", () => {
      try {
        buildService({ dns: { certificateValidation: { aws: [{ name: "_abc.example.org", value: "_x.acm-validations.aws" }], azure: [] } as never } });
        throw new Error("not refused");
      } catch (e) {
        expect(e).toBeInstanceOf(DualCloudValidationError);
        expect((e as Error).message).toMatch(/dns\.certificateValidation\.azure: .*allowed: no such field; known fields are aws/);
      }
      expect(() => buildService({ dns: { certificateValidation: { aws: [{ name: "_abc.example.org", value: "_x.acm-validations.aws" }] } } })).toThrow(
        /dns\.certificateValidation\.aws\[0\]\.name: received "_abc\.example\.org"; allowed: a validation record name _<token>\.<name>, <name> being orders\.example\.com or a name below it/,
      );
    });
  });
});
