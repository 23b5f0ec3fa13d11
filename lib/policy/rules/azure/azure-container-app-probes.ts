import { defineRule } from "../../rule";
import { blocks, firstBlock } from "../../values";

/** Container Apps probe their containers, so a broken replica leaves rotation. */
export const rule = defineRule({
  id: "azure-container-app-probes",
  description: "Every container of a container app has a liveness probe and a readiness probe.",
  severity: "warning",
  area: "azure",
  resourceTypes: ["azurerm_container_app"],
  equivalents: {},
  fix: "add liveness_probe and readiness_probe (transport HTTP, the service port and health path) to each container.",
  check(r) {
    return blocks(firstBlock(r.config.template)?.container)
      .filter((c) => blocks(c.liveness_probe).length === 0 || blocks(c.readiness_probe).length === 0)
      .map((c) => `container ${String(c.name)} lacks a liveness or readiness probe`);
  },
});
