import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join } from "path";

/** Where golden files live. */
export const GOLDEN_DIR = join(__dirname, "..", "__golden__");

/** The one command that regenerates every golden file, deliberately. */
export const REGENERATE_GOLDENS = "UPDATE_GOLDEN=1 npx jest test/goldens.test.ts test/stable-addresses.test.ts";

/** A flat golden: every key maps to one value (a name, a CIDR, a sorted address list). */
export type FlatGolden = Readonly<Record<string, string | readonly string[]>>;

/**
 * The differences between a golden and what was produced now, one line per
 * key: `-` for a key or list item that is gone or changed (Terraform would
 * replace or rename something), `+` for one that is new.
 */
export function goldenDifferences(golden: FlatGolden, now: FlatGolden): string[] {
  const lines: string[] = [];
  for (const key of [...new Set([...Object.keys(golden), ...Object.keys(now)])].sort()) {
    const was = golden[key];
    const is = now[key];
    if (Array.isArray(was) || Array.isArray(is)) {
      const before = new Set<string>(was === undefined ? [] : (was as readonly string[]));
      const after = new Set<string>(is === undefined ? [] : (is as readonly string[]));
      for (const item of before) if (!after.has(item)) lines.push(`  - ${key}: ${item}`);
      for (const item of after) if (!before.has(item)) lines.push(`  + ${key}: ${item}`);
    } else if (was !== is) {
      if (was !== undefined) lines.push(`  - ${key}: ${String(was)}`);
      if (is !== undefined) lines.push(`  + ${key}: ${String(is)}`);
    }
  }
  return lines;
}

/**
 * Compares `now` with the golden file `file` (under test/__golden__), or
 * writes it when `UPDATE_GOLDEN=1`. Any difference fails with the list of
 * differences and the command that regenerates the goldens.
 */
export function expectGolden(file: string, what: string, now: FlatGolden): void {
  const path = join(GOLDEN_DIR, file);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(sortKeys(now), null, 2)}\n`);
    if (process.env.UPDATE_GOLDEN !== "1") throw new Error(`wrote a missing golden to ${path}; review and commit it`);
    return;
  }
  const golden = JSON.parse(readFileSync(path, "utf8")) as FlatGolden;
  const differences = goldenDifferences(golden, now);
  if (differences.length > 0) {
    throw new Error([
      `${what} differ from test/__golden__/${file} (- golden, + now). A removed or changed line is something Terraform would replace, rename or move.`,
      ...differences,
      `If this is deliberate (a new resource, or a reviewed change with a migration note), regenerate and commit the goldens: ${REGENERATE_GOLDENS}`,
    ].join("\n"));
  }
}

function sortKeys(map: FlatGolden): FlatGolden {
  return Object.fromEntries(Object.keys(map).sort().map((k) => [k, map[k]]));
}
