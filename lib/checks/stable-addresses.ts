import { Finding } from "./finding";
import { SynthesizedStack, terraformBlocks } from "../terraform/terraform-json";

/** Terraform addresses of resources and data sources, by stack name, sorted. */
export type AddressMap = Readonly<Record<string, readonly string[]>>;

/** The resource and data source addresses of every stack, sorted, keyed by stack name. */
export function terraformAddresses(stacks: readonly SynthesizedStack[]): Record<string, string[]> {
  return Object.fromEntries(stacks.map((s) => [s.name, terraformBlocks(s.json).map((b) => b.address).sort()]));
}

/**
 * Safe to change: every stack and address of `before` still
 * exists in `after`. A missing address is a resource Terraform would destroy
 * (and, if renamed, recreate). Addresses only in `after` are fine.
 */
export function checkStableAddresses(before: AddressMap, after: AddressMap): Finding[] {
  const findings: Finding[] = [];
  for (const [stack, addresses] of Object.entries(before)) {
    const now = after[stack];
    if (now === undefined) {
      findings.push({ check: "stable-addresses", stack, message: "the stack is gone; allowed: every existing stack kept under its name" });
      continue;
    }
    const present = new Set(now);
    for (const address of addresses) {
      if (!present.has(address)) findings.push({ check: "stable-addresses", stack, address, message: "the address is gone, so Terraform would destroy it; allowed: every existing address unchanged" });
    }
  }
  return findings;
}
