import { CLOUD_ARMOR_PRECONFIGURED_RULES } from "../lib/constructs/gcp/waf-rules";
import { GcpDatacentre } from "../lib/constructs/gcp/gcp-datacentre";
import { policyFindings } from "../lib/policy";
import { suppressionReason } from "../lib/policy/suppressions";
import { DualCloudServiceProps } from "../lib";
import { buildService, resourcesOfType, StackJson, synthStack } from "./support/synth";

const GCP_APP: Partial<DualCloudServiceProps> = {
  healthCheckPath: "/health",
  datacentres: [{ cloud: "aws", region: "us-east-1" }, { cloud: "gcp", region: "europe-west1" }],
  gcp: { projectId: "acme-orders" },
};

function gcpStack(props: Partial<DualCloudServiceProps>) {
  const { service } = buildService({ ...GCP_APP, ...props });
  const stack = service.datacentreStacks.find((s) => s.node.id === "orders-gcp-europe-west1")!;
  const dc = stack.node.children.find((c): c is GcpDatacentre => c instanceof GcpDatacentre)!;
  return { stack, dc, json: synthStack(stack) };
}

function only(json: StackJson, type: string): [string, StackJson] {
  const all = Object.entries((json.resource?.[type] ?? {}) as Record<string, StackJson>);
  expect(all).toHaveLength(1);
  return all[0];
}

describe("Cloud Armor (createCloudArmorPolicy)", () => {
  describe("given the default waf", () => {
    const { stack, json } = gcpStack({});
    const [policyName, policy] = only(json, "google_compute_security_policy");

    it("then the backend service uses the datacentre's Cloud Armor policy", () => {
      expect(only(json, "google_compute_backend_service")[1].security_policy).toBe(`\${google_compute_security_policy.${policyName}.id}`);
      expect(policy).toMatchObject({ name: "orders-europe-west1", type: "CLOUD_ARMOR" });
    });

    it("then every preconfigured OWASP CRS 3.3 rule refuses with 403 at sensitivity 1, enforced", () => {
      const waf = (policy.rule as StackJson[]).filter((r) => r.action === "deny(403)");
      expect(waf.map((r) => [r.priority, r.preview, r.match.expr.expression])).toEqual(
        CLOUD_ARMOR_PRECONFIGURED_RULES.map((name, i) => [1000 + i * 10, false, `evaluatePreconfiguredWaf('${name}', {'sensitivity': 1})`]),
      );
    });

    it("then a throttle of 2000 per client IP per 300 s answers 429 after the WAF rules, and the default rule allows", () => {
      const rules = policy.rule as StackJson[];
      expect(rules.find((r) => r.action === "throttle")).toMatchObject({
        priority: 2000,
        preview: false,
        match: { versioned_expr: "SRC_IPS_V1", config: { src_ip_ranges: ["*"] } },
        rate_limit_options: { conform_action: "allow", exceed_action: "deny(429)", enforce_on_key: "IP", rate_limit_threshold: { count: 2000, interval_sec: 300 } },
      });
      expect(rules[rules.length - 1]).toMatchObject({ priority: 2147483647, action: "allow" });
    });

    it("then no policy rule fires on the backend", () => {
      expect(policyFindings(stack).filter((f) => f.ruleId === "gcp-backend-service-cloud-armor")).toEqual([]);
    });
  });

  describe("given count mode and an exclusion", () => {
    const { json } = gcpStack({ waf: { mode: "count", exclusions: { gcp: ["sqli-v33-stable/owasp-crs-v030301-id942421-sqli"] } } });
    const rules = only(json, "google_compute_security_policy")[1].rule as StackJson[];

    it("then every rule except the default is in preview", () => {
      expect(rules.filter((r) => r.priority !== 2147483647).every((r) => r.preview === true)).toBe(true);
    });

    it("then the excluded signature is opted out of its rule only", () => {
      expect(rules[0].match.expr.expression).toBe("evaluatePreconfiguredWaf('sqli-v33-stable', {'sensitivity': 1, 'opt_out_rule_ids': ['owasp-crs-v030301-id942421-sqli']})");
      expect(rules.filter((r) => r.match.expr?.expression.includes("opt_out_rule_ids"))).toHaveLength(1);
    });
  });

  describe("given waf.disabledOn gcp", () => {
    const { stack, dc, json } = gcpStack({ waf: { disabledOn: ["gcp"] } });

    it("then there is no policy, and the missing one is a recorded suppression, not an error", () => {
      expect(resourcesOfType(json, "google_compute_security_policy")).toEqual([]);
      expect(only(json, "google_compute_backend_service")[1].security_policy).toBeUndefined();
      expect(policyFindings(stack).filter((f) => f.ruleId === "gcp-backend-service-cloud-armor")).toEqual([]);
      expect(suppressionReason(dc.backendService!, "gcp-backend-service-cloud-armor")).toMatch(/waf\.disabledOn lists gcp/);
    });
  });
});
