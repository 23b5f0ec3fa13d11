import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { FailoverEstimate } from "../../model/failover";
import { ServiceModel } from "../../model/service-model";
import { DualCloudStack } from "../dualcloud-stack";
import { requireTerraformVersion } from "../terraform-version";
import { GlobalStackHome, globalHomeRegion } from "./global-stack-names";

/** The outputs every global stack writes under the same names, with each layer's wording. */
export interface SharedGlobalOutputs {
  /** How this layer answers for the hostname, after "URL clients use; ". */
  readonly endpointUrlNote: string;
  /** The name servers of this layer's copy of the zone. */
  readonly nameServers: string[];
  /** What to do with them. */
  readonly nameServersDescription: string;
}

/**
 * Base of a global layer's stack (`<service>-global-<cloud>`): the service,
 * the region of its provider and state, and the outputs both layers name
 * alike (`endpoint_url`, `name_servers`, `worst_case_failover_seconds`).
 */
export abstract class GlobalLayerStack extends DualCloudStack {
  /** The service. */
  public readonly service: ServiceModel;
  /** Region of the stack's provider and state. */
  public readonly homeRegion: string;

  /**
   * @param scope where the stack goes (DualCloudService puts it under itself)
   * @param id the stack name
   * @param service the validated service
   * @param home the layer's cloud and fallback region
   */
  protected constructor(scope: Construct, id: string, service: ServiceModel, home: GlobalStackHome) {
    super(scope, id);
    this.service = service;
    requireTerraformVersion(this);
    this.homeRegion = globalHomeRegion(service, home);
  }

  /** Writes `endpoint_url` and `name_servers`. */
  protected addSharedOutputs(outputs: SharedGlobalOutputs): void {
    new TerraformOutput(this, "endpoint_url", { value: `https://${this.service.domain}`, description: `URL clients use; ${outputs.endpointUrlNote}` });
    new TerraformOutput(this, "name_servers", { value: outputs.nameServers, description: outputs.nameServersDescription });
  }

  /** Writes `worst_case_failover_seconds`. */
  protected addFailoverOutput(estimate: FailoverEstimate, description: string): void {
    new TerraformOutput(this, "worst_case_failover_seconds", { value: estimate.worstCaseSeconds, description: `${description}: ${estimate.formula}.` });
  }
}
