import { defineRule } from "../../rule";
import { firstBlock, str, unknownProblem } from "../../values";

/** Key Vaults deny network access by default. */
export const rule = defineRule({
  id: "azure-key-vault-network-acls",
  description: "Every Key Vault has network_acls with default_action Deny.",
  severity: "warning",
  area: "azure",
  resourceTypes: ["azurerm_key_vault"],
  equivalents: { checkov: ["CKV_AZURE_109"], trivy: ["AVD-AZU-0013"] },
  fix: "add network_acls { default_action = \"Deny\", bypass = \"AzureServices\" } plus the subnets or IPs that need the vault.",
  check(r) {
    const acl = firstBlock(r.config.network_acls);
    const unknown = unknownProblem("network_acls.default_action", acl?.default_action);
    if (unknown) return [unknown];
    return str(acl?.default_action) === "Deny" ? undefined : ["the vault accepts traffic from any network"];
  },
});
