import { distinctKeys, NameServerSetRule } from "../../model/name-server-set";

const PATTERN = /^ns-cloud-([a-z])([1-4])\.googledomains\.com$/;

/**
 * A Cloud DNS managed zone's name servers: one name-server shard of four,
 * `ns-cloud-<x>1` to `ns-cloud-<x>4.googledomains.com` with the same letter
 * (docs/dns.md: Cloud DNS "Update your domain's name servers").
 */
export const CLOUD_DNS_NAME_SERVERS: NameServerSetRule = {
  service: "Cloud DNS",
  size: 4,
  pattern: PATTERN,
  allowed: "the 4 name servers of the Cloud DNS zone (the owner stack's name_servers output), ns-cloud-<x>1 to ns-cloud-<x>4.googledomains.com with one letter <x>",
  example: ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com", "ns-cloud-a3.googledomains.com", "ns-cloud-a4.googledomains.com"],
  setProblem(names) {
    if (distinctKeys(names, (n) => PATTERN.exec(n)?.[1] ?? n).size !== 1) return "name servers of more than one shard (one zone's set shares its letter, ns-cloud-<x>1 to <x>4)";
    return distinctKeys(names, (n) => PATTERN.exec(n)?.[2] ?? n).size === names.length ? undefined : "ns-cloud-<x>1 to <x>4 each once";
  },
};
