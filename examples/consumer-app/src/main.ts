import { App } from "cdktf";
import { DualCloudService, DualCloudServiceProps, printSynthSummary } from "dualcloud";

// A service in four datacentres that are NOT the library's defaults: two AWS
// regions and two Azure regions on two continents, with remote state.
const props: DualCloudServiceProps = {
  image: "registry.acme-corp.io/payments/api@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  port: 3000,
  healthCheckPath: "/health",
  domain: "pay.acme-corp.com",
  datacentres: [
    { cloud: "aws", region: "us-west-2" },
    { cloud: "aws", region: "ap-southeast-2" },
    { cloud: "azure", region: "northeurope" },
    { cloud: "azure", region: "australiaeast" },
  ],
  env: { NODE_ENV: "production" },
  secrets: ["STRIPE_API_KEY"],
  stateBackend: {
    aws: { bucketNamePrefix: "acme-payments-tfstate" },
    azure: { resourceGroupName: "tfstate", storageAccountNamePrefix: "acmepay" },
  },
  tags: { team: "payments" },
};

const app = new App();
const service = new DualCloudService(app, "payments", props);
app.synth();

// The summary once per synth (nothing under `cdktf list`), then the stack names.
const stacks = [...service.datacentreStacks.map((s) => s.node.id), service.route53Stack.node.id, service.trafficManagerStack.node.id];
printSynthSummary(app, { extraLines: [`stacks: ${stacks.join(" ")}`] });
