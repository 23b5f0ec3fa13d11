import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsIamPolicyDocument, DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { EcrRepository } from "@cdktf/provider-aws/lib/ecr-repository";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { Construct } from "constructs";
import { ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";

/** The two IAM roles of the service's tasks. */
export interface AwsServiceRoles {
  /** Assumed by the ECS agent: pulls the image, reads the secrets, writes logs. */
  readonly execution: IamRole;
  /** Assumed by the application: no permissions until you attach some. */
  readonly task: IamRole;
}

/** What the execution role may use: exactly the datacentre's own registry, log group, key and secrets. */
export interface TaskRoleResources {
  /** The image registry. */
  readonly repository: EcrRepository;
  /** The container's log group. */
  readonly logGroup: CloudwatchLogGroup;
  /** The service key. */
  readonly kmsKey: KmsKey;
  /** The secrets, by declared name. */
  readonly secrets: Readonly<Record<string, SecretsmanagerSecret>>;
}

/**
 * Creates the tasks' execution and task roles (IDs `ecs-tasks-trust`,
 * `execution-role`, `task-role`) and the execution role's least-privilege
 * policy (`execution-permissions`, `execution-role-policy`).
 */
export function createTaskRoles(
  scope: Construct,
  service: ServiceModel,
  region: string,
  resources: TaskRoleResources,
): { roles: AwsServiceRoles; executionPolicy: DataAwsIamPolicyDocument } {
  const name = service.name;
  const trust = new DataAwsIamPolicyDocument(scope, "ecs-tasks-trust", {
    statement: [{ effect: "Allow", actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["ecs-tasks.amazonaws.com"] }] }],
  });
  const execution = new IamRole(scope, "execution-role", {
    name: physicalName("iamRoleName", [name, region, "execution"]),
    description: `ECS agent of ${name} in ${region}: pulls its image, reads its secrets, writes its logs`,
    assumeRolePolicy: trust.json,
  });
  const task = new IamRole(scope, "task-role", {
    name: physicalName("iamRoleName", [name, region, "task"]),
    description: `The ${name} application in ${region}: no permissions until you attach some`,
    assumeRolePolicy: trust.json,
  });
  const statements: DataAwsIamPolicyDocumentStatement[] = [
    // GetAuthorizationToken is account-wide and takes no resource: "*" here is a resource, not an action, wildcard.
    { sid: "EcrLogin", effect: "Allow", actions: ["ecr:GetAuthorizationToken"], resources: ["*"] },
    { sid: "PullOwnImage", effect: "Allow", actions: ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"], resources: [resources.repository.arn] },
    { sid: "WriteOwnLogs", effect: "Allow", actions: ["logs:CreateLogStream", "logs:PutLogEvents"], resources: [`${resources.logGroup.arn}:log-stream:*`] },
    { sid: "UseServiceKey", effect: "Allow", actions: ["kms:Decrypt"], resources: [resources.kmsKey.arn] },
  ];
  const secretArns = service.secrets.map((s) => resources.secrets[s].arn);
  if (secretArns.length > 0) {
    statements.push({ sid: "ReadOwnSecrets", effect: "Allow", actions: ["secretsmanager:GetSecretValue"], resources: secretArns });
  }
  const executionPolicy = new DataAwsIamPolicyDocument(scope, "execution-permissions", { statement: statements });
  new IamRolePolicy(scope, "execution-role-policy", { name: "pull-image-read-secrets-write-logs", role: execution.id, policy: executionPolicy.json });
  return { roles: { execution, task }, executionPolicy };
}
