import { overlaps, parseCidr } from "../lib/network/cidr";

describe("CIDR overlap", () => {
  const block = (cidr: string) => parseCidr(cidr)!;
  const cases: [string, string, boolean][] = [
    ["10.10.0.0/16", "10.10.16.0/20", true],
    ["10.10.0.0/16", "10.10.0.0/16", true],
    ["10.10.0.0/16", "10.10.255.240/28", true],
    ["10.10.0.0/16", "10.11.0.0/16", false],
    ["10.10.0.0/20", "10.10.16.0/20", false],
    ["172.16.0.0/12", "172.31.0.0/16", true],
    ["192.168.0.0/16", "10.0.0.0/8", false],
  ];

  it.each(cases)("given %s and %s, then overlap is %s in both orders", (a, b, expected) => {
    expect(overlaps(block(a), block(b))).toBe(expected);
    expect(overlaps(block(b), block(a))).toBe(expected);
  });
});
