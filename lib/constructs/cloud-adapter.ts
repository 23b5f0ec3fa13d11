import { Construct } from "constructs";
import { CloudName } from "../model/cloud";
import { DatacentreModel, ServiceModel } from "../model/service-model";
import { FieldChecker } from "../validation/checker";
import { DatacentreStack } from "./datacentre-stack";
import { VerificationLabel } from "./global/subtree-delegation";

/**
 * What a cloud must provide to run datacentres: cloud-specific input checks,
 * and a factory for one regional stack. Adding a cloud means adding one of these.
 */
export interface CloudAdapter {
  /** The cloud this adapter serves. */
  readonly cloud: CloudName;
  /**
   * Checks the parts of the model this cloud constrains further (sizing pairs,
   * name lengths, retention choices). Runs before any stack is created.
   */
  validate(model: ServiceModel, check: FieldChecker): void;
  /**
   * Names under `<domain>` this cloud validates through DNS for one service
   * (they may depend on its options). The cloud's own stacks publish
   * `<label>.<cloud>.<domain>`; every other cloud's global layer writes CNAME
   * `<label>.<domain>` -> `<label>.<cloud>.<domain>`.
   * @default - none
   */
  verificationLabels?(service: ServiceModel): readonly VerificationLabel[];
  /** Creates the regional stack for one datacentre of this cloud. */
  createStack(scope: Construct, model: ServiceModel, datacentre: DatacentreModel): DatacentreStack;
  /**
   * Orders this cloud's stacks among themselves once they all exist, e.g. after
   * the stack that owns records the others rely on. Same-cloud only.
   */
  connect?(stacks: readonly DatacentreStack[], model: ServiceModel): void;
}
