import { distinctKeys, NameServerSetRule } from "../../model/name-server-set";

const PATTERN = /^ns-\d{1,4}\.awsdns-\d{2}\.(com|net|org|co\.uk)$/;

/**
 * A Route 53 hosted zone's name servers: its delegation set of four,
 * `ns-<n>.awsdns-<nn>.<tld>`, one each on .com, .net, .org and .co.uk
 * (docs/dns.md: "NS and SOA records that Amazon Route 53 creates for a public
 * hosted zone").
 */
export const ROUTE53_NAME_SERVERS: NameServerSetRule = {
  service: "Route 53",
  size: 4,
  pattern: PATTERN,
  allowed: "the 4 name servers of the Route 53 hosted zone (its name_servers output), ns-<n>.awsdns-<nn>.com, .net, .org and .co.uk, one of each",
  example: ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net", "ns-1025.awsdns-03.co.uk", "ns-1537.awsdns-04.com"],
  setProblem(names) {
    return distinctKeys(names, (n) => PATTERN.exec(n)?.[1] ?? n).size === names.length ? undefined : "two name servers on the same top-level domain (a delegation set has one each on .com, .net, .org and .co.uk)";
  },
};
