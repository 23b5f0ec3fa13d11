import { distinctKeys, NameServerSetRule } from "../../model/name-server-set";

const PATTERN = /^ns([1-4])-\d{2}\.azure-dns\.(com|net|org|info)$/;
const TLD_OF_INDEX: Readonly<Record<string, string>> = { "1": "com", "2": "net", "3": "org", "4": "info" };

/**
 * An Azure DNS zone's name servers: four, `ns1-<nn>.azure-dns.com`,
 * `ns2-<nn>.azure-dns.net`, `ns3-<nn>.azure-dns.org`, `ns4-<nn>.azure-dns.info`
 * (docs/dns.md: "Delegation of DNS zones with Azure DNS").
 */
export const AZURE_DNS_NAME_SERVERS: NameServerSetRule = {
  service: "Azure DNS",
  size: 4,
  pattern: PATTERN,
  allowed: "the 4 name servers of the Azure DNS zone (its name_servers output), ns1-<nn>.azure-dns.com, ns2-<nn>.azure-dns.net, ns3-<nn>.azure-dns.org and ns4-<nn>.azure-dns.info",
  example: ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"],
  setProblem(names) {
    const parts = names.map((n) => PATTERN.exec(n) ?? []);
    if (parts.some(([, index, tld]) => TLD_OF_INDEX[index] !== tld)) return "ns1 is on .com, ns2 on .net, ns3 on .org and ns4 on .info";
    return distinctKeys(names, (n) => PATTERN.exec(n)?.[1] ?? n).size === names.length ? undefined : "ns1, ns2, ns3 and ns4 each once";
  },
};
