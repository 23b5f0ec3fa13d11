import { CloudPlugin } from "../../clouds/cloud-plugin";
import { ROUTE53_NAME_SERVERS } from "./route53-name-servers";
import { globalStackName } from "../global/global-stack-names";
import { awsPrerequisites } from "./aws-prerequisites";
import { AWS_RULES } from "../../policy/rules/aws";
import type { CloudAdapter } from "../cloud-adapter";
import { AWS_NAME_RULES } from "./aws-name-rules";
import { resolveAwsBackend } from "./aws-options";
import { AWS_REGIONS } from "./aws-regions";
import { AWS_WAF_CATALOGUE } from "./waf-rules";
import { AWS_EDGE_KEEP_ALIVE } from "./aws-edge";

/** AWS as a cloud plugin: ECS Fargate behind an ALB, S3 state, slots 0-63. Imports no provider package. */
export const AWS_PLUGIN: CloudPlugin<typeof AWS_NAME_RULES> = {
  name: "aws",
  displayName: "AWS",
  regions: AWS_REGIONS,
  networkSlotBase: 0,
  providerPackage: "@cdktf/provider-aws",
  footprint: { providers: ["aws", "awscc"], backends: ["s3"] },
  nameRules: AWS_NAME_RULES,
  policyRules: AWS_RULES,
  alertTarget: "SNS topic",
  wafCatalogue: AWS_WAF_CATALOGUE,
  nameServerSet: ROUTE53_NAME_SERVERS,
  dnsProvider: "route53",
  dnsInputSources: {
    nameServers: (service) => `${globalStackName(service, "aws")} output name_servers`,
    certificateValidation: (service) => `output certificate_validation_records of ${service.datacentres.filter((d) => d.cloud === "aws").map((d) => d.stackName).join(", ")}`,
  },
  prerequisites: awsPrerequisites,
  edgeConnectionControl: () => AWS_EDGE_KEEP_ALIVE,
  resolveStateBackend: resolveAwsBackend,
  loadAdapter(): CloudAdapter {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("./aws-adapter") as typeof import("./aws-adapter")).AWS_ADAPTER;
  },
};
