import { defineRule } from "../../rule";
import { firstBlock, isUnknown, num, str, unknownProblem } from "../../values";

/** Traffic Manager probes every endpoint over HTTPS on 443. */
export const rule = defineRule({
  id: "global-traffic-manager-https-monitor",
  description: "Every Traffic Manager profile's monitor_config uses protocol HTTPS on port 443 with a path.",
  severity: "error",
  area: "global",
  resourceTypes: ["azurerm_traffic_manager_profile"],
  equivalents: {},
  fix: "set monitor_config { protocol = \"HTTPS\", port = 443, path = <health path> }.",
  check(r) {
    const m = firstBlock(r.config.monitor_config);
    if (!m) return ["no monitor_config"];
    const out = [unknownProblem("monitor_config.protocol", m.protocol), unknownProblem("monitor_config.port", m.port)].filter((p): p is string => p !== undefined);
    if (!isUnknown(m.protocol) && str(m.protocol) !== "HTTPS") out.push(`the monitor protocol is ${str(m.protocol) ?? "missing"}, not HTTPS`);
    const port = num(m.port);
    if (port !== undefined && port !== 443) out.push(`the monitor probes port ${port}, not 443`);
    if (m.path === undefined) out.push("the monitor has no path");
    return out;
  },
});
