import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { ServiceRuntimeContract } from "../../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { DatacentreStack } from "../datacentre-stack";
import { GcpDatacentre } from "./gcp-datacentre";
import { gcpLabels } from "./gcp-labels";
import { gcpOptions } from "./gcp-options";
import { configureGcpState } from "./gcp-state-backend";
import { validationGap } from "../../errors";

/**
 * One Google Cloud datacentre in its own stack: the google provider for the
 * project and region (default labels: the service's tags as labels plus
 * `datacentre`), Cloud Storage state in that region, and a
 * {@link GcpDatacentre} under the datacentre key.
 *
 * The datacentre in `gcp.dnsZoneRegion` (the first GCP one listed, unless
 * pinned) owns the Cloud DNS zone `gcp.<domain>` and the DNS authorization of
 * `<domain>`; the other GCP stacks deploy after it. That is a deploy order
 * only: no GCP stack reads another's state.
 */
export class GcpDatacentreStack extends DatacentreStack {
  /** The stack's only provider. */
  public readonly provider: GoogleProvider;
  /** The datacentre's resources. */
  public readonly gcp: GcpDatacentre;

  constructor(scope: Construct, service: ServiceModel, datacentre: DatacentreModel) {
    super(scope, service, datacentre);
    const options = gcpOptions(service);
    if (!options) throw validationGap("a GCP datacentre without gcp.projectId");
    this.provider = new GoogleProvider(this, "google", {
      project: options.projectId,
      region: datacentre.region.name,
      defaultLabels: gcpLabels({ ...service.tags, datacentre: datacentre.key }),
    });
    configureGcpState(this, service, datacentre.region.name);
    this.gcp = new GcpDatacentre(this, datacentre.key, { service, datacentre });

    new TerraformOutput(this, "load_balancer_ip", { value: this.gcp.address.address, description: "Global IPv4 address of the load balancer; the endpoint hostname's A record." });
    new TerraformOutput(this, "image", { value: this.gcp.image, description: "Image reference the service runs: copy the image here by digest (e.g. crane copy) before the serving stage." });
    new TerraformOutput(this, "secret_ids", {
      value: Object.fromEntries(service.secrets.map((s) => [s, this.gcp.secrets[s].secretId])),
      description: "Secret Manager secret per declared secret; add values with gcloud secrets versions add.",
    });
    new TerraformOutput(this, "service_account_email", { value: this.gcp.serviceAccount.email, description: "The identity the Cloud Run service runs as." });
    if (this.gcp.zone) {
      new TerraformOutput(this, "name_servers", {
        value: this.gcp.zone.nameServers,
        description: `Name servers of the Cloud DNS zone gcp.${service.domain}: set them as dns.nameServers.gcp so Route 53 and Azure DNS delegate it.`,
      });
    }
  }

  /** What this datacentre runs. */
  public runtimeContract(): ServiceRuntimeContract {
    return this.gcp.runtimeContract();
  }
}
