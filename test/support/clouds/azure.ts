import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TestCloud } from "./test-cloud";

/** Azure for the cross-cloud test generators. */
export const TEST_CLOUD: TestCloud = {
  provider: (stack) => new AzurermProvider(stack, "azurerm", { features: [{}] }),
  stateBackend: { resourceGroupName: "tfstate", storageAccountNamePrefix: "acmetf" },
  nameServers: ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"],
  fuzz: "always",
};
