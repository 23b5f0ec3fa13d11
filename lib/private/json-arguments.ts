/*
 * JSON-valued Terraform arguments (ECS container definitions, policies) are
 * built with Fn.jsonencode, so both `cdktf synth` and `cdktf synth --hcl`
 * write an expression Terraform parses. This file holds both directions:
 * preparing literal text for Fn.jsonencode, and reading the value back from
 * the synthesized `${jsonencode(...)}` expression (for the checks, the policy
 * engine and the runtime contract). Internal: not exported from the package.
 */

/**
 * Prepares a string for Fn.jsonencode so the HCL string cdktf writes evaluates
 * to the same text the Terraform JSON string did. cdktf (0.21) escapes only
 * newlines and `${` inside function arguments, so backslashes, quotes, tabs
 * and carriage returns are escaped here. The service model holds Terraform
 * JSON template text, where `$${` is a literal `${`: it is unescaped here
 * because cdktf escapes `${` again. `%%{` is already the HCL escape of `%{`.
 */
export function forJsonencode(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(/\$\$\{/g, "${");
}

/** Applies {@link forJsonencode} to every string of a JSON-like value. */
export function deepForJsonencode<T>(value: T): T {
  if (typeof value === "string") return forJsonencode(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => deepForJsonencode(v)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepForJsonencode(v)])) as T;
  }
  return value;
}

const PREFIX = "${jsonencode(";
const SUFFIX = ")}";

/**
 * Reads a JSON-valued argument as a value: a JSON string, or a whole
 * `${jsonencode(<HCL literal>)}` expression as cdktf writes it. References
 * inside stay as `${...}` text in the strings that hold them, and a bare
 * reference becomes the string `${<reference>}`. Undefined when the argument
 * is neither (e.g. a pure reference to a data source's JSON).
 */
export function decodeJsonArgument(value: unknown): unknown {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text.startsWith(PREFIX) && text.endsWith(SUFFIX)) {
    try {
      const parser = new HclLiteralParser(text.slice(PREFIX.length, -SUFFIX.length));
      const result = parser.value();
      parser.end();
      return result;
    } catch {
      return undefined;
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A parser for the HCL literal syntax cdktf writes inside jsonencode(...): tuples, objects, strings, numbers, booleans, null and references. */
class HclLiteralParser {
  private i = 0;
  constructor(private readonly s: string) {}

  public value(): unknown {
    this.space();
    const c = this.s[this.i];
    if (c === "[") return this.list("]", () => this.value());
    if (c === "{") {
      const out: Record<string, unknown> = {};
      this.list("}", () => {
        const key = this.key();
        this.space();
        if (this.s[this.i] !== "=" && this.s[this.i] !== ":") throw new Error(`expected = at ${this.i}`);
        this.i++;
        out[key] = this.value();
      });
      return out;
    }
    if (c === '"') return this.string();
    const m = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![\w.])/.exec(this.s.slice(this.i));
    if (m) {
      this.i += m[0].length;
      return m[1] === "true" ? true : m[1] === "false" ? false : m[1] === "null" ? null : Number(m[1]);
    }
    return `\${${this.reference()}}`;
  }

  public end(): void {
    this.space();
    if (this.i !== this.s.length) throw new Error(`trailing text at ${this.i}`);
  }

  private list(close: string, item: () => void): unknown[] {
    const items: unknown[] = [];
    this.i++;
    this.space();
    while (this.s[this.i] !== close) {
      const before = this.i;
      const v = item();
      items.push(v);
      this.space();
      if (this.s[this.i] === ",") this.i++;
      else if (this.s[this.i] !== close) throw new Error(`expected , or ${close} at ${this.i}`);
      this.space();
      if (this.i === before) throw new Error(`no progress at ${this.i}`);
    }
    this.i++;
    return items;
  }

  private key(): string {
    this.space();
    if (this.s[this.i] === '"') return this.string();
    const m = /^[A-Za-z_][\w-]*/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`expected a key at ${this.i}`);
    this.i += m[0].length;
    return m[0];
  }

  /** A quoted HCL template: escapes decoded, `$${`/`%%{` made literal, interpolations kept as `${...}` text. */
  private string(): string {
    let out = "";
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) throw new Error("unterminated string");
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === "\\") {
        const e = this.s[this.i + 1];
        const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
        if (e in simple) {
          out += simple[e];
          this.i += 2;
        } else if (e === "u") {
          out += String.fromCharCode(parseInt(this.s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
        } else throw new Error(`unknown escape at ${this.i}`);
      } else if (this.s.startsWith("$${", this.i) || this.s.startsWith("%%{", this.i)) {
        out += `${c}{`;
        this.i += 3;
      } else if (this.s.startsWith("${", this.i)) {
        const start = this.i;
        this.i += 2;
        this.reference("}");
        this.i++;
        out += this.s.slice(start, this.i);
      } else {
        out += c;
        this.i++;
      }
    }
  }

  /** A reference or expression up to `,`, `]`, `}` (or `stop`) at depth 0; strings inside are skipped. */
  private reference(stop?: string): string {
    const start = this.i;
    let depth = 0;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (depth === 0 && (c === stop || (stop === undefined && (c === "," || c === "]" || c === "}")))) break;
      if (c === '"') {
        this.string();
        continue;
      }
      if (c === "(" || c === "[" || c === "{") depth++;
      if (c === ")" || c === "]" || c === "}") depth--;
      this.i++;
    }
    const text = this.s.slice(start, this.i).trim();
    if (text.length === 0) throw new Error(`expected a value at ${start}`);
    return text;
  }

  private space(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }
}
