import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { DatacentreStack } from "../datacentre-stack";
import { configureAwsState } from "./aws-state-backend";

/** One AWS datacentre in its own stack: the AWS provider for its region, S3 state in that region. */
export class AwsDatacentreStack extends DatacentreStack {
  /** The stack's only provider. */
  public readonly provider: AwsProvider;

  constructor(scope: Construct, service: ServiceModel, datacentre: DatacentreModel) {
    super(scope, service, datacentre);
    this.provider = new AwsProvider(this, "aws", {
      region: datacentre.region.name,
      defaultTags: [{ tags: { ...service.tags, datacentre: datacentre.key } }],
    });
    configureAwsState(this, service, datacentre.region.name);
  }
}
