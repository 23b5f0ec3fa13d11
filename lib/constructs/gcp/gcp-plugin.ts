import { CloudPlugin } from "../../clouds/cloud-plugin";
import { CLOUD_DNS_NAME_SERVERS } from "./cloud-dns-name-servers";
import { gcpPrerequisites } from "./gcp-prerequisites";
import { isMissingModule } from "../../clouds/optional-peer";
import { GCP_RULES } from "../../policy/rules/gcp";
import { FieldChecker } from "../../validation/checker";
import type { CloudAdapter } from "../cloud-adapter";
import { GCP_NAME_RULES } from "./gcp-name-rules";
import { gcpOptions, resolveGcpBackend, resolveGcpOptions } from "./gcp-options";
import { GCP_REGIONS } from "./gcp-regions";
import { GCP_WAF_CATALOGUE } from "./waf-rules";
import { GCP_EDGE_KEEP_ALIVE } from "./gcp-edge";

/** The optional peer dependency the GCP adapter needs, and how to install it. */
export const GCP_PROVIDER_PACKAGE = "@cdktf/provider-google";
/** The install command named in the error when {@link GCP_PROVIDER_PACKAGE} is missing. */
export const GCP_PROVIDER_INSTALL = "npm install @cdktf/provider-google@^16";

/**
 * Google Cloud as a cloud plugin: Cloud Run behind a global external ALB, GCS
 * state, slots 128-191. Imports no provider package: the adapter, and with it
 * the optional @cdktf/provider-google, loads only when a GCP datacentre exists.
 */
export const GCP_PLUGIN: CloudPlugin<typeof GCP_NAME_RULES> = {
  name: "gcp",
  displayName: "GCP",
  regions: GCP_REGIONS,
  networkSlotBase: 128,
  providerPackage: GCP_PROVIDER_PACKAGE,
  footprint: { providers: ["google", "google-beta"], backends: ["gcs"] },
  nameRules: GCP_NAME_RULES,
  policyRules: GCP_RULES,
  alertTarget: "notification channels",
  wafCatalogue: GCP_WAF_CATALOGUE,
  nameServerSet: CLOUD_DNS_NAME_SERVERS,
  dnsProvider: "cloud-dns",
  dnsInputSources: {
    nameServers: (service) => `${service.datacentres.find((d) => d.cloud === "gcp" && d.region.name === gcpOptions(service)?.dnsZoneRegion)?.stackName ?? "the GCP owner stack"} output name_servers`,
  },
  resolveOptions: resolveGcpOptions,
  prerequisites: gcpPrerequisites,
  edgeConnectionControl: () => GCP_EDGE_KEEP_ALIVE,
  resolveStateBackend: resolveGcpBackend,
  loadAdapter(check: FieldChecker): CloudAdapter {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (require("./gcp-adapter") as typeof import("./gcp-adapter")).GCP_ADAPTER;
    } catch (error) {
      if (isMissingModule(error, GCP_PROVIDER_PACKAGE)) {
        check.fail("datacentres", "a gcp datacentre", `gcp datacentres only with the optional peer dependency ${GCP_PROVIDER_PACKAGE} 16.x installed (${GCP_PROVIDER_INSTALL})`);
      }
      throw error;
    }
  },
};
