import { LoggingProjectBucketConfig } from "@cdktf/provider-google/lib/logging-project-bucket-config";
import { LoggingProjectSink } from "@cdktf/provider-google/lib/logging-project-sink";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { gcpCloudRunServiceName, gcpNameParts, requireProject } from "../gcp-names";

/** The service's log bucket and the sink that fills it. */
export interface GcpLogs {
  /** Log bucket in the region, keeping the service's logs for `logRetentionDays`. */
  readonly bucket: LoggingProjectBucketConfig;
  /** Sink routing the Cloud Run service's logs into {@link bucket}. */
  readonly sink: LoggingProjectSink;
}

/**
 * Creates a regional log bucket with the service's retention and a sink
 * routing this region's Cloud Run logs of the service into it (IDs
 * `log-bucket`, `log-sink`).
 */
export function createLogs(scope: Construct, service: ServiceModel, region: string): GcpLogs {
  const project = requireProject(service);
  const bucketId = physicalName("loggingBucketId", gcpNameParts(service, region));
  const bucket = new LoggingProjectBucketConfig(scope, "log-bucket", {
    project,
    location: region,
    bucketId,
    retentionDays: service.logRetentionDays,
    description: `Logs of ${service.name} in ${region}, kept ${service.logRetentionDays} days.`,
  });
  const sink = new LoggingProjectSink(scope, "log-sink", {
    name: physicalName("loggingSinkName", gcpNameParts(service, region)),
    destination: `logging.googleapis.com/projects/${project}/locations/${region}/buckets/${bucketId}`,
    filter: `resource.type="cloud_run_revision" AND resource.labels.service_name="${gcpCloudRunServiceName(service)}" AND resource.labels.location="${region}"`,
    uniqueWriterIdentity: true,
    dependsOn: [bucket],
  });
  return { bucket, sink };
}
