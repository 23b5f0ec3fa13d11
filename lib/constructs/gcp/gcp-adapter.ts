import { ServiceModel } from "../../model/service-model";
import { FieldChecker } from "../../validation/checker";
import { CloudAdapter } from "../cloud-adapter";
import { checkCloudRunHealthPath } from "./cloud-run-reserved-paths";
import { ACME_CHALLENGE_LABEL, gcpDnsZoneOwner } from "./gcp-datacentre";
import { GcpDatacentreStack } from "./gcp-datacentre-stack";
import { GCP_LABEL_VALUE, gcpLabelKey, gcpLabelValue } from "./gcp-labels";
import { deployAfterOwner } from "../deploy-after-owner";

/** Cloud Run's limit on concurrent requests per instance. */
export const CLOUD_RUN_MAX_CONCURRENCY = 1000;

/**
 * The checks Google Cloud adds to the cloud-neutral model: tags that still
 * fit (and stay distinct) as labels, Cloud Run's concurrency limit and its
 * reserved URL paths (for the health check).
 * Throws a DualCloudValidationError naming the field.
 */
export function validateGcpModel(model: ServiceModel, check: FieldChecker): void {
  checkCloudRunHealthPath(model.healthCheckPath, check);
  const seen = new Map<string, string>();
  for (const [key, value] of Object.entries(model.tags)) {
    const label = gcpLabelKey(key);
    const first = seen.get(label);
    if (first !== undefined) check.fail(`tags.${key}`, key, `a tag key that stays distinct from tags.${first} as a Google Cloud label (both become ${label})`);
    seen.set(label, key);
    if (label.length > 63) check.fail(`tags.${key}`, key, "a tag key of at most 63 characters, the longest Google Cloud label key");
    if (!GCP_LABEL_VALUE.test(gcpLabelValue(value))) check.fail(`tags.${key}`, value, "a tag value of at most 63 characters, the longest Google Cloud label value");
  }
  if (model.capacity.concurrentRequestsPerInstance > CLOUD_RUN_MAX_CONCURRENCY) {
    check.fail("capacity.concurrentRequestsPerInstance", model.capacity.concurrentRequestsPerInstance, `at most ${CLOUD_RUN_MAX_CONCURRENCY}, Cloud Run's limit`);
  }
}

/** The Google Cloud adapter: Cloud Run behind a global external Application Load Balancer in each GCP region. */
export const GCP_ADAPTER: CloudAdapter = {
  cloud: "gcp",
  validate: validateGcpModel,
  // Certificate Manager authorizes <domain> through CNAME _acme-challenge.<domain>; the owner writes _acme-challenge.gcp.<domain>.
  verificationLabels: () => [{ label: ACME_CHALLENGE_LABEL, id: "verification" }],
  createStack: (scope, model, datacentre) => new GcpDatacentreStack(scope, model, datacentre),
  connect(stacks, model) {
    // Every GCP datacentre writes into gcp.<domain> and uses the <domain> authorization, which one of them owns: deploy it first.
    deployAfterOwner(stacks, gcpDnsZoneOwner(model));
  },
};
