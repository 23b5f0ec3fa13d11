/*
 * cdktf writes every reference as an interpolation-only string,
 * `vpc_id = "${aws_vpc.x.id}"`. Terraform evaluates that to the referenced
 * value unchanged, but `terraform fmt` (1.x) rewrites it to `vpc_id = aws_vpc.x.id`,
 * so `terraform fmt -check` fails on every stack. This unwraps the same
 * strings fmt does (internal/command/fmt.go, formatValueExpr): the whole value
 * of an attribute of a block (not a key inside an object or a list), one
 * line, exactly one interpolation and no literal text around it. Internal.
 */

/** An attribute line: indentation and name, `=`, and the value to its end. */
const ATTRIBUTE = /^(\s*[A-Za-z_][A-Za-z0-9_-]*\s*=\s*)(.*)$/;

/**
 * The expression inside `"${...}"` when `value` is exactly one interpolation
 * sequence (nested strings may hold their own); undefined otherwise.
 */
export function interpolationOnly(value: string): string | undefined {
  if (!value.startsWith('"${') || !value.endsWith('}"')) return undefined;
  // A stack of modes: "expr" (inside ${...}, counting braces) or "str" (inside a nested quoted template).
  const modes: { kind: "expr" | "str"; depth: number }[] = [{ kind: "expr", depth: 0 }];
  for (let i = 3; i < value.length; i++) {
    const mode = modes[modes.length - 1];
    const c = value[i];
    if (mode.kind === "str") {
      if (c === "\\") i++;
      else if (c === '"') modes.pop();
      else if (c === "$" && value[i + 1] === "{") { modes.push({ kind: "expr", depth: 0 }); i++; }
      continue;
    }
    if (c === '"') modes.push({ kind: "str", depth: 0 });
    else if (c === "{") mode.depth++;
    else if (c === "}") {
      if (mode.depth > 0) mode.depth--;
      else {
        modes.pop();
        // The outermost interpolation closed: unwrappable only when the closing quote follows at once and ends the value.
        if (modes.length === 0) return i === value.length - 2 ? value.slice(3, i) : undefined;
      }
    }
  }
  return undefined;
}

/** Net count of `{`/`[`/`(` over `)`/`]`/`}` outside quoted strings on one line. */
function bracketBalance(line: string): number {
  let balance = 0;
  let quote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === '"') quote = false;
    } else if (c === '"') quote = true;
    else if (c === "{" || c === "[" || c === "(") balance++;
    else if (c === "}" || c === "]" || c === ")") balance--;
  }
  return balance;
}

/**
 * HCL with every block attribute whose whole value is one interpolation
 * (`name = "${expr}"`) written as `name = expr`, as `terraform fmt` does.
 * Lines inside an expression that spans lines (an object, a list, a
 * heredoc) are left alone.
 */
export function unwrapInterpolationOnly(hcl: string): string {
  const out: string[] = [];
  let expressionDepth = 0;
  let heredoc: string | undefined;
  for (const line of hcl.split("\n")) {
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined;
      out.push(line);
      continue;
    }
    const attribute = expressionDepth === 0 ? ATTRIBUTE.exec(line) : null;
    if (attribute) {
      const marker = /^<<-?([A-Za-z_][A-Za-z0-9_]*)$/.exec(attribute[2].trim());
      if (marker) heredoc = marker[1];
      const inner = interpolationOnly(attribute[2].trimEnd());
      out.push(inner === undefined ? line : `${attribute[1]}${inner}`);
      if (!marker) expressionDepth = Math.max(0, bracketBalance(attribute[2]));
      continue;
    }
    if (expressionDepth > 0) expressionDepth = Math.max(0, expressionDepth + bracketBalance(line));
    out.push(line);
  }
  return out.join("\n");
}
