import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { ServiceRuntimeContract } from "../../model/runtime-contract";
import { DatacentreModel, ServiceModel } from "../../model/service-model";
import { DatacentreStack } from "../datacentre-stack";
import { AwsDatacentre } from "./aws-datacentre";
import { configureAwsState } from "./aws-state-backend";

/**
 * One AWS datacentre in its own stack: the AWS provider for its region
 * (default tags: the service's tags plus `datacentre`), S3 state in that
 * region, and the {@link AwsDatacentre} under the ID of the datacentre key.
 * The load balancer outputs exist from the `serving` stage.
 */
export class AwsDatacentreStack extends DatacentreStack {
  /** The stack's only provider. */
  public readonly provider: AwsProvider;
  /** Everything the datacentre runs. */
  public readonly aws: AwsDatacentre;

  constructor(scope: Construct, service: ServiceModel, datacentre: DatacentreModel) {
    super(scope, service, datacentre);
    this.provider = new AwsProvider(this, "aws", {
      region: datacentre.region.name,
      defaultTags: [{ tags: { ...service.tags, datacentre: datacentre.key } }],
    });
    configureAwsState(this, service, datacentre.region.name);
    this.aws = new AwsDatacentre(this, datacentre.key, { service, datacentre });
    const lb = this.aws.loadBalancer;
    if (lb) {
      new TerraformOutput(this, "load_balancer_dns_name", { value: lb.dnsName, description: "DNS name of the load balancer; the endpoint hostname is an alias to it." });
      new TerraformOutput(this, "load_balancer_zone_id", { value: lb.zoneId, description: "Route 53 zone ID of the load balancer." });
    }
    new TerraformOutput(this, "certificate_validation_records", {
      value: this.aws.certificate.domainValidationOptions,
      description:
        "ACM DNS validation records of the certificate (domain_name, resource_record_name, resource_record_value): copy each as { name, value } into dns.certificateValidation.aws, so the Azure DNS copy of the zone serves them too.",
    });
    new TerraformOutput(this, "repository_url", { value: this.aws.repository.repositoryUrl, description: "ECR repository the pipeline pushes the image digest to." });
    if (this.aws.alerts) new TerraformOutput(this, "alert_topic_arn", { value: this.aws.alerts.topic.topicArn, description: "SNS topic this datacentre's alarms notify; absent at the foundation stage." });
    new TerraformOutput(this, "secret_arns", {
      value: Object.fromEntries(service.secrets.map((s) => [s, this.aws.secrets[s].arn])),
      description: "Secrets Manager secret per declared secret; set values with aws secretsmanager put-secret-value.",
    });
  }

  /** What this datacentre runs. */
  public runtimeContract(): ServiceRuntimeContract {
    return this.aws.runtimeContract();
  }
}
