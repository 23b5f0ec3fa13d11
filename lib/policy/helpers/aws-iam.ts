import { PolicyResource, PolicyStackIndex } from "../rule";
import { asObject, blocks, jsonDocument, str, strings } from "../values";

/** The data source whose `json` attribute IAM arguments (trust, role and bucket policies) usually reference. */
export const POLICY_DOCUMENT_TYPE = "aws_iam_policy_document";

/** One IAM statement in policy-JSON form (`Effect`, `Action`, `Principal`, `Condition`...). */
export type IamStatement = Record<string, unknown>;

function listOrOne(values: string[]): string | string[] {
  return values.length === 1 ? values[0] : values;
}

function principalsJson(value: unknown): unknown {
  const list = blocks(value);
  if (list.length === 0) return undefined;
  if (list.some((p) => str(p.type) === "*")) return "*";
  return Object.fromEntries(list.map((p) => [str(p.type) ?? "?", listOrOne(strings(p.identifiers))]));
}

function conditionJson(value: unknown): unknown {
  const out: Record<string, Record<string, string[]>> = {};
  for (const c of blocks(value)) {
    const test = str(c.test) ?? "?";
    out[test] = { ...(out[test] ?? {}), [str(c.variable) ?? "?"]: strings(c.values) };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** One `statement` block of an aws_iam_policy_document as Terraform renders it into the document's `json`. */
function statementJson(s: Record<string, unknown>): IamStatement {
  const fields: [string, unknown][] = [
    ["Sid", str(s.sid)],
    ["Effect", str(s.effect) ?? "Allow"],
    ["Action", s.actions !== undefined ? listOrOne(strings(s.actions)) : undefined],
    ["NotAction", s.not_actions !== undefined ? listOrOne(strings(s.not_actions)) : undefined],
    ["Resource", s.resources !== undefined ? listOrOne(strings(s.resources)) : undefined],
    ["NotResource", s.not_resources !== undefined ? listOrOne(strings(s.not_resources)) : undefined],
    ["Principal", principalsJson(s.principals)],
    ["NotPrincipal", principalsJson(s.not_principals)],
    ["Condition", conditionJson(s.condition)],
  ];
  return Object.fromEntries(fields.filter(([, v]) => v !== undefined));
}

function statementsOfDocument(doc: Record<string, unknown> | undefined): IamStatement[] | undefined {
  if (doc === undefined) return undefined;
  const s = doc.Statement;
  return (Array.isArray(s) ? s : s !== undefined ? [s] : []).map(asObject).filter((x): x is IamStatement => x !== undefined);
}

/**
 * The statements of an IAM policy argument, read the way Terraform evaluates
 * it: literal JSON, a `jsonencode(...)` expression, or a reference to the
 * `json` of an aws_iam_policy_document in the same stack (its statements,
 * plus those of the documents its source_policy_documents reference).
 * Undefined when the value is only known at apply (e.g. a variable).
 */
export function iamStatements(value: unknown, index: PolicyStackIndex, seen: ReadonlySet<string> = new Set()): IamStatement[] | undefined {
  const literal = statementsOfDocument(asObject(jsonDocument(value)));
  if (literal !== undefined) return literal;
  const doc = index.ofType(POLICY_DOCUMENT_TYPE).find((d) => value === `\${${d.address}.json}` || value === `\${${d.address}.minified_json}`);
  if (doc === undefined || seen.has(doc.address)) return undefined;
  return documentStatements(doc, index, new Set([...seen, doc.address]));
}

/** The statements of an aws_iam_policy_document, in policy-JSON form. Undefined when a source document is only known at apply. */
export function documentStatements(doc: PolicyResource, index: PolicyStackIndex, seen: ReadonlySet<string> = new Set([doc.address])): IamStatement[] | undefined {
  const sources = Array.isArray(doc.config.source_policy_documents) ? doc.config.source_policy_documents : [];
  const fromSources = sources.map((s) => iamStatements(s, index, seen));
  if (fromSources.some((s) => s === undefined)) return undefined;
  return [...fromSources.flatMap((s) => s!), ...blocks(doc.config.statement).map(statementJson)];
}

/** Whether `value` is a whole reference to a policy document's JSON in this stack (its statements are judged on the document). */
export function referencesDocument(value: unknown, index: PolicyStackIndex): boolean {
  return index.ofType(POLICY_DOCUMENT_TYPE).some((d) => value === `\${${d.address}.json}` || value === `\${${d.address}.minified_json}`);
}
