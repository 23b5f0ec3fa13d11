import { Annotations, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { CloudName } from "../model/cloud";
import { ServiceRuntimeContract } from "../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../model/service-model";
import { requireTerraformVersion } from "./terraform-version";
import { DualCloudStack } from "./dualcloud-stack";

/**
 * Base of every regional stack: one datacentre, one cloud, its own state.
 * Publishes outputs that name the datacentre, its endpoint and its health
 * check URL (docs/outputs.md lists every stack's outputs).
 */
export abstract class DatacentreStack extends DualCloudStack {
  /** The service this datacentre runs. */
  public readonly service: ServiceModel;
  /** The datacentre. */
  public readonly datacentre: DatacentreModel;

  protected constructor(scope: Construct, service: ServiceModel, datacentre: DatacentreModel) {
    super(scope, datacentre.stackName);
    this.service = service;
    this.datacentre = datacentre;
    requireTerraformVersion(this);
    new TerraformOutput(this, "datacentre", { value: datacentre.key, description: "The datacentre this stack deploys." });
    new TerraformOutput(this, "cloud", { value: datacentre.cloud, description: "The datacentre's cloud." });
    new TerraformOutput(this, "region", { value: datacentre.region.name, description: "The datacentre's region." });
    new TerraformOutput(this, "endpoint_hostname", {
      value: datacentre.endpointHostname,
      description: "Hostname the global layers probe and route to for this datacentre.",
    });
    new TerraformOutput(this, "endpoint_url", { value: `https://${datacentre.endpointHostname}`, description: "URL of this datacentre's endpoint (its own hostname, TLS)." });
    new TerraformOutput(this, "health_check_url", {
      value: `https://${datacentre.endpointHostname}${service.healthCheckPath}`,
      description: "What both global layers probe for this datacentre; a pipeline waits for it to answer 2xx after a deploy.",
    });
  }

  /**
   * What this datacentre actually runs, read back from the resources its cloud
   * adapter created: the same for every datacentre of a service.
   */
  public abstract runtimeContract(): ServiceRuntimeContract;

}

/** Warns, once per stack, that state is local because no remote backend was configured. */
export function warnLocalState(stack: TerraformStack, cloudProp: CloudName): void {
  Annotations.of(stack).addWarning(
    `dualcloud: ${stack.node.id} keeps Terraform state locally because stateBackend.${cloudProp} is not set. ` +
      "Local state is fine for a synth or a trial, not for a team: configure a remote backend before deploying.",
  );
}
