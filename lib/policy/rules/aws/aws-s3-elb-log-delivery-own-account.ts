import { defineRule } from "../../rule";
import { asObject, blocks, jsonDocument, str } from "../../values";

const ELB_SERVICE = "logdelivery.elasticloadbalancing.amazonaws.com";

/** A grant reaches Elastic Load Balancing's log delivery: its service principal or the regional ELB account. */
function isElbDelivery(principals: unknown[]): boolean {
  return principals.some((p) => typeof p === "string" && (p === ELB_SERVICE || p.includes("data.aws_elb_service_account.")));
}

/** Object ARNs that name one account's `AWSLogs/<account>/` folder. */
function scopedToAccount(resources: unknown[]): boolean {
  return resources.length > 0 && resources.every((r) => typeof r === "string" && /\/AWSLogs\/[^/*]+\//.test(r));
}

function rawList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

interface Grant { readonly effect: string; readonly principals: unknown[]; readonly resources: unknown[] }

function grantsOf(config: Record<string, unknown>, type: string): Grant[] {
  if (type === "aws_iam_policy_document") {
    return blocks(config.statement).map((s) => ({
      effect: str(s.effect) ?? "Allow",
      principals: blocks(s.principals).flatMap((p) => rawList(p.identifiers)),
      resources: rawList(s.resources),
    }));
  }
  const doc = asObject(jsonDocument(config.policy));
  return rawList(doc?.Statement).map(asObject).filter((s) => s !== undefined).map((s) => ({
    effect: str(s!.Effect) ?? "Allow",
    principals: Object.values(asObject(s!.Principal) ?? {}).flatMap(rawList),
    resources: rawList(s!.Resource),
  }));
}

/** Load balancer log delivery may write only into this account's folder, so no other account's load balancer can write into the bucket. */
export const rule = defineRule({
  id: "aws-s3-elb-log-delivery-own-account",
  description: "A bucket policy that lets ELB log delivery write allows it only under <prefix>/AWSLogs/<account-id>/, never the whole prefix or bucket.",
  severity: "error",
  area: "aws",
  resourceTypes: ["aws_iam_policy_document", "aws_s3_bucket_policy"],
  equivalents: {},
  fix: "scope the Resource of the ELB log delivery statement to arn:aws:s3:::<bucket>/<prefix>/AWSLogs/<your account id>/*.",
  check(r) {
    return grantsOf(r.config, r.type)
      .filter((g) => g.effect === "Allow" && isElbDelivery(g.principals) && !scopedToAccount(g.resources))
      .map(() => "ELB log delivery may write outside AWSLogs/<account-id>/, so any account's load balancer in the region can write here");
  },
});
