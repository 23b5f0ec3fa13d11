/** Google Cloud label keys: a lower-case letter, then lower-case letters, digits, `_` and `-`, at most 63 characters. */
export const GCP_LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
/** Google Cloud label values: lower-case letters, digits, `_` and `-`, at most 63 characters. */
export const GCP_LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

/**
 * The service's tags as Google Cloud labels: lower-cased, every character a
 * label cannot hold replaced by `_`, and a key that would not start with a
 * letter prefixed with `x`. The GCP adapter refuses tags that collide or do
 * not fit after this, so the mapping never loses a tag silently.
 */
export function gcpLabels(tags: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) out[gcpLabelKey(key)] = gcpLabelValue(value);
  return out;
}

/** One tag key as a label key. */
export function gcpLabelKey(key: string): string {
  const cleaned = key.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
  return /^[a-z]/.test(cleaned) ? cleaned : `x${cleaned}`;
}

/** One tag value as a label value. */
export function gcpLabelValue(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
}
