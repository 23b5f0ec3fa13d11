/*
 * Ingress predicates shared by the HTTPS-only invariant check and the policy rules.
 */

/** Ports the internet may reach: HTTPS, and HTTP only to redirect. */
export const PUBLIC_PORTS: readonly number[] = [443, 80];

/** Sources that mean "the whole internet": CIDRs, and Azure's service tags and wildcards. */
export const INTERNET_SOURCES: readonly string[] = ["0.0.0.0/0", "::/0", "*", "Internet", "internet", "Any", "any", "0.0.0.0"];

/** Whether any source is the whole internet. */
export function includesInternet(sources: readonly string[]): boolean {
  return sources.some((s) => INTERNET_SOURCES.includes(s));
}

/** Whether a port range opens exactly one public port over TCP (protocol `tcp` or `6`). */
export function isPublicWebPort(protocol: string | undefined, fromPort: number | undefined, toPort: number | undefined): boolean {
  return (protocol === "tcp" || protocol === "6") && fromPort !== undefined && fromPort === toPort && PUBLIC_PORTS.includes(fromPort);
}

/** Whether a port or port range written as text (`443`, `80-80`) is exactly one public port. */
export function isPublicWebPortRange(range: string): boolean {
  const [from, to = from] = range.split("-");
  return String(Number(from)) === from && from === to && PUBLIC_PORTS.includes(Number(from));
}
