import { Netmask } from "netmask";
import { internalBug } from "../errors";

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Private IPv4 ranges (RFC 1918) a datacentre network may use. */
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((c) => new Netmask(c));

/** Parses a canonical IPv4 CIDR (network address with no host bits set), or returns undefined. */
export function parseCidr(value: string): Netmask | undefined {
  const m = CIDR.exec(value);
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) > 32) return undefined;
  const block = new Netmask(value);
  return `${block.base}/${block.bitmask}` === value ? block : undefined;
}

/** True when the block lies inside one of the RFC 1918 private ranges. */
export function isPrivate(block: Netmask): boolean {
  return PRIVATE_RANGES.some((range) => range.contains(block));
}

/** True when two blocks share any address. */
export function overlaps(a: Netmask, b: Netmask): boolean {
  return a.contains(b) || b.contains(a);
}

/** The `index`-th /16 of 10.0.0.0/8: a datacentre's default address space. */
export function defaultSlotCidr(index: number): string {
  return `10.${index}.0.0/16`;
}

/**
 * Splits `cidr` into `count` consecutive blocks of `prefix` bits, starting at
 * block `offset`. Used for subnets, e.g. public /20s then private /20s.
 */
export function subdivide(cidr: string, prefix: number, count: number, offset = 0): string[] {
  const parent = new Netmask(cidr);
  if (prefix < parent.bitmask) throw internalBug(`cannot split ${cidr} into /${prefix} blocks`);
  const capacity = 2 ** (prefix - parent.bitmask);
  if (offset + count > capacity) throw internalBug(`${cidr} holds only ${capacity} /${prefix} blocks, ${offset + count} asked`);
  let block = new Netmask(parent.base, prefix).next(offset);
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    result.push(`${block.base}/${block.bitmask}`);
    block = block.next();
  }
  return result;
}
