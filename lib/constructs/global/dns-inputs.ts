import { CLOUD_NAMES, CloudName, cloudPlugin } from "../../clouds/registry";
import { PendingDnsInput } from "../../model/pending-dns-input";
import { ServiceModel } from "../../model/service-model";
import { GlobalLayerProps } from "./global-layer-props";

/** The static DNS inputs of a service as both global layers take them, with the stack output each one comes from. */
export function globalLayerDnsInputs(service: ServiceModel): Pick<GlobalLayerProps, "nameServers" | "certificateValidation" | "inputSources"> {
  const nameServers: { [C in CloudName]?: string } = {};
  const certificateValidation: { [C in CloudName]?: string } = {};
  for (const cloud of CLOUD_NAMES) {
    const sources = cloudPlugin(cloud).dnsInputSources;
    nameServers[cloud] = sources.nameServers(service);
    if (sources.certificateValidation) certificateValidation[cloud] = sources.certificateValidation(service);
  }
  return { nameServers: service.dns.nameServers, certificateValidation: service.dns.certificateValidation, inputSources: { nameServers, certificateValidation } };
}

/**
 * The static DNS inputs a service still lacks, for the parity check: the
 * name servers of each cloud it runs in, and the certificate-validation
 * records of each such cloud that needs them in every copy.
 */
export function pendingDnsInputs(service: ServiceModel): PendingDnsInput[] {
  const out: PendingDnsInput[] = [];
  for (const cloud of CLOUD_NAMES.filter((c) => service.datacentres.some((d) => d.cloud === c))) {
    const sources = cloudPlugin(cloud).dnsInputSources;
    if (!service.dns.nameServers[cloud]?.length) out.push({ field: `dns.nameServers.${cloud}`, source: sources.nameServers(service), under: `${cloud}.${service.domain}.` });
    if (sources.certificateValidation && !service.dns.certificateValidation[cloud]?.length) {
      out.push({ field: `dns.certificateValidation.${cloud}`, source: sources.certificateValidation(service), certificateValidation: true });
    }
  }
  return out;
}
