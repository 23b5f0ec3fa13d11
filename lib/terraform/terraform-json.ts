import { asObject } from "../private/terraform-values";

/** A JSON value as Terraform JSON holds it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One synthesized Terraform stack: its name and its parsed `cdk.tf.json`. */
export interface SynthesizedStack {
  /** Stack name, e.g. `orders-aws-us-east-1`. */
  readonly name: string;
  /** The parsed Terraform JSON. */
  readonly json: { readonly [key: string]: unknown };
}

/** A resource or data source block found in a stack. */
export interface TerraformBlock {
  /** `resource` or `data`. */
  readonly kind: "resource" | "data";
  /** Resource type, e.g. `aws_lb_listener`. */
  readonly type: string;
  /** Resource name (the logical ID). */
  readonly name: string;
  /** Terraform address: `aws_lb.x` or `data.aws_route53_zone.x`. */
  readonly address: string;
  /** The block's arguments. */
  readonly config: Readonly<Record<string, unknown>>;
}

/** Every resource and data source of a stack, resources first, in JSON order. */
export function terraformBlocks(json: SynthesizedStack["json"]): TerraformBlock[] {
  const out: TerraformBlock[] = [];
  for (const kind of ["resource", "data"] as const) {
    for (const [type, byName] of Object.entries(asObject(json[kind]) ?? {})) {
      for (const [name, config] of Object.entries(asObject(byName) ?? {})) {
        out.push({ kind, type, name, address: `${kind === "data" ? "data." : ""}${type}.${name}`, config: asObject(config) ?? {} });
      }
    }
  }
  return out;
}

/** Blocks of one resource type (resources only). */
export function resourcesOfType(json: SynthesizedStack["json"], type: string): TerraformBlock[] {
  return terraformBlocks(json).filter((b) => b.kind === "resource" && b.type === type);
}

/** True when a string holds a Terraform expression (`${...}`), so its value is not known at synth. */
export function isExpression(value: string): boolean {
  return value.includes("${");
}

/** True when a string is nothing but one Terraform expression, e.g. `${var.x}`: no literal text at all. */
export function isPureExpression(value: string): boolean {
  return /^\$\{[^{}]*\}$/.test(value.trim());
}

/** The provider a resource or data type comes from: the text before its first underscore. */
export function providerOfType(type: string): string {
  const i = type.indexOf("_");
  return i < 0 ? type : type.slice(0, i);
}

/** Visits every string in a JSON tree with its path, e.g. `resource.aws_lb.x.name`. */
export function visitStrings(value: unknown, visit: (text: string, path: string) => void, path = ""): void {
  if (typeof value === "string") {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => visitStrings(v, visit, `${path}[${i}]`));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) visitStrings(v, visit, path ? `${path}.${k}` : k);
  }
}
