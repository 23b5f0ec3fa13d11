import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { ServiceModel } from "../../model/service-model";
import { configureAwsState } from "../aws/aws-state-backend";
import { globalHomeRegion, route53StackName } from "./global-stack-names";

/** The AWS side of the global layer in its own stack: Route 53 answers for the hostname. */
export class Route53GlobalStack extends TerraformStack {
  /** The service. */
  public readonly service: ServiceModel;
  /** The stack's only provider. */
  public readonly provider: AwsProvider;

  constructor(scope: Construct, service: ServiceModel) {
    super(scope, route53StackName(service));
    this.service = service;
    const home = globalHomeRegion(service, "aws");
    this.provider = new AwsProvider(this, "aws", { region: home, defaultTags: [{ tags: { ...service.tags, datacentre: "global" } }] });
    configureAwsState(this, service, home);
  }
}
