/** One DNS label: lower-case letters, digits and inner hyphens, 1-63 characters. */
export const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** True when `name` is a lower-case fully qualified name of at least `minLabels` labels, within 253 characters. */
export function isHostname(name: string, minLabels = 2): boolean {
  if (name.length > 253) return false;
  const labels = name.split(".");
  return labels.length >= minLabels && labels.every((l) => DNS_LABEL.test(l)) && !/^[0-9]+$/.test(labels[labels.length - 1]);
}
