import { defineRule, PolicyViolation } from "../../rule";
import { bool, firstBlock, refersTo } from "../../values";

/** Plain HTTP on a load balancer only ever redirects to HTTPS; it never serves. */
export const rule = defineRule({
  id: "gcp-http-proxy-redirects-to-https",
  description: "Every target HTTP proxy's URL map only redirects to HTTPS (default_url_redirect with https_redirect = true, no backend service).",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_compute_target_http_proxy", "google_compute_url_map"],
  equivalents: {},
  fix: "point the HTTP proxy at a URL map with default_url_redirect { https_redirect = true, strip_query = false } and no default_service or path matchers.",
  checkStack(index) {
    const maps = index.ofType("google_compute_url_map");
    const out: PolicyViolation[] = [];
    for (const proxy of index.ofType("google_compute_target_http_proxy")) {
      const map = maps.find((m) => refersTo(proxy.config.url_map, m, ["name"]));
      if (!map) {
        out.push({ resource: proxy, message: "its URL map is not in this stack, so nothing shows it only redirects" });
        continue;
      }
      const redirect = firstBlock(map.config.default_url_redirect);
      const serves = map.config.default_service !== undefined || map.config.path_matcher !== undefined || map.config.host_rule !== undefined;
      if (bool(redirect?.https_redirect) !== true || serves) out.push({ resource: proxy, message: "plain HTTP is served instead of redirected to HTTPS" });
    }
    return out;
  },
});
