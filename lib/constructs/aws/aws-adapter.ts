import { CloudAdapter } from "../cloud-adapter";
import { AwsDatacentreStack } from "./aws-datacentre-stack";
import { validateAwsModel } from "./aws-validation";

/** The AWS adapter: ECS Fargate behind an ALB in each AWS region. */
export const AWS_ADAPTER: CloudAdapter = {
  cloud: "aws",
  validate: validateAwsModel,
  createStack: (scope, model, datacentre) => new AwsDatacentreStack(scope, model, datacentre),
};
