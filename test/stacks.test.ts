import { TerraformStack, Testing } from "cdktf";
import { DualCloudService } from "../lib";
import { BASE_PROPS, buildService, synthService } from "./support/synth";

describe("DualCloudService stacks", () => {
  describe("given the default topology", () => {
    const { service } = buildService();
    const stacks = synthService(service);

    it("creates one stack per datacentre plus two global stacks, with predictable names", () => {
      expect(Object.keys(stacks).sort()).toEqual([
        "orders-aws-eu-west-1", "orders-aws-us-east-1", "orders-azure-eastus", "orders-azure-westeurope", "orders-global-aws", "orders-global-azure",
      ]);
    });

    it("gives each AWS stack one AWS provider for its own region and nothing else", () => {
      for (const [name, region] of [["orders-aws-us-east-1", "us-east-1"], ["orders-aws-eu-west-1", "eu-west-1"]]) {
        expect(Object.keys(stacks[name].provider)).toEqual(["aws"]);
        expect(stacks[name].provider.aws).toHaveLength(1);
        expect(stacks[name].provider.aws[0].region).toBe(region);
        expect(stacks[name].provider.aws[0].default_tags[0].tags).toMatchObject({ service: "orders", "managed-by": "dualcloud", datacentre: `aws-${region}` });
      }
    });

    it("gives each Azure stack only the azurerm provider", () => {
      for (const name of ["orders-azure-eastus", "orders-azure-westeurope"]) {
        expect(Object.keys(stacks[name].provider)).toEqual(["azurerm"]);
        expect(stacks[name].provider.azurerm[0].features[0].key_vault[0].purge_soft_delete_on_destroy).toBe(false);
      }
    });

    it("publishes outputs that name the datacentre and its endpoint", () => {
      expect(stacks["orders-azure-eastus"].output).toMatchObject({
        datacentre: { value: "azure-eastus" },
        cloud: { value: "azure" },
        region: { value: "eastus" },
        endpoint_hostname: { value: "eastus.azure.orders.example.com" },
        endpoint_url: { value: "https://eastus.azure.orders.example.com" },
        health_check_url: { value: "https://eastus.azure.orders.example.com/health" },
      });
    });

    it("falls back to local state with a warning per stack", () => {
      // No backend block: cdktf adds its default local backend when the app synthesizes.
      for (const json of Object.values(stacks)) expect(json.terraform?.backend).toBeUndefined();
      const warnings = service.datacentreStacks[0].node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
      expect(warnings).toEqual([expect.stringMatching(/orders-aws-us-east-1 keeps Terraform state locally because stateBackend\.aws is not set/)]);
    });

    it("orders the global stacks after every regional stack", () => {
      const regional = service.datacentreStacks.map((s) => s.node.path).sort();
      expect(service.route53Stack.dependencies.map((s) => s.node.path).sort()).toEqual(regional);
      expect(service.trafficManagerStack.dependencies.map((s) => s.node.path).sort()).toEqual(regional);
    });
  });

  describe("given remote state backends", () => {
    const { service } = buildService({
      stateBackend: {
        aws: { bucketNamePrefix: "acme-tfstate" },
        azure: { resourceGroupName: "tfstate", storageAccountNamePrefix: "acmetf" },
      },
    });
    const stacks = synthService(service);

    it("puts each AWS stack's state in its own region's bucket, encrypted, with S3-native locking", () => {
      expect(stacks["orders-aws-eu-west-1"].terraform.backend.s3).toEqual({
        bucket: "acme-tfstate-eu-west-1",
        key: "dualcloud/orders-aws-eu-west-1.tfstate",
        region: "eu-west-1",
        encrypt: true,
        use_lockfile: true,
      });
      expect(stacks["orders-global-aws"].terraform.backend.s3).toMatchObject({ bucket: "acme-tfstate-us-east-1", key: "dualcloud/orders-global-aws.tfstate" });
    });

    it("puts each Azure stack's state in its own region's storage account with Entra ID auth", () => {
      expect(stacks["orders-azure-westeurope"].terraform.backend.azurerm).toEqual({
        resource_group_name: "tfstate",
        storage_account_name: "acmetfwesteurope",
        container_name: "tfstate",
        key: "dualcloud/orders-azure-westeurope.tfstate",
        use_azuread_auth: true,
      });
    });

    it("keeps the global stacks' state where it was when a datacentre is listed first, once pinned", () => {
      const pinned = synthService(buildService({
        datacentres: [{ cloud: "aws", region: "ap-southeast-2" }, { cloud: "aws", region: "us-east-1" }, { cloud: "azure", region: "japaneast" }, { cloud: "azure", region: "eastus" }],
        stateBackend: {
          aws: { bucketNamePrefix: "acme-tfstate", globalStackRegion: "us-east-1" },
          azure: { resourceGroupName: "tfstate", storageAccountNamePrefix: "acmetf", globalStackRegion: "eastus" },
        },
      }).service);
      expect(pinned["orders-global-aws"].terraform.backend.s3).toMatchObject({ bucket: "acme-tfstate-us-east-1", region: "us-east-1" });
      expect(pinned["orders-global-azure"].terraform.backend.azurerm).toMatchObject({ storage_account_name: "acmetfeastus" });
    });

    it("does not warn about local state", () => {
      const warnings = service.datacentreStacks.flatMap((s) => s.node.metadata.filter((m) => m.type === "@cdktf/warn"));
      expect(warnings).toEqual([]);
    });
  });

  describe("when placed inside a stack", () => {
    it("refuses with a clear error", () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, "host");
      expect(() => new DualCloudService(stack, "orders", BASE_PROPS)).toThrow(/\[host\/orders\] scope: received "host"; allowed: the cdktf App/);
    });
  });
});
