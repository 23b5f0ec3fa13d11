import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import * as ts from "typescript";

/** A cloud as the seam scan sees it: its name and its provider package. */
export interface SeamCloud {
  readonly name: string;
  readonly providerPackage: string;
}

/** One place where code outside a cloud's folder (and the registry) names that cloud. */
export interface SeamViolation {
  /** File, relative to the scanned root, with `/` separators. */
  readonly file: string;
  /** The cloud named. */
  readonly cloud: string;
  /** `import` (of the cloud's folder), `provider` (its provider package) or `literal` (its name as a string or literal type). */
  readonly kind: "import" | "provider" | "literal";
  /** The offending text. */
  readonly text: string;
}

/** Where each cloud's own code may live, relative to the scanned `lib/`. */
export function cloudZones(cloud: string): string[] {
  return [`constructs/${cloud}/`, `policy/rules/${cloud}/`, `${cloud}.ts`];
}

/** The registry, the files that list every cloud: its plugins, and its props half (each cloud's props members). */
export const REGISTRY_FILES: readonly string[] = ["clouds/registry.ts", "clouds/registry-props.ts"];

/** Every `.ts` file under `dir`, relative to it, with `/` separators. */
export function tsFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return tsFiles(path, base);
    return entry.endsWith(".ts") ? [relative(base, path).split("\\").join("/")] : [];
  });
}

/** Module specifiers a file imports or requires (static, dynamic, type-only and `import("...")` types). */
function specifiersAndLiterals(text: string): { specifiers: { text: string; typeOnly: boolean }[]; literals: string[] } {
  const source = ts.createSourceFile("scan.ts", text, ts.ScriptTarget.ES2022, true);
  const specifiers: { text: string; typeOnly: boolean }[] = [];
  const literals: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
      specifiers.push({ text: node.moduleSpecifier.text, typeOnly });
      return;
    }
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if ((ts.isIdentifier(callee) && callee.text === "require") || callee.kind === ts.SyntaxKind.ImportKeyword) {
        specifiers.push({ text: node.arguments[0].text, typeOnly: false });
        return;
      }
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push({ text: node.argument.literal.text, typeOnly: true });
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { specifiers, literals };
}

/**
 * Scans every `.ts` file under `libDir` for code that names a specific cloud
 * outside that cloud's zones ({@link cloudZones}) and the registry: a relative
 * import into `constructs/<cloud>/`, an import of the cloud's provider
 * package, or the cloud's name as a string literal or literal type (comments
 * do not count; template literals with substitutions do not either).
 *
 * @param libDir the `lib/` directory to scan
 * @param clouds every cloud of the registry
 * @param allowed files (relative to `libDir`) exempt, with the reason each is
 */
export function findSeamViolations(libDir: string, clouds: readonly SeamCloud[], allowed: Readonly<Record<string, string>> = {}): SeamViolation[] {
  const violations: SeamViolation[] = [];
  for (const file of tsFiles(libDir)) {
    if (REGISTRY_FILES.includes(file) || allowed[file] !== undefined) continue;
    const { specifiers, literals } = specifiersAndLiterals(readFileSync(join(libDir, file), "utf8"));
    for (const cloud of clouds) {
      if (cloudZones(cloud.name).some((zone) => (zone.endsWith("/") ? file.startsWith(zone) : file === zone))) continue;
      for (const { text } of specifiers) {
        if (text.startsWith(".")) {
          const target = relative(libDir, resolve(libDir, dirname(file), text)).split("\\").join("/");
          if (target.startsWith(`constructs/${cloud.name}/`)) violations.push({ file, cloud: cloud.name, kind: "import", text });
        } else if (text === cloud.providerPackage || text.startsWith(`${cloud.providerPackage}/`)) {
          violations.push({ file, cloud: cloud.name, kind: "provider", text });
        }
      }
      for (const literal of literals) {
        if (literal === cloud.name) violations.push({ file, cloud: cloud.name, kind: "literal", text: JSON.stringify(literal) });
      }
    }
  }
  return violations;
}

/**
 * Provider packages reached from `entry` through static, non-type imports of
 * relative modules (a `require` inside a function body is lazy and not
 * followed): what loading `entry` loads eagerly.
 */
export function eagerProviderImports(entry: string, providerPrefix = "@cdktf/provider-"): { file: string; pkg: string }[] {
  const seen = new Set<string>();
  const found: { file: string; pkg: string }[] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    for (const statement of source.statements) {
      const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
      const isExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier !== undefined;
      if (!isImport && !isExport) continue;
      const specifier = ((statement as ts.ImportDeclaration | ts.ExportDeclaration).moduleSpecifier as ts.StringLiteral).text;
      if (specifier.startsWith(providerPrefix)) found.push({ file, pkg: specifier });
      else if (specifier.startsWith(".")) visit(`${resolve(dirname(file), specifier)}${specifier.endsWith(".ts") ? "" : existsTs(resolve(dirname(file), specifier))}`);
    }
  };
  visit(entry);
  return found;
}

function existsTs(base: string): string {
  try {
    if (statSync(`${base}.ts`).isFile()) return ".ts";
  } catch {
    // a folder: its index
  }
  return "/index.ts";
}
