import { defineRule } from "../../rule";
import { bool, firstBlock, str, unknownProblem } from "../../values";

/** Docker tags in Artifact Registry cannot be moved to other images. */
export const rule = defineRule({
  id: "gcp-artifact-registry-immutable-tags",
  description: "Every Docker Artifact Registry repository sets docker_config.immutable_tags to true.",
  severity: "error",
  area: "gcp",
  resourceTypes: ["google_artifact_registry_repository"],
  equivalents: {},
  fix: "set docker_config { immutable_tags = true } (mutable tags let datacentres run different code under one tag).",
  check(r) {
    if (str(r.config.format)?.toUpperCase() !== "DOCKER") return undefined;
    const immutable = firstBlock(r.config.docker_config)?.immutable_tags;
    const unknown = unknownProblem("docker_config.immutable_tags", immutable);
    if (unknown) return [unknown];
    if (bool(immutable) === true) return undefined;
    return ["tags are mutable"];
  },
});
