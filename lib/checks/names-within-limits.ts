import { NAME_RULES, NamedResource } from "../clouds/registry";
import { NameRule } from "../naming/name-rules";
import { CLOUD_FOOTPRINTS, cloudOfProvider } from "./cloud-ownership";
import { Finding } from "./finding";
import { asObject, blocks } from "../private/terraform-values";
import { isExpression, providerOfType, SynthesizedStack, terraformBlocks } from "../terraform/terraform-json";

const CHECK = "names-within-limits" as const;

/** The argument that holds a resource type's physical name, where it is not `name`. */
export const NAME_ARGUMENTS: Readonly<Record<string, string>> = {
  aws_s3_bucket: "bucket",
  aws_ecs_task_definition: "family",
  google_service_account: "account_id",
  google_secret_manager_secret: "secret_id",
  google_artifact_registry_repository: "repository_id",
  google_logging_project_bucket_config: "bucket_id",
};

/** Arguments that, with the name, make a resource-group-scoped name unique (the parent it lives in). */
const PARENT_ARGUMENTS = ["resource_group_name", "virtual_network_name", "key_vault_id", "cluster", "container_app_environment_id", "map", "router"];

/** Name rules by provider resource type. */
function rulesByType(): Map<string, Array<[NamedResource, NameRule]>> {
  const map = new Map<string, Array<[NamedResource, NameRule]>>();
  for (const [key, rule] of Object.entries(NAME_RULES) as Array<[NamedResource, NameRule]>) {
    map.set(rule.resourceType, [...(map.get(rule.resourceType) ?? []), [key, rule]]);
  }
  return map;
}

/**
 * Every literal physical name of a resource type in {@link NAME_RULES} is
 * within that type's length and pattern, and unique in its scope: global
 * names across the whole app, account names across every stack of the cloud,
 * regional names within a provider region, resource-group names within their
 * parent. Names computed by Terraform (`${...}`) are skipped.
 */
export function checkNamesWithinLimits(stacks: readonly SynthesizedStack[]): Finding[] {
  const findings: Finding[] = [];
  const rules = rulesByType();
  const seen = new Map<string, string>();
  for (const stack of stacks) {
    const region = providerRegion(stack);
    for (const block of terraformBlocks(stack.json)) {
      if (block.kind !== "resource") continue;
      const candidates = rules.get(block.type);
      if (!candidates) continue;
      const argument = NAME_ARGUMENTS[block.type] ?? "name";
      const name = block.config[argument];
      if (typeof name !== "string" || isExpression(name)) continue;
      const [, rule] = candidates[0];
      if (!candidates.some(([, r]) => within(r, name))) {
        findings.push({
          check: CHECK,
          stack: stack.name,
          address: `${block.address}.${argument}`,
          message: `${JSON.stringify(name)} (${name.length} characters) is outside the limits of ${block.type}; allowed: ${rule.minLength}-${rule.maxLength} characters matching ${rule.pattern}`,
        });
      }
      const scopeKey = scopeOf(rule, block.type, block.config, stack.name, region);
      const key = `${scopeKey}|${block.type}|${name}`;
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push({ check: CHECK, stack: stack.name, address: `${block.address}.${argument}`, message: `${JSON.stringify(name)} is already used by ${first}; allowed: a name unique within its ${rule.scope} scope` });
      } else {
        seen.set(key, `${stack.name}/${block.address}`);
      }
    }
  }
  return findings;
}

function within(rule: NameRule, name: string): boolean {
  return name.length >= rule.minLength && name.length <= rule.maxLength && rule.pattern.test(name);
}

function scopeOf(rule: NameRule, type: string, config: Readonly<Record<string, unknown>>, stack: string, region: string | undefined): string {
  const cloud = cloudOfProvider(providerOfType(type)) ?? "unknown";
  switch (rule.scope) {
    case "global":
      return "global";
    case "account":
      return `account:${cloud}`;
    case "region":
      return `region:${cloud}:${region ?? stack}`;
    case "resource-group":
      return `parent:${PARENT_ARGUMENTS.map((a) => {
        const v = config[a];
        return typeof v === "string" ? (isExpression(v) ? `${stack}:${v}` : v) : "";
      }).join("|")}`;
  }
}

/** The region of a stack's default cloud provider (one of a cloud footprint's providers that takes a region), when it is a literal. */
function providerRegion(stack: SynthesizedStack): string | undefined {
  const providers = asObject(stack.json.provider);
  for (const name of Object.values(CLOUD_FOOTPRINTS).flatMap((f) => f.providers)) {
    const p = blocks(providers?.[name]).find((x) => x.alias === undefined);
    if (typeof p?.region === "string" && !isExpression(p.region)) return p.region;
  }
  return undefined;
}
