import { PolicyResource } from "../rule";
import { asObject, jsonDocument } from "../values";

/** The container definitions of an ECS task definition (empty when unknown at synth). */
export function containerDefinitions(r: PolicyResource): Record<string, unknown>[] {
  const doc = jsonDocument(r.config.container_definitions);
  return Array.isArray(doc) ? doc.map(asObject).filter((c): c is Record<string, unknown> => c !== undefined) : [];
}

/** A container's name for messages. */
export function containerName(c: Record<string, unknown>): string {
  return typeof c.name === "string" ? c.name : "(unnamed)";
}
