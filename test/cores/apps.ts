import { App } from "cdktf";
import { DualCloudService, DualCloudServiceProps } from "../../lib";
import { addExampleService, EXAMPLE_SERVICE_PROPS } from "../../stacks/example-service";

/**
 * The apps test/cores/same-output.e2e.ts synthesizes on each core, run as
 * `node --import tsx test/cores/apps.ts <app>` with CDKTF_OUTDIR set: in this
 * repository (cdktf) and in flavours/cdktn (the same file, rewritten by the
 * flavour build). Prints the DualCloudValidationError, if any, as JSON.
 */
const FIVE_BASE: DualCloudServiceProps = {
  ...EXAMPLE_SERVICE_PROPS,
  stateBackend: { aws: { bucketNamePrefix: "acme-tfstate" }, azure: { resourceGroupName: "tfstate", storageAccountNamePrefix: "acmetf" }, gcp: { bucketNamePrefix: "acme-tfstate" } },
  dns: {
    nameServers: {
      aws: ["ns-1.awsdns-01.org", "ns-513.awsdns-02.net", "ns-1025.awsdns-03.co.uk", "ns-1537.awsdns-04.com"],
      azure: ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"],
    },
  },
};

/** Each app by name: the example app, five datacentres in AWS and Azure, and five with a GCP one. */
export const APPS: Record<string, (app: App) => DualCloudService> = {
  default: (app) => addExampleService(app),
  five: (app) => new DualCloudService(app, "orders", { ...FIVE_BASE, datacentres: [...EXAMPLE_SERVICE_PROPS.datacentres!, { cloud: "aws", region: "us-west-2" }] }),
  "five-gcp": (app) => new DualCloudService(app, "orders", {
    ...FIVE_BASE,
    gcp: { projectId: "acme-orders" },
    datacentres: [...EXAMPLE_SERVICE_PROPS.datacentres!, { cloud: "gcp", region: "europe-west1" }],
  }),
};

if (require.main === module) {
  const name = process.argv[2];
  const app = new App();
  try {
    APPS[name](app);
  } catch (error) {
    const { name: errorName, field, message } = error as { name: string; field?: string; message: string };
    console.log(JSON.stringify({ error: { name: errorName, field, message } }));
    process.exit(3);
  }
  app.synth();
}
