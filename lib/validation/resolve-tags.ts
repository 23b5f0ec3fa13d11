import { FieldChecker } from "./checker";

/** Resolves `tags`, adding `service` and `managed-by`. */
export function resolveTags(check: FieldChecker, raw: unknown, serviceName: string): Record<string, string> {
  const map = check.optional(raw, {}, (v) => check.stringMap("tags", v));
  const keys = Object.keys(map);
  if (keys.length > 40) check.fail("tags", map, "at most 40 tags (both clouds allow 50, and dualcloud adds its own)");
  const tags: Record<string, string> = {};
  for (const key of keys) {
    check.string(`tags.${key}`, key, /^(?!aws:)(?!__proto__$)[A-Za-z0-9 _.:/=+@-]+$/, "a tag key of 1-128 letters, digits, spaces and _ . : / = + @ -, not starting with aws: and not __proto__", 1, 128);
    const value = map[key];
    check.string(`tags.${key}`, value, /^[A-Za-z0-9 _.:/=+@-]*$/, "a tag value of at most 256 letters, digits, spaces and _ . : / = + @ -", 0, 256);
    tags[key] = value as string;
  }
  return { ...tags, service: serviceName, "managed-by": "dualcloud" };
}
