import { App } from "cdktf";
import { DualCloudService } from "../../lib";
import { EXAMPLE_SERVICE_PROPS } from "../../stacks/example-service";

/** An app with three mistakes (a tag instead of a digest, a string port, a misspelt region): all three must be reported at once. */
const app = new App();
new DualCloudService(app, "orders", {
  ...EXAMPLE_SERVICE_PROPS,
  image: "ghcr.io/acme/orders:1.4.2",
  port: "8080" as unknown as number,
  datacentres: [
    { cloud: "aws", region: "us-east-1" },
    { cloud: "aws", region: "us-east1" },
    { cloud: "azure", region: "eastus" },
    { cloud: "azure", region: "westeurope" },
  ],
});
app.synth();
