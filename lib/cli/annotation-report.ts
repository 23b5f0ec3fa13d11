/** One annotation cdktf recorded for a stack in manifest.json. */
export interface ManifestAnnotation {
  /** Construct path it was added on (after grouping: the stacks it applies to). */
  readonly constructPath: string;
  /** `@cdktf/info`, `@cdktf/warn` or `@cdktf/error`. */
  readonly level: string;
  /** The message. */
  readonly message: string;
}

/** One stack of cdktf.out/manifest.json. */
export interface ManifestStack {
  /** Stack name. */
  readonly name: string;
  /** Path of the synthesized file, relative to the output directory. */
  readonly synthesizedStackPath: string;
  /** Annotations on the stack and its constructs. */
  readonly annotations: readonly ManifestAnnotation[];
}

/** One kind of annotation and the stacks it was recorded on. */
export interface AnnotationGroup {
  /** `WARN` or `ERROR`. */
  readonly level: string;
  /** The message, with the stack's own name replaced by `<stack>`. */
  readonly message: string;
  /** Stacks the message applies to, in manifest order. */
  readonly stacks: readonly string[];
}

/** The manifest levels grouped, and the word each prints as (cdktf prints the same words). */
export const GROUPED_LEVELS: Readonly<Record<string, string>> = { "@cdktf/warn": "WARN", "@cdktf/error": "ERROR" };

/**
 * Warnings and errors of every stack, one group per kind: the same message
 * (up to the stack's own name) on several stacks is one group. Info
 * annotations (policy suppressions) are left out: the synth summary lists them.
 */
export function groupAnnotations(stacks: readonly ManifestStack[]): AnnotationGroup[] {
  const groups = new Map<string, { level: string; message: string; stacks: string[] }>();
  for (const stack of stacks) {
    for (const a of stack.annotations) {
      const level = GROUPED_LEVELS[a.level];
      if (level === undefined) continue;
      const message = a.message.replace(ownName(stack.name), "<stack>");
      const key = `${level} ${message}`;
      const group = groups.get(key) ?? { level, message, stacks: [] };
      if (!group.stacks.includes(stack.name)) group.stacks.push(stack.name);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === "ERROR" ? -1 : 1));
}

/** The stack's name as a whole word (not inside a longer name or word), everywhere in a message. */
function ownName(name: string): RegExp {
  return new RegExp(`(?<![\\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "g");
}

/** One line per group: level, the stacks, then the message. */
export function renderAnnotationGroups(groups: readonly AnnotationGroup[]): string[] {
  return groups.map((g) => `${g.level} [${g.stacks.join(", ")}] ${g.message}`);
}
