import { ServiceModel } from "../../model/service-model";
import { FieldChecker } from "../../validation/checker";
import { CloudAdapter } from "../cloud-adapter";
import { azureVerificationOwner } from "./azure-datacentre";
import { azureOptions } from "./azure-options";
import { AzureDatacentreStack } from "./azure-datacentre-stack";
import { CONTAINER_APPS_MAX_CPU, containerAppsSize } from "./container-apps-sizing";
import { keyVaultSecretName } from "./key-vault-names";
import { deployAfterOwner } from "../deploy-after-owner";

/** Container Apps secret names: lower-case letters, digits and inner hyphens. */
export const CONTAINER_APPS_SECRET_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Log Analytics workspace retention limits, in days. */
export const LOG_ANALYTICS_RETENTION = { min: 30, max: 730 } as const;

/** The Azure adapter: Container Apps in a VNet in each Azure region. */
export const AZURE_ADAPTER: CloudAdapter = {
  cloud: "azure",
  validate(model: ServiceModel, check: FieldChecker): void {
    const size = containerAppsSize(model.cpu, model.memoryMiB);
    if (size.cpu > CONTAINER_APPS_MAX_CPU) {
      check.fail("size.memoryMiB", model.memoryMiB, `at most ${CONTAINER_APPS_MAX_CPU * 2048} MiB, the most a Container Apps consumption replica has (2 GiB per vCPU up to ${CONTAINER_APPS_MAX_CPU} vCPU)`);
    }
    if (model.logRetentionDays < LOG_ANALYTICS_RETENTION.min || model.logRetentionDays > LOG_ANALYTICS_RETENTION.max) {
      check.fail("logRetentionDays", model.logRetentionDays, `${LOG_ANALYTICS_RETENTION.min} to ${LOG_ANALYTICS_RETENTION.max} days, what a Log Analytics workspace keeps`);
    }
    model.secrets.forEach((secret, i) => {
      const name = keyVaultSecretName(secret);
      if (!CONTAINER_APPS_SECRET_NAME.test(name)) {
        check.fail(`secrets[${i}]`, secret, `a name whose Key Vault form (${name}) starts and ends with a letter or digit, as Container Apps secret names must`);
      }
    });
  },
  // Direct ingress: Container Apps verifies <domain> through TXT asuid.<domain> (the owner datacentre also writes
  // asuid.azure.<domain>). Behind the WAF gateway nothing binds <domain> in Container Apps, so no asuid record exists.
  verificationLabels: (service: ServiceModel) => (azureOptions(service).ingress === "direct" ? [{ label: "asuid", id: "verification" }] : []),
  createStack: (scope, model, datacentre) => new AzureDatacentreStack(scope, model, datacentre),
  connect(stacks, model) {
    // Every Azure datacentre binds <domain>, whose shared verification records one of them owns: deploy that one first.
    deployAfterOwner(stacks, azureVerificationOwner(model));
  },
};
