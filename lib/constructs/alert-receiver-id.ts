import { createHash } from "node:crypto";

/**
 * A stable construct ID for one alert receiver: `webhook-<name>` for a
 * webhook, `email-<8 hex>` for an address (a hash of the address, so the ID
 * holds only safe characters and does not move when another address is added
 * or removed).
 */
export function alertReceiverId(kind: "email" | "webhook", value: string): string {
  return kind === "webhook" ? `webhook-${value}` : `email-${createHash("sha256").update(value).digest("hex").slice(0, 8)}`;
}
