import { distance } from "fastest-levenshtein";

/** The `count` candidates closest to `input` by edit distance, best first. */
export function nearest(input: string, candidates: readonly string[], count = 3): string[] {
  return [...candidates]
    .map((c) => ({ c, d: distance(input.toLowerCase(), c) }))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, count)
    .map((x) => x.c);
}
