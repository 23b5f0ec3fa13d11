import type { FoundPrerequisite, StackTerraformJson } from "../../clouds/prerequisite";

/**
 * What an AWS stack assumes exists: the S3 state bucket of its backend
 * (created versioned, KMS-encrypted, with every public access block on) and
 * the Route 53 public hosted zones it reads.
 */
export function awsPrerequisites(json: StackTerraformJson): FoundPrerequisite[] {
  const out: FoundPrerequisite[] = [];
  const s3 = json.terraform?.backend?.s3;
  if (s3) out.push({ what: `state bucket s3://${String(s3.bucket)} (${String(s3.region)})`, command: s3StateBucket(String(s3.bucket), String(s3.region)) });
  for (const zone of Object.values(json.data?.aws_route53_zone ?? {})) {
    const name = String(zone.name);
    out.push({
      what: `Route 53 public hosted zone ${name}`,
      command: `aws route53 create-hosted-zone --name ${name} --caller-reference dualcloud-${name}`,
      zone: {
        name,
        nameServersCommand: `aws route53 get-hosted-zone --id "$(aws route53 list-hosted-zones-by-name --dns-name ${name} --max-items 1 --query 'HostedZones[0].Id' --output text)" --query DelegationSet.NameServers`,
      },
    });
  }
  return out;
}

/** Creates a versioned, KMS-encrypted S3 bucket with every public access block on. */
export function s3StateBucket(bucket: string, region: string): string {
  const location = region === "us-east-1" ? "" : ` --create-bucket-configuration LocationConstraint=${region}`;
  return [
    `aws s3api create-bucket --bucket ${bucket} --region ${region}${location}`,
    `aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled`,
    `aws s3api put-public-access-block --bucket ${bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`,
    `aws s3api put-bucket-encryption --bucket ${bucket} --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"},"BucketKeyEnabled":true}]}'`,
  ].join(" && ");
}
