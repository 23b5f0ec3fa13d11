import { CloudPlugin } from "../../clouds/cloud-plugin";
import { AZURE_DNS_NAME_SERVERS } from "./azure-dns-name-servers";
import { globalStackName } from "../global/global-stack-names";
import { azurePrerequisites } from "./azure-prerequisites";
import { AZURE_RULES } from "../../policy/rules/azure";
import type { CloudAdapter } from "../cloud-adapter";
import { AZURE_NAME_RULES } from "./azure-name-rules";
import { resolveAzureBackend, resolveAzureOptions } from "./azure-options";
import { AZURE_REGIONS } from "./azure-regions";
import { AZURE_WAF_CATALOGUE } from "./waf-rules";
import { azureEdgeConnectionControl } from "./azure-edge";

/** Azure as a cloud plugin: Container Apps in a VNet, Azure Storage state, slots 64-127. Imports no provider package. */
export const AZURE_PLUGIN: CloudPlugin<typeof AZURE_NAME_RULES> = {
  name: "azure",
  displayName: "Azure",
  regions: AZURE_REGIONS,
  networkSlotBase: 64,
  providerPackage: "@cdktf/provider-azurerm",
  footprint: { providers: ["azurerm", "azuread", "azapi"], backends: ["azurerm"] },
  nameRules: AZURE_NAME_RULES,
  policyRules: AZURE_RULES,
  alertTarget: "action group",
  wafCatalogue: AZURE_WAF_CATALOGUE,
  nameServerSet: AZURE_DNS_NAME_SERVERS,
  dnsProvider: "azure-dns",
  dnsInputSources: { nameServers: (service) => `${globalStackName(service, "azure")} output name_servers` },
  resolveOptions: resolveAzureOptions,
  prerequisites: azurePrerequisites,
  edgeConnectionControl: azureEdgeConnectionControl,
  resolveStateBackend: resolveAzureBackend,
  loadAdapter(): CloudAdapter {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("./azure-adapter") as typeof import("./azure-adapter")).AZURE_ADAPTER;
  },
};
