import { PolicyResource } from "../rule";
import { str, strings } from "../values";

/** Principals that mean "anyone". */
export const PUBLIC_PRINCIPALS = ["allUsers", "allAuthenticatedUsers"];

/**
 * The problems of an IAM member or binding resource (`member` or `members`):
 * a grant to a public principal, or a member that is wholly a reference or an
 * expression, which may be one. A member like `serviceAccount:${...}` is not:
 * its principal type is fixed.
 */
export function publicGrantProblems(r: PolicyResource): string[] {
  const raw = [r.config.member, ...(Array.isArray(r.config.members) ? r.config.members : [])];
  const members = [...strings(r.config.members), ...(str(r.config.member) !== undefined ? [str(r.config.member)!] : [])];
  const open = members.filter((m) => PUBLIC_PRINCIPALS.includes(m));
  const unknown = raw.filter((m): m is string => typeof m === "string" && /^\$\{[^}]*\}$/.test(m));
  return [
    ...(open.length > 0 ? [`grants ${str(r.config.role) ?? "a role"} to ${open.join(", ")}`] : []),
    ...unknown.map((m) => `member ${m} is only known at apply, so nothing shows it is not ${PUBLIC_PRINCIPALS.join(" or ")}`),
  ];
}
