import { readdirSync, readFileSync } from "fs";
import { dirname, join, normalize, relative } from "path";
import * as ts from "typescript";

/** Source text by path relative to the library root, e.g. `model/capacity.ts`. */
export type SourceFiles = Readonly<Record<string, string>>;

/** One relative import: the importing file and the file it resolves to (both relative to the library root). */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  /** The module specifier as written. */
  readonly specifier: string;
  /** `import type`, `export type`, every binding `type`-marked, or `typeof import(...)`: erased from the JavaScript. */
  readonly typeOnly: boolean;
  /** A `require(...)` or `import(...)` inside a function: it runs when called, not when the module loads. */
  readonly lazy: boolean;
}

/** Reads every `.ts` file under `root` (the library folder). */
export function readSources(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) out[relative(root, path).split("\\").join("/")] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return out;
}

/**
 * Every relative import of every file, read from the TypeScript AST: `import`
 * (type-only or not), `export ... from`, side-effect imports, `import x = require()`,
 * `require(...)`, `import(...)` and `typeof import(...)`. A specifier that does
 * not resolve to a file of the set is reported as an edge to `?<specifier>`.
 */
export function importEdges(files: SourceFiles): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [from, text] of Object.entries(files)) {
    const add = (specifier: string, typeOnly: boolean, lazy = false): void => {
      if (!specifier.startsWith(".")) return;
      const base = normalize(join(dirname(from), specifier)).split("\\").join("/");
      const to = [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => candidate in files) ?? `?${specifier}`;
      edges.push({ from, to, specifier, typeOnly, lazy });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        const bindings = clause?.namedBindings;
        const allTypeMarked = clause !== undefined && !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
        add(node.moduleSpecifier.text, clause?.isTypeOnly === true || allTypeMarked);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        add(node.moduleSpecifier.text, node.isTypeOnly);
      } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
        add(node.moduleReference.expression.text, node.isTypeOnly);
      } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
        const callee = node.expression;
        if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) add(node.arguments[0].text, false, insideFunction(node));
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        add(node.argument.literal.text, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(from, text, ts.ScriptTarget.Latest, true));
  }
  return edges;
}

function insideFunction(node: ts.Node): boolean {
  for (let n = node.parent; n !== undefined; n = n.parent) if (ts.isFunctionLike(n)) return true;
  return false;
}

/** Import cycles: every strongly connected component with more than one file, or a file importing itself (Tarjan). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const e of edges) {
    graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    if (!graph.has(e.to)) graph.set(e.to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

/** The area of a file: its top-level folder, or its name without `.ts` for a file at the root. */
export function areaOf(file: string): string {
  const [first, ...rest] = file.split("/");
  return rest.length > 0 ? first : first.replace(/\.ts$/, "");
}

/**
 * Layers from the bottom up; each entry lists the areas of one layer. A file
 * may import its own area, or an area of a strictly lower layer, nothing else.
 */
export type LayerOrder = readonly (readonly string[])[];

/** Imports that point sideways or upward, and files in an area no layer names. */
export function layerViolations(edges: readonly ImportEdge[], files: SourceFiles, layers: LayerOrder): string[] {
  const rank = new Map<string, number>();
  layers.forEach((areas, i) => areas.forEach((area) => rank.set(area, i)));
  const problems: string[] = [];
  for (const file of Object.keys(files).sort()) {
    if (!rank.has(areaOf(file))) problems.push(`${file}: area "${areaOf(file)}" is in no layer`);
  }
  for (const e of edges) {
    if (e.to.startsWith("?")) {
      problems.push(`${e.from} imports ${e.specifier}, which is no file of the library`);
      continue;
    }
    const fromArea = areaOf(e.from);
    const toArea = areaOf(e.to);
    if (fromArea === toArea) continue;
    const fromRank = rank.get(fromArea);
    const toRank = rank.get(toArea);
    if (fromRank === undefined || toRank === undefined) continue;
    if (toRank >= fromRank) problems.push(`${e.from} (${fromArea}, layer ${fromRank}) imports ${e.to} (${toArea}, layer ${toRank})`);
  }
  return problems;
}
