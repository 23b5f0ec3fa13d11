import { Finding } from "./finding";
import { blocks } from "../private/terraform-values";
import { includesInternet, isPublicWebPort, isPublicWebPortRange } from "../security/ingress";
import { GCP_MIN_TLS_VERSIONS, isTls12AlbPolicy, STORAGE_MIN_TLS_VERSIONS } from "../security/tls";
import { SynthesizedStack, TerraformBlock, terraformBlocks } from "../terraform/terraform-json";

const CHECK = "https-only" as const;

/**
 * HTTPS only: no load balancer listener forwards plain HTTP (an
 * HTTP listener may only redirect to HTTPS), HTTPS listeners use a TLS 1.2+
 * policy, the internet reaches only ports 443 and 80, Container Apps refuse
 * insecure connections, storage accounts refuse HTTP and old TLS, Google
 * load balancers use a TLS 1.2+ SSL policy, forward only 443 and 80 (which
 * only redirects) and are the only way into Cloud Run, and every health probe
 * of the global layers uses HTTPS.
 */
export function checkHttpsOnly(stacks: readonly SynthesizedStack[]): Finding[] {
  const findings: Finding[] = [];
  for (const stack of stacks) {
    const resources = terraformBlocks(stack.json).filter((b) => b.kind === "resource");
    const finding = (address: string, message: string): void => {
      findings.push({ check: CHECK, stack: stack.name, address, message });
    };
    const httpListeners = new Set<string>();
    for (const b of resources) {
      const c = b.config;
      switch (b.type) {
        case "aws_lb_listener":
        case "aws_alb_listener": {
          const protocol = String(c.protocol ?? (c.certificate_arn ? "HTTPS" : "HTTP")).toUpperCase();
          if (protocol === "HTTP") {
            httpListeners.add(`${b.type}.${b.name}`);
            blocks(c.default_action).forEach((a, i) => {
              if (!redirectsToHttps(a)) finding(`${b.address}.default_action[${i}]`, `an HTTP listener that ${String(a.type)}s; allowed: only a redirect to HTTPS`);
            });
          } else if (protocol === "HTTPS" || protocol === "TLS") {
            if (!isTls12AlbPolicy(c.ssl_policy)) {
              finding(`${b.address}.ssl_policy`, `TLS policy ${JSON.stringify(c.ssl_policy ?? "(provider default, which allows TLS 1.0)")}; allowed: a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06`);
            }
          }
          break;
        }
        case "aws_security_group":
          blocks(c.ingress).forEach((rule, i) => checkIngress(`${b.address}.ingress[${i}]`, rule, [...list(rule.cidr_blocks), ...list(rule.ipv6_cidr_blocks)], finding));
          break;
        case "aws_security_group_rule":
          if (c.type === "ingress") checkIngress(b.address, c, [...list(c.cidr_blocks), ...list(c.ipv6_cidr_blocks)], finding);
          break;
        case "aws_vpc_security_group_ingress_rule":
          checkIngress(b.address, c, [...list(c.cidr_ipv4), ...list(c.cidr_ipv6)], finding);
          break;
        case "azurerm_container_app":
          blocks(c.ingress).forEach((ingress, i) => {
            if (ingress.allow_insecure_connections === true) finding(`${b.address}.ingress[${i}].allow_insecure_connections`, "the app accepts plain HTTP; allowed: false");
          });
          break;
        case "azurerm_storage_account":
          if (c.https_traffic_only_enabled === false) finding(`${b.address}.https_traffic_only_enabled`, "the account accepts plain HTTP; allowed: true");
          if (c.min_tls_version !== undefined && !STORAGE_MIN_TLS_VERSIONS.includes(String(c.min_tls_version))) {
            finding(`${b.address}.min_tls_version`, `${String(c.min_tls_version)}; allowed: TLS1_2 or later`);
          }
          break;
        case "aws_route53_health_check":
          if (["HTTP", "HTTP_STR_MATCH", "TCP"].includes(String(c.type))) finding(`${b.address}.type`, `a ${String(c.type)} probe; allowed: HTTPS or HTTPS_STR_MATCH`);
          break;
        case "google_compute_ssl_policy":
          if (!GCP_MIN_TLS_VERSIONS.includes(String(c.min_tls_version ?? "TLS_1_0"))) {
            finding(`${b.address}.min_tls_version`, `${String(c.min_tls_version ?? "(unset, which allows TLS 1.0)")}; allowed: TLS_1_2 or later`);
          }
          break;
        case "google_compute_target_https_proxy":
          if (typeof c.ssl_policy !== "string" || c.ssl_policy === "") finding(`${b.address}.ssl_policy`, "no SSL policy, so Google's default (TLS 1.0) applies; allowed: a policy with min_tls_version TLS_1_2");
          break;
        case "google_cloud_run_v2_service":
          if (!["INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER", "INGRESS_TRAFFIC_INTERNAL_ONLY"].includes(String(c.ingress ?? "INGRESS_TRAFFIC_ALL"))) {
            finding(`${b.address}.ingress`, `${String(c.ingress ?? "INGRESS_TRAFFIC_ALL")}: the internet reaches the service around the HTTPS load balancer; allowed: INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER`);
          }
          break;
        case "google_compute_target_http_proxy": {
          const map = resources.find((m) => m.type === "google_compute_url_map" && typeof c.url_map === "string" && c.url_map.includes(`${m.type}.${m.name}.`));
          const redirect = map ? blocks(map.config.default_url_redirect)[0] : undefined;
          if (!map || redirect?.https_redirect !== true || map.config.default_service !== undefined) {
            finding(`${b.address}.url_map`, "plain HTTP is not only redirected to HTTPS; allowed: a URL map with default_url_redirect.https_redirect true and no backend");
          }
          break;
        }
        case "google_compute_global_forwarding_rule":
        case "google_compute_forwarding_rule":
          if (c.load_balancing_scheme === undefined || String(c.load_balancing_scheme).startsWith("EXTERNAL")) {
            const ports = String(c.port_range ?? "all ports");
            if (!isPublicWebPortRange(ports)) finding(`${b.address}.port_range`, `internet ingress on ${ports}; allowed: 443, and 80 only to redirect`);
          }
          break;
        case "azurerm_traffic_manager_profile":
          blocks(c.monitor_config).forEach((m, i) => {
            if (String(m.protocol).toUpperCase() !== "HTTPS") finding(`${b.address}.monitor_config[${i}].protocol`, `a ${String(m.protocol)} probe; allowed: HTTPS`);
          });
          break;
      }
    }
    for (const b of resources.filter((x) => x.type === "aws_lb_listener_rule" || x.type === "aws_alb_listener_rule")) {
      if (!listensOnHttp(b, httpListeners)) continue;
      blocks(b.config.action).forEach((a, i) => {
        if (!redirectsToHttps(a)) finding(`${b.address}.action[${i}]`, `a rule on an HTTP listener that ${String(a.type)}s; allowed: only a redirect to HTTPS`);
      });
    }
  }
  return findings;
}

function redirectsToHttps(action: Readonly<Record<string, unknown>>): boolean {
  return action.type === "redirect" && blocks(action.redirect).every((r) => String(r.protocol).toUpperCase() === "HTTPS");
}

function listensOnHttp(rule: TerraformBlock, httpListeners: ReadonlySet<string>): boolean {
  const arn = rule.config.listener_arn;
  return typeof arn === "string" && [...httpListeners].some((l) => arn.includes(`${l}.`));
}

function checkIngress(address: string, rule: Readonly<Record<string, unknown>>, cidrs: string[], finding: (address: string, message: string) => void): void {
  if (!includesInternet(cidrs)) return;
  const protocol = String(rule.ip_protocol ?? rule.protocol ?? "tcp");
  const from = Number(rule.from_port);
  const to = Number(rule.to_port);
  if (!isPublicWebPort(protocol, from, to)) finding(address, `internet ingress on ${protocol} ${Number.isNaN(from) ? "all ports" : from === to ? from : `${from}-${to}`}; allowed: tcp 443, and tcp 80 only to redirect`);
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}
