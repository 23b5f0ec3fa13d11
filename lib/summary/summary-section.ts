import { IConstruct } from "constructs";
import { DualCloudService } from "../constructs/dual-cloud-service";

/**
 * Extra lines a summary section adds for one service, already indented by two
 * spaces (e.g. capacity under each failure). Return no lines to add nothing.
 */
export type ServiceSummarySection = (service: DualCloudService) => string[];

/** Lines describing the policy suppressions under a construct tree. */
export type SuppressionsSummarySection = (root: IConstruct) => string[];
