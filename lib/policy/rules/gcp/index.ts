/* The Google Cloud policy area: one import per rule file (test/policy/registry.test.ts checks none is missing). */
import { PolicyRule } from "../../rule";
import { rule as gcpArtifactRegistryCmek } from "./gcp-artifact-registry-cmek";
import { rule as gcpArtifactRegistryImmutableTags } from "./gcp-artifact-registry-immutable-tags";
import { rule as gcpArtifactRegistryNoPublicAccess } from "./gcp-artifact-registry-no-public-access";
import { rule as gcpBackendServiceCloudArmor } from "./gcp-backend-service-cloud-armor";
import { rule as gcpCloudRunDedicatedServiceAccount } from "./gcp-cloud-run-dedicated-service-account";
import { rule as gcpCloudRunIngressLoadBalancerOnly } from "./gcp-cloud-run-ingress-load-balancer-only";
import { rule as gcpCloudRunNoPlaintextSecrets } from "./gcp-cloud-run-no-plaintext-secrets";
import { rule as gcpCloudRunNoPublicInvoker } from "./gcp-cloud-run-no-public-invoker";
import { rule as gcpCloudRunProbes } from "./gcp-cloud-run-probes";
import { rule as gcpDnsDnssec } from "./gcp-dns-dnssec";
import { rule as gcpHttpProxyRedirectsToHttps } from "./gcp-http-proxy-redirects-to-https";
import { rule as gcpHttpsProxySslPolicy } from "./gcp-https-proxy-ssl-policy";
import { rule as gcpKmsKeyRotation } from "./gcp-kms-key-rotation";
import { rule as gcpLogBucketRetention } from "./gcp-log-bucket-retention";
import { rule as gcpNetworkEgressDenyDefault } from "./gcp-network-egress-deny-default";
import { rule as gcpSslPolicyMinTls } from "./gcp-ssl-policy-min-tls";
import { rule as gcpSubnetFlowLogs } from "./gcp-subnet-flow-logs";
import { rule as gcpSubnetPrivateGoogleAccess } from "./gcp-subnet-private-google-access";

/** Every rule of the Google Cloud policy area. */
export const GCP_RULES: readonly PolicyRule[] = [
  gcpArtifactRegistryCmek,
  gcpArtifactRegistryImmutableTags,
  gcpArtifactRegistryNoPublicAccess,
  gcpBackendServiceCloudArmor,
  gcpCloudRunDedicatedServiceAccount,
  gcpCloudRunIngressLoadBalancerOnly,
  gcpCloudRunNoPlaintextSecrets,
  gcpCloudRunNoPublicInvoker,
  gcpCloudRunProbes,
  gcpDnsDnssec,
  gcpHttpProxyRedirectsToHttps,
  gcpHttpsProxySslPolicy,
  gcpKmsKeyRotation,
  gcpLogBucketRetention,
  gcpNetworkEgressDenyDefault,
  gcpSslPolicyMinTls,
  gcpSubnetFlowLogs,
  gcpSubnetPrivateGoogleAccess,
];
