import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { globalLayerDnsInputs } from "../global/dns-inputs";
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { ServiceModel } from "../../model/service-model";
import { configureAwsState } from "./aws-state-backend";
import { verificationLabelsOf } from "../adapters";
import { globalEndpoints } from "../global/global-endpoint";
import { GlobalStackOptions } from "../global/global-stack-names";
import { ROUTE53_HOME, route53StackName } from "./route53-home";
import { Route53GlobalLayer } from "./route53-global-layer";
import { ROUTE53_METRICS_REGION, Route53HealthCheckAlarms } from "./route53-health-check-alarms";
import { GlobalLayerStack } from "../global/global-layer-stack";

/**
 * The AWS side of the global layer in its own stack, `<service>-global-aws`:
 * Route 53 health-checks every datacentre and answers for the hostname. It
 * reads no other stack's state: every endpoint is deterministic from the model.
 */
export class Route53GlobalStack extends GlobalLayerStack {
  /** The stack's only provider. */
  public readonly provider: AwsProvider;
  /** Health checks and records. */
  public readonly layer: Route53GlobalLayer;
  /** AWS provider aliased to us-east-1, the only region with Route 53 health-check metrics. */
  public readonly metricsProvider: AwsProvider;
  /** One alarm per health check, into the layer's alert topic (in us-east-1). */
  public readonly alarms: Route53HealthCheckAlarms;

  /**
   * @param scope where the stack goes (DualCloudService puts it under itself)
   * @param service the validated service
   * @param options what the cloud adapters contribute
   */
  constructor(scope: Construct, service: ServiceModel, options: GlobalStackOptions = {}) {
    super(scope, route53StackName(service), service, ROUTE53_HOME);
    const home = this.homeRegion;
    const defaultTags = [{ tags: { ...service.tags, datacentre: "global" } }];
    this.provider = new AwsProvider(this, "aws", { region: home, defaultTags });
    this.metricsProvider = new AwsProvider(this, "aws-metrics", { alias: "metrics", region: ROUTE53_METRICS_REGION, defaultTags });
    configureAwsState(this, service, home);
    const endpoints = globalEndpoints(service);
    this.layer = new Route53GlobalLayer(this, "route53", {
      domain: service.domain,
      zoneName: service.dns.zoneName,
      healthCheckPath: service.healthCheckPath,
      routing: service.routing,
      endpoints,
      ...globalLayerDnsInputs(service),
      verificationLabels: options.verificationLabels ?? verificationLabelsOf(service),
    });
    this.alarms = new Route53HealthCheckAlarms(this, "alerts", {
      serviceName: service.name,
      endpoints,
      healthChecks: this.layer.healthChecks,
      alerts: service.alerts,
      provider: this.metricsProvider,
    });
    this.addSharedOutputs({
      endpointUrlNote: "Route 53 answers for its hostname in this copy of the zone.",
      nameServers: this.layer.zone.nameServers,
      nameServersDescription: `Name servers of the Route 53 copy of ${service.dns.zoneName}: set them as dns.nameServers.aws so the other clouds' DNS delegates aws.${service.domain}.`,
    });
    new TerraformOutput(this, "health_check_ids", {
      value: Object.fromEntries(Object.entries(this.layer.healthChecks).map(([key, hc]) => [key, hc.id])),
      description: "Route 53 health check ID per datacentre.",
    });
    new TerraformOutput(this, "alert_topic_arn", { value: this.alarms.topic.topicArn, description: "SNS topic (us-east-1) every health-check alarm notifies." });
    this.addFailoverOutput(this.layer.failoverEstimate, "Worst-case seconds from a datacentre failing to every client leaving it");
  }
}
