import { App } from "cdktf";
import { DualCloudService } from "../../lib";
import { EXAMPLE_SERVICE_PROPS } from "../../stacks/example-service";

/** An app with an unknown region: `cdktf synth` must fail before writing any stack. */
const app = new App();
new DualCloudService(app, "orders", {
  ...EXAMPLE_SERVICE_PROPS,
  datacentres: [
    { cloud: "aws", region: "us-east-1" },
    { cloud: "aws", region: "mars-north-1" },
    { cloud: "azure", region: "eastus" },
    { cloud: "azure", region: "westeurope" },
  ],
});
app.synth();
